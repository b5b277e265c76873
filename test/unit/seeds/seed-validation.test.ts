import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readValidatedSeeds } from '../../../src/loading/seed-loader';
import { SeedValidationError } from '../../../src/seeds/seed.model';
import { validateSeedFiles } from '../../../src/seeds/seed.validate';
import { GRAPH_FILES, errorsOf, realSeedFiles, seedFilesWithEdit } from './seed-fixtures';

const LOCATE = 'npx ts-node --transpile-only src/seeds/locate-quotes.ts';

describe('references', () => {
  it('names an unknown id, the record and the known ids of that kind', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.marib,
      'from: org:saferworld\n    to: program:saned-community-peace', 'from: org:saferworld\n    to: program:sanad');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/003_519500e86f7a6d5c.yaml: relationships[9] (FUNDED org:saferworld → program:sanad): field "to": unknown id "program:sanad". '
      + 'Known program ids: program:civil-forum-nsf-dialogue-project, program:dgsn-civil-society-openness-strategy, '
      + 'program:psd-undp-community-police-mou, program:saned-community-peace, program:together-we-protect-our-rights, '
      + 'program:undp-psd-community-policing-cooperation.',
    ]);
  });

  it('resolves ids across files: a relationship may point at a node another article defines', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.marib,
      /  - id: place:ye\n(    .*\n)+?(?=  - id: place:ye-marib)/, '');
    const result = validateSeedFiles(files);
    expect(result.ok && result.graph.nodes.find((node) => node.id === 'place:ye')?.evidenceIds).toEqual(['evidence:seed-000:187-197']);
  });
});

describe('duplicates and merges', () => {
  it('rejects an id used twice in one file', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.radfan, '  - id: org:democratic-youth-foundation\n', '  - id: org:eu\n');
    expect(errorsOf(files)).toContain(
      'seeds/graph/000_2afb7b945ed686bc.yaml: organizations[2] (org:eu): field "id": duplicate id "org:eu" (also organizations[1] (org:eu)); merge the two records into one',
    );
  });

  it('rejects the same relationship written twice in one file', () => {
    const block = '  - type: HELD_IN\n    from: event:2022-11-marib-consultative-meeting\n    to: place:ye-marib\n';
    const files = seedFilesWithEdit(GRAPH_FILES.marib, block, `${block}    evidence:\n      - { quote: "بمحافظة مأرب", start: 946, end: 958 }\n${block}`);
    expect(errorsOf(files)).toEqual([
      'seeds/graph/003_519500e86f7a6d5c.yaml: relationships[4] (HELD_IN event:2022-11-marib-consultative-meeting → place:ye-marib): field "type": '
      + 'duplicate relationship "rel:HELD_IN:event:2022-11-marib-consultative-meeting:place:ye-marib" (also relationships[3] (HELD_IN event:2022-11-marib-consultative-meeting → place:ye-marib)); merge their evidence into one record',
    ]);
  });

  it('rejects an entity whose fields differ between two files, naming both', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.marib, '    nameAr: اليمن\n    nameEn: Yemen\n', '    nameAr: اليمن\n    nameEn: Republic of Yemen\n');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/003_519500e86f7a6d5c.yaml: places[0] (place:ye): field "nameEn": "Republic of Yemen" here but "Yemen" in '
      + 'seeds/graph/000_2afb7b945ed686bc.yaml places[0] (place:ye); the same id must carry identical fields in every file '
      + '(only aliases, evidence and basis may differ). Make them equal, or use a different id.',
    ]);
  });

  it('lets a later file add aliases and evidence to an entity', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.marib, 'aliases: [ الجمهورية اليمنية, Republic of Yemen ]', 'aliases: [ اليمن الموحد ]');
    const result = validateSeedFiles(files);
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
    const yemen = result.graph.nodes.find((node) => node.id === 'place:ye');
    expect(yemen?.properties).toMatchObject({ aliases: ['الجمهورية اليمنية', 'Republic of Yemen', 'اليمن الموحد'] });
  });
});

