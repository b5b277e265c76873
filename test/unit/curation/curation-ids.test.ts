import { derivedNodeId, parseEvidenceId, parseRelationshipId, slugOf } from '../../../src/curation/curation.ids';
import { evidenceIdOf, relationshipIdOf } from '../../../src/seeds/seed.model';

describe('ids made from names', () => {
  it('makes readable slugs of Latin names, dropping accents and other scripts', () => {
    expect(slugOf('Saferworld (UK)')).toBe('saferworld-uk');
    expect(slugOf('Direction Générale de la Sûreté Nationale')).toBe('direction-generale-de-la-surete-nationale');
    expect(slugOf('منظمة مساءلة')).toBe('');
    expect(slugOf(`${'word '.repeat(20)}end`).length).toBeLessThanOrEqual(60);
    expect(slugOf(`${'word '.repeat(20)}end`)).toMatch(/^word(-word)*$/);
  });

  it('derives ids as the seed names them: a prefix, and for events the date as known first', () => {
    expect(derivedNodeId('ORGANIZATION', { nameEn: 'Marib Governorate Police' })).toBe('org:marib-governorate-police');
    expect(derivedNodeId('EVENT', { titleEn: 'Open meeting in Jenin', date: '2009-06-18' })).toBe('event:2009-06-18-open-meeting-in-jenin');
    expect(derivedNodeId('EVENT', { titleEn: 'Discussion session', date: null })).toBe('event:undated-discussion-session');
    expect(derivedNodeId('PERSON', { nameEn: 'عبدربه حليس' })).toBeUndefined();
  });

  it('names a source by its title, or by its date and a digest of its text when the title has no Latin letters', () => {
    expect(derivedNodeId('SOURCE', { title: 'Saned project report', text: 'x' })).toBe('source:saned-project-report');
    expect(derivedNodeId('SOURCE', { title: 'تقرير', publishedOn: '2022-11', text: 'نص' })).toMatch(/^source:2022-11-[0-9a-f]{12}$/);
    expect(derivedNodeId('SOURCE', { title: 'تقرير', publishedOn: null, text: 'نص' })).toMatch(/^source:[0-9a-f]{12}$/);
  });
});

describe('ids read back', () => {
  it('parses the relationship ids the seed loader gives, and nothing else', () => {
    const id = relationshipIdOf('ORGANIZED', 'org:musaala', 'event:2022-11-marib-consultative-meeting', 'co-organiser');
    expect(parseRelationshipId(id)).toEqual({ type: 'ORGANIZED', from: 'org:musaala', to: 'event:2022-11-marib-consultative-meeting', role: 'co-organiser' });
    expect(parseRelationshipId(relationshipIdOf('FUNDED', 'org:a', 'program:b'))).toEqual({ type: 'FUNDED', from: 'org:a', to: 'program:b' });
    for (const bad of ['rel:FUNDED:org:a', 'rel:KNOWS:org:a:org:b', 'rel:FUNDED:org:A:program:b', 'edge:FUNDED:org:a:program:b', 'rel:FUNDED:org:a:program:b:x:y']) {
      expect(parseRelationshipId(bad)).toBeUndefined();
    }
  });

  it('parses evidence ids into their source and offsets', () => {
    expect(parseEvidenceId(evidenceIdOf('source:seed-003', 512, 587))).toEqual({ sourceId: 'source:seed-003', start: 512, end: 587 });
    expect(parseEvidenceId('evidence:seed-003:512')).toBeUndefined();
    expect(parseEvidenceId('evidence:seed-003:0512-587')).toBeUndefined();
  });
});
