import { WhoWorksWhereDocument } from '../../../src/generated/operations';
import { amongCurated } from '../../helpers/curated';
import { useGraphQLTestClient } from '../../helpers/graphql';

const client = useGraphQLTestClient();

const matrixOf = async (countryId?: string) => {
  const { result, context } = await client.run(WhoWorksWhereDocument, { countryId });
  expect(result.errors).toBeUndefined();
  const matrix = result.data!.whoWorksWhere;
  const rows = matrix.rows.map((r) => [r.country.id, r.governorate?.id ?? null, r.actor.id, r.roles, r.eventCount]);
  return { matrix, rows, statements: context.recorder.names() };
};

/** The countries of the seed graph, in the matrix's order. */
const SEED_COUNTRIES = ['place:jo', 'place:ma', 'place:ps', 'place:ye'];

describe('who works where', () => {
  it('lays out Yemen by governorate: Lahj\'s session and Marib\'s meetings, with each actor\'s roles and events', async () => {
    const { matrix, rows } = await matrixOf('place:ye');
    expect(rows).toEqual([
      ['place:ye', 'place:ye-lahj', 'org:democratic-youth-foundation', ['FUNDER'], 1],
      ['place:ye', 'place:ye-lahj', 'org:eu', ['FUNDER'], 1],
      ['place:ye', 'place:ye-lahj', 'org:ruwad-foundation', ['ORGANIZER', 'IMPLEMENTER'], 1],
      ['place:ye', 'place:ye-lahj', 'person:waheeb-al-dhibani', ['PARTICIPANT'], 1],
      ['place:ye', 'place:ye-marib', 'org:marib-police', ['PARTNER'], 1],
      ['place:ye', 'place:ye-marib', 'org:musaala', ['ORGANIZER', 'IMPLEMENTER'], 2],
      ['place:ye', 'place:ye-marib', 'org:sada', ['ORGANIZER', 'IMPLEMENTER'], 2],
      ['place:ye', 'place:ye-marib', 'org:saferworld', ['FUNDER'], 1],
      ['place:ye', 'place:ye-marib', 'person:abdrabbuh-halis', ['PARTICIPANT'], 1],
      ['place:ye', 'place:ye-marib', 'person:abdrabbuh-jadie', ['PARTICIPANT'], 1],
    ]);
    expect(matrix).toMatchObject({ eventCount: 3, unplacedEventCount: 0, truncated: false });
  });

  it('puts a program\'s funder where its events were held: Saferworld in Marib through the Saned project', async () => {
    const { rows } = await matrixOf('place:ye');
    expect(rows).toContainEqual(['place:ye', 'place:ye-marib', 'org:saferworld', ['FUNDER'], 1]);
  });

  it('covers every country, leaves the governorate null where places stop at the country or a city, and counts events with no place', async () => {
    const { matrix, rows } = await matrixOf();
    expect(amongCurated([...new Set(rows.map((r) => r[0]))], SEED_COUNTRIES)).toEqual(SEED_COUNTRIES);
    // Jordan's conference was held in Jordan itself; Casablanca lies directly in Morocco.
    expect(rows).toContainEqual(['place:jo', null, 'org:embassy-of-japan-jordan', ['FUNDER'], 1]);
    expect(rows).toContainEqual(['place:jo', null, 'org:jordan-psd', ['ORGANIZER', 'IMPLEMENTER', 'PARTNER'], 1]);
    expect(rows).toContainEqual(['place:ma', null, 'org:dgsn', ['IMPLEMENTER'], 2]);
    expect(rows).toContainEqual(['place:ps', 'place:ps-jenin', 'org:civil-forum', ['FUNDER', 'IMPLEMENTER'], 1]);
    // The whole matrix holds at least the events of each seed country, as counted country by country.
    const perCountry = await Promise.all(SEED_COUNTRIES.map(async (id) => (await matrixOf(id)).matrix.eventCount));
    expect(perCountry).toEqual([1, 2, 2, 3]);
    expect(matrix.eventCount).toBeGreaterThanOrEqual(perCountry.reduce((a, b) => a + b, 0));
    // The field survey and the school campaigns have no place: no row can hold them, and the count says so.
    expect(matrix.unplacedEventCount).toBeGreaterThanOrEqual(2);
    expect(matrix.truncated).toBe(false);
  });

  it('costs one statement', async () => {
    expect((await matrixOf('place:ps')).statements).toEqual(['analysis/who-works-where']);
  });

  it('rejects an unknown place with NOT_FOUND, and a place that is not a country or an id of the wrong type with BAD_USER_INPUT', async () => {
    const error = async (countryId: string) => (await client.run(WhoWorksWhereDocument, { countryId })).result.errors?.map((e) => [e.extensions?.code, e.message]);
    expect(await error('place:atlantis')).toEqual([['NOT_FOUND', 'Expected countryId to be the id of a place in the graph, but none has the id "place:atlantis". Look ids up with search(text:).']]);
    expect(await error('place:ye-marib')).toEqual([['BAD_USER_INPUT', 'Expected countryId to be the id of a country, but got "place:ye-marib", a governorate. Pass the country it lies in.']]);
    expect(await error('org:undp')).toEqual([['BAD_USER_INPUT', 'Expected countryId to be the id of a place, but got "org:undp", the id of an organization.']]);
  });
});