describe('quotes', () => {
  it('rejects a quote that is not in the article', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.jenin, 'quote: "وبدعم من الملتقى المدني"', 'quote: "بدعم من الملتقى المدني الفلسطيني"');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/004_a119cfdbeb6871cd.yaml: organizations[4] (org:civil-forum): field "evidence[0].quote": quote "بدعم من الملتقى المدني الفلسطيني" '
      + 'is not in seeds/articles/004_a119cfdbeb6871cd.txt. Quotes must be verbatim substrings of the article (spelling, hamza, spaces and punctuation as published).',
    ]);
  });

  it('rejects a quote that is not at its offsets, and says where it is', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.jenin,
      '{ quote: "نشر بتاريخ: 18/06/2009", start: 108, end: 130 }', '{ quote: "نشر بتاريخ: 18/06/2009", start: 100, end: 122 }');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/004_a119cfdbeb6871cd.yaml: events[0] (event:2009-06-18-jenin-open-meeting): field "evidence[0].start": '
      + 'quote "نشر بتاريخ: 18/06/2009" is not at 100-122 (the text there is "لامنية نشر بتاريخ: 18"); it occurs at 108-130. '
      + `Fix the offsets, or run: ${LOCATE} seeds/graph/004_a119cfdbeb6871cd.yaml`,
    ]);
  });
});

describe('dates', () => {
  it('rejects a date that is not a calendar day', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.casablanca, 'date: "2014-08-07"\n    datePrecision: DAY\n    dateText: يومه 07 غشت 2014\n', 'date: "2014-08-32"\n    datePrecision: DAY\n    dateText: يومه 07 غشت 2014\n');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/001_639097f22e724e9d.yaml: events[0] (event:2014-08-07-sidi-bernoussi-meeting): field "date": "2014-08-32" is not a valid partial ISO date; write YYYY, YYYY-MM or YYYY-MM-DD (a real calendar day)',
    ]);
  });

  it('rejects a precision that does not match the date', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.marib, 'date: "2022-11"\n    datePrecision: MONTH\n    dateText: يوم أمس السبت', 'date: "2022-11"\n    datePrecision: DAY\n    dateText: يوم أمس السبت');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/003_519500e86f7a6d5c.yaml: events[0] (event:2022-11-marib-consultative-meeting): field "datePrecision": DAY, but the date "2022-11" has MONTH precision; make them agree',
    ]);
  });

  it('rejects a date that disagrees with the words it was read from', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.casablanca, 'date: "2014-08-07"\n    datePrecision: DAY\n    dateText: يومه 07 غشت 2014 على', 'date: "2014-07-07"\n    datePrecision: DAY\n    dateText: يومه 07 غشت 2014 على');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/001_639097f22e724e9d.yaml: events[1] (event:2014-08-07-hay-hassani-meeting): field "date": "2014-07-07" (DAY) disagrees with dateText "يومه 07 غشت 2014 على الساعة التاسعة والنصف صباحا", which reads as 2014-08-07 (DAY); make them agree',
    ]);
  });

  it('rejects a date that «اليوم» contradicts in an article with a dateline', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.jenin, 'date: "2009-06-18"', 'date: "2009-06"');
    const withMonth = files.graphs.find((file) => file.path.endsWith('004_a119cfdbeb6871cd.yaml'));
    if (withMonth) withMonth.content = withMonth.content.replace('datePrecision: DAY\n    dateText: اليوم', 'datePrecision: MONTH\n    dateText: اليوم');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/004_a119cfdbeb6871cd.yaml: events[0] (event:2009-06-18-jenin-open-meeting): field "date": "2009-06" (MONTH), but dateText "اليوم" says «اليوم» in an article published 2009-06-18; write date "2009-06-18" with precision DAY',
    ]);
  });

  it('rejects a day whose weekday contradicts the weekday named', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.casablanca, 'dateText: يومه 07 غشت 2014\n', 'dateText: الجمعة 07 غشت 2014\n');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/001_639097f22e724e9d.yaml: events[0] (event:2014-08-07-sidi-bernoussi-meeting): field "date": "2014-08-07" is a الخميس, but dateText "الجمعة 07 غشت 2014" names الجمعة; check the day',
    ]);
  });

  it('rejects an unknown date with a date, and a known precision without one', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.radfan, 'date: null\n    datePrecision: UNKNOWN', 'date: "2014"\n    datePrecision: UNKNOWN');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/000_2afb7b945ed686bc.yaml: events[0] (event:undated-al-habilayn-discussion-session): field "date": "2014" is given but datePrecision is UNKNOWN; set the precision (DAY, MONTH or YEAR) or make the date null',
    ]);
  });
});

