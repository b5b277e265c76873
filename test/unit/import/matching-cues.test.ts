import * as path from 'node:path';
import { REPO_ROOT } from '../../../src/config';
import { ArticleText } from '../../../src/import/article.text';
import { ImportRepository } from '../../../src/import/import.repository';
import { type KnownNode, seedFileNodes } from '../../../src/import/known-names';
import { type Proposal } from '../../../src/import/proposal';
import { type Neo4jExecutor } from '../../../src/neo4j/executor';
import { parseGraphFiles, readSeedFiles } from '../../../src/seeds/seed.read';
import { readSources } from '../../../src/seeds/seed.sources';
import { labels, links, propose } from './helpers';

// Matching an article's names to the nodes the graph already has, and the cues that say what a name is. A wrong
// match is the worst error an importer can make: applying the proposal attaches the article's facts to the wrong
// real node. Each test is a real sentence (or one cut from it) and fails without the rule it names.

/** The curated seed graph as the offline importer knows it (`jisr import --offline`, `npm run eval:import`). */
function seedNodes(): KnownNode[] {
  const files = readSeedFiles(path.join(REPO_ROOT, 'seeds'));
  const { sources } = readSources(files.sources, files.articles);
  return seedFileNodes(parseGraphFiles(files.graphs, sources).files.map((f) => f.data));
}

