import { type ChangeInput } from '../../../src/generated/operations';
import { ApplyChangesDocument } from '../../../src/generated/operations';
import { type CurationClient, EDITOR } from './curation-client';

/**
 * The article a test quotes: written for the tests, with a name that occurs twice («جمعية الأمل للتنمية»),
 * a weekday and a date that agree (Sunday 2 March 2025), and a count.
 */
export const ARTICLE = [
  'نظمت جمعية الأمل للتنمية يوم الأحد 2 مارس 2025 ورشة عمل حول الشرطة المجتمعية في مدينة تعز،',
  'بتمويل من صندوق الشراكة المدنية ضمن مشروع الأمن المجتمعي.',
  'وشارك في الورشة 30 ناشطا من منظمات المجتمع المدني، وترأسها مدير أمن تعز العقيد سالم الحكيمي.',
  'وقال رئيس جمعية الأمل للتنمية إن الورشة ناجحة.',
].join('\n');

/** The ids of one test's own facts, all carrying its tag. */
export interface OwnFacts {
  readonly source: string;
  readonly association: string;
  readonly fund: string;
  readonly colonel: string;
  readonly program: string;
  readonly city: string;
  readonly workshop: string;
}

export function factIds(t: string): OwnFacts {
  return {
    source: `source:test-article-${t}`,
    association: `org:al-amal-development-association-${t}`,
    fund: `org:civil-partnership-fund-${t}`,
    colonel: `person:salem-al-hakimi-${t}`,
    program: `program:community-security-${t}`,
    city: `place:taiz-${t}`,
    workshop: `event:2025-03-02-community-policing-workshop-${t}`,
  };
}

const quote = (sourceId: string, words: string, start?: number) => ({ sourceId, quote: words, ...(start === undefined ? {} : { start }) });

/** The changes that create a test's own source and facts; ids are derived from the names, as an editor leaves them. */
export function ownFactChanges(t: string): ChangeInput[] {
  const ids = factIds(t);
  const q = (words: string, start?: number) => quote(ids.source, words, start);
  return [
    { createSource: { id: ids.source, title: `Test article ${t}`, language: 'ar', text: ARTICLE } },
    { createOrganization: { kind: 'NGO', nameAr: 'جمعية الأمل للتنمية', nameEn: `Al-Amal Development Association ${t}`, aliases: ['Al-Amal'], evidence: [q('نظمت جمعية الأمل للتنمية')] } },
    { createOrganization: { kind: 'OTHER', nameAr: 'صندوق الشراكة المدنية', nameEn: `Civil Partnership Fund ${t}`, evidence: [q('صندوق الشراكة المدنية')] } },
    { createPerson: { nameAr: 'سالم الحكيمي', nameEn: `Salem al-Hakimi ${t}`, honorific: 'العقيد', evidence: [q('العقيد سالم الحكيمي')] } },
    { createProgram: { nameAr: 'مشروع الأمن المجتمعي', nameEn: `Community Security ${t}`, evidence: [q('مشروع الأمن المجتمعي')] } },
    { createPlace: { kind: 'CITY', nameAr: 'تعز', nameEn: `Taiz ${t}`, evidence: [q('في مدينة تعز')] } },
    {
      createEvent: {
        kind: 'WORKSHOP', titleAr: 'ورشة عمل حول الشرطة المجتمعية', titleEn: `Community policing workshop ${t}`,
        date: '2025-03-02', datePrecision: 'DAY', dateText: 'يوم الأحد 2 مارس 2025', participantCount: 30, participantCountText: '30 ناشطا',
        evidence: [q('ورشة عمل حول الشرطة المجتمعية')],
      },
    },
    { addRelationship: { type: 'ORGANIZED', from: ids.association, to: ids.workshop, role: 'lead', evidence: [q('نظمت جمعية الأمل للتنمية يوم الأحد')] } },
    { addRelationship: { type: 'FUNDED', from: ids.fund, to: ids.program, evidence: [q('بتمويل من صندوق الشراكة المدنية ضمن مشروع الأمن المجتمعي')] } },
    { addRelationship: { type: 'PART_OF', from: ids.workshop, to: ids.program, evidence: [q('ضمن مشروع الأمن المجتمعي')] } },
    { addRelationship: { type: 'HELD_IN', from: ids.workshop, to: ids.city, evidence: [q('ورشة عمل حول الشرطة المجتمعية في مدينة تعز')] } },
    { addRelationship: { type: 'LOCATED_IN', from: ids.city, to: 'place:ye', basis: 'GAZETTEER', evidence: [q('في مدينة تعز')] } },
    { addRelationship: { type: 'PARTICIPATED_IN', from: ids.colonel, to: ids.workshop, role: 'chair', title: 'مدير أمن تعز', evidence: [q('وترأسها مدير أمن تعز العقيد سالم الحكيمي')] } },
  ];
}

/** Creates a test's own source and facts in one batch, as the editor; returns their ids. */
export async function createOwnFacts(client: CurationClient, t: string): Promise<OwnFacts> {
  const result = await client.run(ApplyChangesDocument, { changes: ownFactChanges(t) }, EDITOR);
  if (result.errors) throw new Error(`The own facts of ${t} were refused: ${JSON.stringify(result.errors)}`);
  return factIds(t);
}