describe('participant counts', () => {
  it('rejects a count that the verbatim phrase does not state', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.radfan, 'participantCount: 20', 'participantCount: 25');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/000_2afb7b945ed686bc.yaml: events[0] (event:undated-al-habilayn-discussion-session): field "participantCount": 25, but participantCountText "(20) من القيادات المجتمعية وممثلي منظمات المجتمع المدني" does not contain that number; a count is only what the article states',
    ]);
  });
});

describe('enums and ids', () => {
  it('rejects an unknown enum value and lists the allowed ones', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.jenin, 'kind: OPEN_MEETING', 'kind: MEETING');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/004_a119cfdbeb6871cd.yaml: events[0] (event:2009-06-18-jenin-open-meeting): field "kind": unknown value "MEETING". '
      + 'Expected one of: DISCUSSION_SESSION, COMMUNICATION_MEETING, CONSULTATIVE_MEETING, OPEN_MEETING, CONFERENCE, WORKSHOP, TRAINING, AWARENESS_CAMPAIGN, OTHER.',
    ]);
  });

  it('rejects an id that is not a typed, lower-case id', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.radfan, '  - id: org:eu\n', '  - id: Org:EU\n');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/000_2afb7b945ed686bc.yaml: organizations[2] (Org:EU): field "id": got "Org:EU": expected an id like "org:undp"',
    ]);
  });

  it('rejects an id of the wrong kind for its section', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.radfan, '  - id: org:eu\n', '  - id: place:eu\n');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/000_2afb7b945ed686bc.yaml: organizations[2] (place:eu): field "id": got "place:eu": expected an id like "org:undp"',
    ]);
  });

  it('rejects a field the format does not have', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.radfan, '    kind: INTERNATIONAL_ORGANIZATION\n', '    kind: INTERNATIONAL_ORGANIZATION\n    funder: true\n');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/000_2afb7b945ed686bc.yaml: organizations[2] (org:eu): field "funder": unknown field "funder"; remove it or fix its spelling',
    ]);
  });
});

describe('relationship kinds and roles', () => {
  it('rejects a relationship that connects the wrong kinds of node', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.radfan,
      'type: HELD_IN\n    from: event:undated-al-habilayn-discussion-session\n    to: place:ye-lahj-radfan-al-habilayn',
      'type: HELD_IN\n    from: event:undated-al-habilayn-discussion-session\n    to: org:ruwad-foundation');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/000_2afb7b945ed686bc.yaml: relationships[5] (HELD_IN event:undated-al-habilayn-discussion-session → org:ruwad-foundation): field "to": '
      + 'HELD_IN goes from an event to a place, but "org:ruwad-foundation" is an organization (an event → an organization is not allowed)',
    ]);
  });

  it('rejects FUNDED from a place, blaming the "from" end', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.radfan, 'type: FUNDED\n    from: org:eu', 'type: FUNDED\n    from: place:ye');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/000_2afb7b945ed686bc.yaml: relationships[2] (FUNDED place:ye → event:undated-al-habilayn-discussion-session): field "from": '
      + 'FUNDED goes from an actor to a program or an event, but "place:ye" is a place (a place → an event is not allowed)',
    ]);
  });

  it('requires the role of an organiser and the title of a position', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.radfan, '    role: lead\n', '');
    const withoutTitle = files.graphs.find((file) => file.path.endsWith('000_2afb7b945ed686bc.yaml'));
    if (withoutTitle) withoutTitle.content = withoutTitle.content.replace('    title: رئيس\n', '');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/000_2afb7b945ed686bc.yaml: relationships[0] (ORGANIZED org:ruwad-foundation → event:undated-al-habilayn-discussion-session): field "role": missing; ORGANIZED needs a role: lead, co-organiser, host',
      'seeds/graph/000_2afb7b945ed686bc.yaml: relationships[6] (HOLDS_POSITION person:waheeb-al-dhibani → org:ruwad-foundation): field "title": missing; HOLDS_POSITION needs the title of the post as the article gives it',
    ]);
  });

  it('rejects a role that belongs to another relationship type', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.radfan, '    role: speaker\n', '    role: host\n');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/000_2afb7b945ed686bc.yaml: relationships[7] (PARTICIPATED_IN person:waheeb-al-dhibani → event:undated-al-habilayn-discussion-session): field "role": "host" is not a role of PARTICIPATED_IN; expected one of: speaker, chair, attendee',
    ]);
  });

  it('rejects a cycle in a place chain', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.radfan,
      '    from: place:ye-lahj\n    to: place:ye\n', '    from: place:ye-lahj\n    to: place:ye-lahj-radfan-al-habilayn\n');
    expect(errorsOf(files)).toEqual([
      'seeds/graph/000_2afb7b945ed686bc.yaml: relationships[10] (LOCATED_IN place:ye-lahj → place:ye-lahj-radfan-al-habilayn): field "to": '
      + 'LOCATED_IN makes a cycle: place:ye-lahj-radfan-al-habilayn → place:ye-lahj-radfan → place:ye-lahj → place:ye-lahj-radfan-al-habilayn; a parent cannot also be a descendant',
    ]);
  });
});

