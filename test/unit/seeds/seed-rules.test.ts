/**
 * The record rules called on one record at a time, with an in-memory graph and no seed file: the way a
 * curation of a single record is to be checked by the rules the seed files obey.
 */
import {
  InMemoryGraphView, checkContainment, checkEnds, checkEventDate, checkQuotes, checkRelationshipFields,
} from '../../../src/seeds/seed.rules';
import { eventSchema, relationshipSchema } from '../../../src/seeds/seed.schema';

const quote = { quote: 'اجتماع', start: 0, end: 6 };

function placeChain(): InMemoryGraphView {
  const graph = new InMemoryGraphView();
  for (const id of ['place:ye', 'place:ye-lahj', 'place:ye-lahj-radfan']) graph.addNode(id, 'PLACE');
  graph.addNode('event:meeting', 'EVENT');
  graph.addRelationship('LOCATED_IN', 'place:ye-lahj-radfan', 'place:ye-lahj');
  graph.addRelationship('LOCATED_IN', 'place:ye-lahj', 'place:ye');
  return graph;
}

describe('one relationship against an in-memory graph', () => {
  it('refuses a LOCATED_IN that would close a place chain, naming the whole cycle', () => {
    const closing = relationshipSchema.parse({ type: 'LOCATED_IN', from: 'place:ye', to: 'place:ye-lahj-radfan', evidence: [quote] });
    expect(checkContainment(closing, placeChain())).toEqual([{
      field: 'to',
      message: 'LOCATED_IN makes a cycle: place:ye-lahj-radfan → place:ye-lahj → place:ye → place:ye-lahj-radfan; a parent cannot also be a descendant',
    }]);
  });

  it('accepts a link that lengthens a chain without closing it', () => {
    const graph = placeChain();
    graph.addNode('place:ye-lahj-radfan-al-habilayn', 'PLACE');
    const link = relationshipSchema.parse({ type: 'LOCATED_IN', from: 'place:ye-lahj-radfan-al-habilayn', to: 'place:ye-lahj-radfan', evidence: [quote] });
    expect([...checkEnds(link, graph), ...checkContainment(link, graph), ...checkRelationshipFields(link)]).toEqual([]);
  });

  it('names an end the graph does not hold and lists the known ids of its kind', () => {
    const link = relationshipSchema.parse({ type: 'HELD_IN', from: 'event:meeting', to: 'place:ye-aden', evidence: [quote] });
    expect(checkEnds(link, placeChain())).toEqual([
      { field: 'to', message: 'unknown id "place:ye-aden". Known place ids: place:ye, place:ye-lahj, place:ye-lahj-radfan.' },
    ]);
  });

  it('refuses ends the vocabulary does not allow, blaming the end that breaks the rule', () => {
    const link = relationshipSchema.parse({ type: 'HELD_IN', from: 'place:ye', to: 'event:meeting', evidence: [quote] });
    expect(checkEnds(link, placeChain())).toEqual([{
      field: 'from',
      message: 'HELD_IN goes from an event to a place, but "place:ye" is a place (a place → an event is not allowed)',
    }]);
  });
});

describe('one event record', () => {
  const event = (fields: object) => eventSchema.parse({ id: 'event:meeting', kind: 'OPEN_MEETING', titleAr: 'اجتماع', titleEn: 'Meeting', evidence: [quote], ...fields });

  it('refuses a day whose weekday contradicts the weekday its words name', () => {
    const friday = event({ date: '2014-08-07', datePrecision: 'DAY', dateText: 'الجمعة 07 غشت 2014' });
    expect(checkEventDate(friday, { publishedOn: null })).toEqual([{
      field: 'date', message: '"2014-08-07" is a الخميس, but dateText "الجمعة 07 غشت 2014" names الجمعة; check the day',
    }]);
  });

  it('ties «اليوم» to the publication day of its article', () => {
    const today = event({ date: null, datePrecision: 'UNKNOWN', dateText: 'اليوم' });
    expect(checkEventDate(today, { publishedOn: '2009-06-18' })).toEqual([{
      field: 'date', message: '"null" (UNKNOWN), but dateText "اليوم" says «اليوم» in an article published 2009-06-18; write date "2009-06-18" with precision DAY',
    }]);
  });

  it('checks its quotes against the article text alone, with the caller\'s way to fix offsets', () => {
    const article = { text: 'عقد اجتماع في جنين', articlePath: 'source:seed-004' };
    expect(checkQuotes([quote], article, 'Correct start and end.')).toEqual([{
      field: 'evidence[0].start',
      message: 'quote "اجتماع" is not at 0-6 (the text there is "عقد اج"); it occurs at 4-10. Correct start and end.',
    }]);
  });
});
