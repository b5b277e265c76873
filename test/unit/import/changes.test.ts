import { toChanges } from '../../../src/import/changes';
import { propose } from './helpers';

const TEXT = 'نظمت جمعية الأمل للتنمية اليوم ورشة عمل بمدينة عدن بدعم من الاتحاد الأوروبي.';

describe('toChanges: a reviewed proposal as one curation batch', () => {
  const proposal = propose(TEXT, [], '2023-05-10');
  const ref = (label: string) => (proposal.entities.find((e) => e.label === label) as { ref: string }).ref;

  it('turns every accepted new entity into its create change and every relationship into addRelationship', () => {
    const batch = toChanges(proposal, {}, { sourceId: 'source:test', createSource: { text: TEXT } });
    expect(batch.changes[0]?.createSource).toMatchObject({ id: 'source:test', text: TEXT, publishedOn: '2023-05-10' });
    expect(batch.changes.filter((c) => c.createOrganization).map((c) => c.createOrganization?.nameAr)).toEqual(['جمعية الأمل للتنمية', 'الاتحاد الأوروبي']);
    expect(batch.changes.filter((c) => c.createEvent)).toHaveLength(1);
    const funded = batch.changes.find((c) => c.addRelationship?.type === 'FUNDED')?.addRelationship;
    expect(funded).toMatchObject({ from: 'org:eu', evidence: [{ sourceId: 'source:test', quote: expect.stringContaining('بدعم من الاتحاد الأوروبي') }] });
    expect(batch.skipped).toEqual([]);
    for (const change of batch.changes) expect(Object.keys(change)).toHaveLength(1);
  });

  it('re-points an entity to a node the curator names: no create, its relationships use that id', () => {
    const batch = toChanges(proposal, { [ref('الاتحاد الأوروبي')]: { repoint: 'org:european-union' } }, { sourceId: 'source:test' });
    expect(batch.changes.some((c) => c.createOrganization?.nameAr === 'الاتحاد الأوروبي')).toBe(false);
    expect(batch.changes.find((c) => c.addRelationship?.type === 'FUNDED')?.addRelationship?.from).toBe('org:european-union');
  });

  it('drops a rejected entity with its relationships, saying why', () => {
    const eu = ref('الاتحاد الأوروبي');
    const batch = toChanges(proposal, { [eu]: 'reject' }, { sourceId: 'source:test' });
    expect(batch.changes.some((c) => c.addRelationship?.type === 'FUNDED')).toBe(false);
    expect(batch.skipped).toEqual(expect.arrayContaining([{ ref: eu, reason: 'rejected by the curator' }, expect.objectContaining({ reason: `its source ${eu} was rejected` })]));
  });

  it('rejects what the choices leave out when told to', () => {
    const event = ref(proposal.entities.find((e) => e.type === 'EVENT')?.label as string);
    const batch = toChanges(proposal, { [event]: 'accept' }, { sourceId: 'source:test', otherwise: 'reject' });
    expect(batch.changes.map((c) => Object.keys(c)[0])).toEqual(['createEvent']);
  });
});