/** The graph's nodes for an article as the known-names statement answers them, through the repository's mapping. */
async function graphNodes(text: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<KnownNode[]> {
  const executor = { read: () => Promise.resolve(rows) } as unknown as Neo4jExecutor;
  return new ImportRepository(executor).knownNodes(new ArticleText(text));
}

/** The seed's «علاء السعدي» (Fatah's secretary in Jenin) as a row of cypher/import/known-names.cypher. */
const ALAA_AL_SAADI_ROW = {
  id: 'person:alaa-al-saadi', labels: ['Node', 'Person'], kind: 'PERSON', nameAr: 'علاء السعدي', nameEn: "Ala'a al-Sa'di",
  aliases: ['السعدي', "Ala'a al-Sa'di"], countryIds: [], parents: [],
};

const matchOf = (proposal: Proposal, label: string): string | undefined => {
  const entity = proposal.entities.find((e) => e.type === 'PERSON' && e.label === label);
  return entity?.resolution === 'matched' ? entity.match.id : entity ? 'new' : undefined;
};
const personIds = (proposal: Proposal): string[] => proposal.entities.filter((e) => e.type === 'PERSON').map((e) => (e.resolution === 'matched' ? e.match.id : `new ${e.label}`));

describe('matching a person of the graph: the given name must agree (yemen-online.club, the seed report of Jenin)', () => {
  // yemen-online.club/?no=81414 (Aden): the guests of the closing of a project.
  const aden = 'وبحضور قائد شرطة خورمكسر، العقيد سالم السعدي، نائب مدير عام شرطة خورمكسر النقيب فضل السليماني.';

  it('does not match «العقيد سالم السعدي» to the graph\'s «علاء السعدي» by the family name they share (offline)', () => {
    const proposal = propose(aden, seedNodes());
    expect(personIds(proposal)).not.toContain('person:alaa-al-saadi');
    expect(matchOf(proposal, 'سالم السعدي')).toBe('new');
    expect(links(proposal)).toContain('HOLDS_POSITION سالم السعدي → شرطة خورمكسر');
    expect(proposal.unresolved.find((u) => u.text === 'السعدي')?.reason).toMatch(/person:alaa-al-saadi.*«سالم السعدي».*not matched/u);
  });

  it('does not match «العقيد سالم السعدي» to «علاء السعدي» through the known-names path from Neo4j either', async () => {
    const proposal = propose(aden, await graphNodes(aden, [ALAA_AL_SAADI_ROW]));
    expect(personIds(proposal)).toEqual(['new سالم السعدي', 'new فضل السليماني']);
  });

  it('still matches the same full name, offline and through the known-names path', async () => {
    const jenin = 'وتحدث في بداية اللقاء علاء السعدي امين سر حركة فتح في جنين حول اهمية هذه اللقاءات.';
    expect(matchOf(propose(jenin, seedNodes()), 'علاء السعدي')).toBe('person:alaa-al-saadi');
    expect(matchOf(propose(jenin, await graphNodes(jenin, [ALAA_AL_SAADI_ROW])), 'علاء السعدي')).toBe('person:alaa-al-saadi');
  });

  it('matches a name with the same given name and a middle name, and keeps the post written after it', () => {
    const proposal = propose('وحضر اللقاء العقيد علاء محمد السعدي مدير شرطة جنين.', seedNodes());
    expect(matchOf(proposal, 'علاء السعدي')).toBe('person:alaa-al-saadi');
    expect(links(proposal)).toContain('HOLDS_POSITION علاء السعدي → شرطة جنين');
  });

  it('reads a family name written alone after a full name of another given name as that person («العقيد سالم السعدي … وأكد السعدي»)', () => {
    const proposal = propose('وحضر اللقاء العقيد سالم السعدي مدير شرطة جنين.\nواكد السعدي بان الشرطة تقف مع المواطن.', seedNodes());
    expect(personIds(proposal)).toEqual(['new سالم السعدي']);
  });

  it('still matches a family name written alone when one person of the graph has it and the article names no other', () => {
    expect(personIds(propose('واكد السعدي بان حركة فتح تقف مع الاجهزة الامنية في جنين.', seedNodes()))).toEqual(['person:alaa-al-saadi']);
  });

  it('does not match a family name written alone that two people of the graph share', async () => {
    const text = 'واكد السعدي بان حركة فتح تقف مع الاجهزة الامنية في جنين.';
    const nodes = await graphNodes(text, [ALAA_AL_SAADI_ROW, { ...ALAA_AL_SAADI_ROW, id: 'person:khaled-al-saadi', nameAr: 'خالد السعدي', nameEn: "Khaled al-Sa'di", aliases: ['السعدي'] }]);
    const proposal = propose(text, nodes);
    expect(personIds(proposal)).toEqual([]);
    expect(proposal.unresolved.find((u) => u.text === 'السعدي')?.reason).toMatch(/family name of person:alaa-al-saadi and person:khaled-al-saadi/u);
  });
});

describe('a donor\'s support named as a program (democracy-support.eu, nayrouz.com)', () => {
  it('reads «مشروع دعم الاتحاد الأوروبي للمؤسسات …» as a program the EU funds, not as a body, named after the second of two heads', () => {
    const proposal = propose('وقد تم تنظيم الفعالية بتنسيق من برنامج مشروع دعم الاتحاد الأوروبي للمؤسسات الديمقراطية الأردنية والتنمية المكون الثالث "دعم الأحزاب السياسية" وقد حضر الفعالية ما يقارب 85 شابا وشابة.');
    expect(labels(proposal, 'PROGRAM')).toEqual(['دعم الاتحاد الأوروبي للمؤسسات الديمقراطية الأردنية والتنمية']);
    expect(labels(proposal, 'ORGANIZATION')).toEqual(['الاتحاد الأوروبي']);
    expect(links(proposal)).toContain('FUNDED الاتحاد الأوروبي → دعم الاتحاد الأوروبي للمؤسسات الديمقراطية الأردنية والتنمية');
  });

  it('reads «برنامج دعم المملكة المتحدة» as funded by the United Kingdom when the graph knows it as a foreign government', () => {
    const uk: KnownNode = { id: 'org:uk-government', type: 'ORGANIZATION', kind: 'FOREIGN_GOVERNMENT', nameAr: 'المملكة المتحدة', nameEn: 'United Kingdom', aliases: [], countryIds: [], origin: 'graph' };
    const proposal = propose('نظمت مديرية الإعلام والشرطة المجتمعية بالتعاون مع برنامج دعم المملكة المتحدة ورشة عمل لرؤساء المراكز الامنية.', [uk]);
    expect(labels(proposal, 'PROGRAM')).toEqual(['دعم المملكة المتحدة']);
    expect(links(proposal)).toEqual(expect.arrayContaining(['FUNDED المملكة المتحدة → دعم المملكة المتحدة', 'PART_OF event:WORKSHOP → دعم المملكة المتحدة']));
  });
});

describe('two posts before one name (democracy-support.eu)', () => {
  it('gives the name both posts when «و» joins a seat on a committee to a post and its body («أمين عام وزارة … ورئيس لجنة … الدكتور علي الخوالدة»)', () => {
    const proposal = propose('وقد حضر الفعالية أمين عام وزارة الشؤون السياسية والبرلمانية ورئيس لجنة الأحزاب السياسية الدكتور علي الخوالدة وحضر الفعالية ما يقارب 85 شابا وشابة من الأحزاب السياسية');
    expect(links(proposal)).toEqual(expect.arrayContaining(['HOLDS_POSITION علي الخوالدة → لجنة الأحزاب السياسية', 'HOLDS_POSITION علي الخوالدة → وزارة الشؤون السياسية والبرلمانية']));
    expect(proposal.relationships.filter((r) => r.type === 'HOLDS_POSITION').map((r) => r.title).sort()).toEqual(['أمين عام', 'رئيس']);
  });

  it('keeps an unnamed official apart when the second post heads another body («وكيل وزارة الداخلية ومدير أمن عدن اللواء …»)', () => {
    const proposal = propose('وذلك بحضور وكيل وزارة الداخلية ومدير أمن عدن اللواء مطهر الشعيبي.');
    expect(links(proposal).filter((l) => l.startsWith('HOLDS_POSITION'))).toEqual(['HOLDS_POSITION مطهر الشعيبي → أمن عدن']);
  });
});

describe('an authority as a body (alraipress.net, the seed report of Marib)', () => {
  it('reads «السلطة الفلسطينية» as a body', () => {
    const proposal = propose('دشنت السلطة الفلسطينية الاثنين ثمانية مراكز للشرطة المجتمعية في مناطق متفرقة من الضفة الغربية بتمويل من الاتحاد الأوروبي وألمانيا.');
    expect(labels(proposal, 'ORGANIZATION')).toContain('السلطة الفلسطينية');
  });

  it('lists «السلطة المحلية والامنية», describing words joined by «و», as a kind of body, not one body', () => {
    const proposal = propose('أكدت التوصيات على أهمية تعزيز العلاقة والتنسيق بين السلطة المحلية والامنية ومنظمات المجتمع المدني الحقوقية.');
    expect(labels(proposal, 'ORGANIZATION')).toEqual([]);
    expect(proposal.unresolved.map((u) => u.text)).toContain('السلطة المحلية والامنية');
  });
});
