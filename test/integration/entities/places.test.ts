import { EventsWithOrganizersDocument, PlacesDocument, type PlacesQuery, type PlacesQueryVariables } from '../../../src/generated/operations';
import { useGraphQLTestClient } from '../../helpers/graphql';
import { type OwnNode, uniqueId, withOwnGraph } from '../../helpers/own-data';

// A country of this file's own with two governorates, a district and a city beneath one of them, an event held in
// the city and an organisation located in the other governorate; and a second country with nothing in it.
const ids = {
  country: uniqueId('PLACE', 'places-country'),
  emptyCountry: uniqueId('PLACE', 'places-empty-country'),
  governorate: uniqueId('PLACE', 'places-governorate'),
  quietGovernorate: uniqueId('PLACE', 'places-quiet-governorate'),
  district: uniqueId('PLACE', 'places-district'),
  city: uniqueId('PLACE', 'places-city'),
  event: uniqueId('EVENT', 'places-event'),
  organization: uniqueId('ORGANIZATION', 'places-organization'),
};

const named = (name: string) => ({ name, nameEn: name, aliases: [], searchKeys: [name.toLowerCase()] });
const place = (id: string, kind: string, name: string): OwnNode => ({ type: 'PLACE', id, properties: { kind, basis: 'article', ...named(name) } });
const inside = (from: string, to: string) => ({ type: 'LOCATED_IN' as const, from, to, properties: { basis: 'article' } });

withOwnGraph({
  nodes: [
    place(ids.country, 'COUNTRY', 'Places test country'),
    place(ids.emptyCountry, 'COUNTRY', 'Places test empty country'),
    place(ids.governorate, 'GOVERNORATE', 'Places test governorate'),
    place(ids.quietGovernorate, 'GOVERNORATE', 'Places test quiet governorate'),
    place(ids.district, 'DISTRICT', 'Places test district'),
    place(ids.city, 'CITY', 'Places test city'),
    { type: 'EVENT', id: ids.event, properties: { kind: 'WORKSHOP', title: 'Places test event', searchKeys: [], date: '2011-05-04', datePrecision: 'DAY', dateStart: '2011-05-04', dateEnd: '2011-05-04' } },
    { type: 'ORGANIZATION', id: ids.organization, properties: { kind: 'NGO', ...named('Places test organisation') } },
  ],
  relationships: [
    inside(ids.governorate, ids.country),
    inside(ids.quietGovernorate, ids.country),
    inside(ids.district, ids.governorate),
    inside(ids.city, ids.district),
    inside(ids.organization, ids.quietGovernorate),
    { type: 'HELD_IN', from: ids.event, to: ids.city, properties: { basis: 'article' } },
  ],
});

const client = useGraphQLTestClient();
type Places = PlacesQuery['places'];

async function places(variables: PlacesQueryVariables): Promise<Places> {
  const { result } = await client.run(PlacesDocument, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.places;
}

const idsOf = (page: Places) => page.edges.map((edge) => edge.node.id);
const sorted = (list: readonly string[]) => [...list].sort();

describe('places', () => {
  it('lists the places beneath a place at every level, not the place itself nor the actors located there', async () => {
    const beneath = await places({ filter: { withinId: ids.country } });
    expect(idsOf(beneath)).toEqual(sorted([ids.governorate, ids.quietGovernorate, ids.district, ids.city]));
    expect(beneath.totalCount).toBe(4);
    expect(beneath.pageInfo.hasNextPage).toBe(false);
  });

  it('lists the places of some kinds, in id order, alone or beneath a place', async () => {
    const countries = await places({ filter: { kinds: ['COUNTRY'] }, first: 100 });
    expect(idsOf(countries)).toEqual(expect.arrayContaining([ids.country, ids.emptyCountry, 'place:ye', 'place:ma']));
    expect(idsOf(countries)).toEqual(sorted(idsOf(countries)));
    expect(countries.edges.every((edge) => edge.node.kind === 'COUNTRY')).toBe(true);

    const governorates = await places({ filter: { kinds: ['GOVERNORATE'], withinId: ids.country } });
    expect(idsOf(governorates)).toEqual(sorted([ids.governorate, ids.quietGovernorate]));
    expect(governorates.totalCount).toBe(2);
    const citiesAndDistricts = await places({ filter: { kinds: ['CITY', 'DISTRICT'], withinId: ids.governorate } });
    expect(idsOf(citiesAndDistricts)).toEqual(sorted([ids.district, ids.city]));
  });

  it('keeps with events exactly the places whose events list is not empty', async () => {
    const withEvents = await places({ filter: { withinId: ids.country, withEvents: true } });
    expect(idsOf(withEvents)).toEqual(sorted([ids.governorate, ids.district, ids.city]));
    expect(withEvents.totalCount).toBe(3);
    // The rule the filter states: events(filter: { countryId }) lists an event for each place kept, none for the others.
    for (const id of [ids.country, ids.emptyCountry, ids.governorate, ids.quietGovernorate, ids.district, ids.city]) {
      const { result } = await client.run(EventsWithOrganizersDocument, { filter: { countryId: id }, first: 1 });
      expect(result.errors).toBeUndefined();
      const listed = result.data!.events.totalCount > 0;
      expect({ id, listed }).toEqual({ id, listed: [ids.country, ids.governorate, ids.district, ids.city].includes(id) });
    }

    const countries = idsOf(await places({ filter: { kinds: ['COUNTRY'], withEvents: true }, first: 100 }));
    expect(countries).toEqual(expect.arrayContaining([ids.country, 'place:ye', 'place:ma']));
    expect(countries).not.toContain(ids.emptyCountry);
  });

  it('pages with cursors, each place once, the count over all pages on every page', async () => {
    const pages: Places[] = [];
    let after: string | null = null;
    do {
      const page: Places = await places({ filter: { withinId: ids.country }, first: 1, after });
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null && pages.length < 10);
    expect(pages.flatMap(idsOf)).toEqual(sorted([ids.governorate, ids.quietGovernorate, ids.district, ids.city]));
    expect(pages.map((page) => page.totalCount)).toEqual([4, 4, 4, 4]);
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, true, false]);
  });

  it('gives each place its parent and its country', async () => {
    const [city] = (await places({ filter: { kinds: ['CITY'], withinId: ids.district } })).edges.map((edge) => edge.node);
    expect(city).toMatchObject({ id: ids.city, kind: 'CITY', name: 'Places test city', parent: { id: ids.district }, country: { id: ids.country } });
  });

  it('matches nothing beneath an unknown place', async () => {
    for (const filter of [{ withinId: 'place:no-such-place' }, { withinId: 'place:no-such-place', kinds: ['CITY' as const] }]) {
      const page = await places({ filter });
      expect(page).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    }
  });

  it('reads an empty list of kinds as no kinds', async () => {
    expect(idsOf(await places({ filter: { kinds: [], withinId: ids.country } }))).toEqual(idsOf(await places({ filter: { withinId: ids.country } })));
  });

  it('refuses a page size out of range, a cursor of another list and an id that is not a place\'s, naming the argument', async () => {
    for (const [variables, argument] of [
      [{ first: 0 }, 'first'], [{ first: 101 }, 'first'], [{ after: 'not-a-cursor' }, 'after'],
      [{ filter: { withinId: ids.organization } }, 'filter.withinId'], [{ filter: { withinId: 'not an id' } }, 'filter.withinId'],
    ] as const) {
      const { result } = await client.run(PlacesDocument, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});