describe('files and sources', () => {
  it('reports YAML syntax errors with the file', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.radfan, 'source: source:seed-000\n', 'source: [source:seed-000\n');
    const [first] = errorsOf(files);
    expect(first).toMatch(/^seeds\/graph\/000_2afb7b945ed686bc\.yaml: YAML syntax: /);
  });

  it('rejects a graph file whose source is not its article’s', () => {
    const files = seedFilesWithEdit(GRAPH_FILES.radfan, 'source: source:seed-000\n', 'source: source:seed-001\n');
    expect(errorsOf(files)).toContain(
      'seeds/graph/000_2afb7b945ed686bc.yaml: field "source": "source:seed-001" is not the source of this file\'s article 000_2afb7b945ed686bc.txt ("source:seed-001" is the source of 001_639097f22e724e9d.txt); write "source:seed-000"',
    );
  });

  it('rejects a sources.yaml entry without its article file', () => {
    const files = realSeedFiles();
    files.articles = files.articles.filter((article) => !article.path.endsWith('004_a119cfdbeb6871cd.txt'));
    expect(errorsOf(files)).toContain(
      'seeds/articles/sources.yaml: [4] (source:seed-004): field "file": no article file "004_a119cfdbeb6871cd.txt" beside sources.yaml. Known article files: 000_2afb7b945ed686bc.txt, 001_639097f22e724e9d.txt, 002_c203e310aaacb586.txt, 003_519500e86f7a6d5c.txt.',
    );
  });

  it('rejects a publication date that disagrees with its verbatim text', () => {
    const files = realSeedFiles();
    files.sources.content = files.sources.content.replace('publishedOn: "2009-06-18"', 'publishedOn: "2009-06-19"');
    expect(errorsOf(files)).toContain(
      'seeds/articles/sources.yaml: [4] (source:seed-004): field "publishedOn": "2009-06-19" disagrees with publishedOnText "نشر بتاريخ: 18/06/2009", which reads as 2009-06-18; make them agree',
    );
  });
});

describe('readValidatedSeeds', () => {
  it('throws one SeedValidationError holding every error of every file, not just the first', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-seeds-'));
    try {
      fs.cpSync('seeds', dir, { recursive: true });
      const edit = (name: string, search: string, replacement: string): void => {
        const file = path.join(dir, 'graph', name);
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(search, replacement));
      };
      edit('000_2afb7b945ed686bc.yaml', 'kind: DISCUSSION_SESSION', 'kind: DIALOGUE');
      edit('003_519500e86f7a6d5c.yaml', 'from: org:saferworld\n', 'from: org:safer-world\n');
      edit('004_a119cfdbeb6871cd.yaml', 'participantCount: null', 'participantCount: 12');

      let thrown: unknown;
      try {
        readValidatedSeeds(dir);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(SeedValidationError);
      const errors = (thrown as SeedValidationError).errors;
      expect(errors.map((error) => [path.basename(error.file), error.record.split(' ')[0], error.field])).toEqual([
        ['000_2afb7b945ed686bc.yaml', 'events[0]', 'kind'],
        ['003_519500e86f7a6d5c.yaml', 'relationships[9]', 'from'],
        ['004_a119cfdbeb6871cd.yaml', 'events[0]', 'participantCount'],
      ]);
      expect((thrown as Error).message).toMatch(/^The seed files have 3 errors:\n/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
