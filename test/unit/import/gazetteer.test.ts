import { GAZETTEER } from '../../../src/import/gazetteer/gazetteer.data';
import { knownNameIndex } from '../../../src/import/known-names';
import { normalizeSearchKey } from '../../../src/text/arabic-normalize';
import { ID_PATTERN } from '../../../src/model/vocabulary';

const index = knownNameIndex([]);
const places = (name: string) => index.lookup(normalizeSearchKey(name)).filter((k) => k.node.type === 'PLACE').map((k) => k.node.id);

describe('the shipped gazetteer', () => {
  it('holds the four countries with valid, unique ids and a parent for every place but a country', () => {
    const ids = GAZETTEER.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => ID_PATTERN.test(id))).toBe(true);
    expect(GAZETTEER.filter((entry) => entry.kind === 'COUNTRY').map((entry) => entry.id).sort()).toEqual(['place:jo', 'place:ma', 'place:ps', 'place:ye']);
    for (const entry of GAZETTEER) if (entry.kind !== 'COUNTRY') expect(ids).toContain(entry.parent);
  });

  it('finds a governorate by its Arabic name, with «محافظة», with spelling variants and in Latin script', () => {
    expect(places('لحج')).toContain('place:ye-lahj');
    expect(places('محافظة لحج')).toContain('place:ye-lahj');
    expect(places('Lahij')).toContain('place:ye-lahj');
    expect(places('محافظه جنين')).toContain('place:ps-jenin');
    expect(places('مارب')).toContain('place:ye-marib');
    expect(places('Marrakesh')).toContain('place:ma-marrakech');
  });

  it('gives each place its chain up to the country', () => {
    expect(index.chainOf('place:ps-jenin-jenin').map((n) => n.id)).toEqual(['place:ps-jenin-jenin', 'place:ps-jenin', 'place:ps']);
    expect(index.chainOf('place:ma-casablanca').map((n) => n.id)).toEqual(['place:ma-casablanca', 'place:ma-casablanca-settat', 'place:ma']);
  });

  it('marks the names that are also everyday words, to be read as places only after a place word', () => {
    const ibb = index.node('place:ye-ibb');
    expect(ibb?.cue).toBe(true);
    expect(index.node('place:ye-aden')?.cue).toBeUndefined();
  });
});
