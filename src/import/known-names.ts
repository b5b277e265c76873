/**
 * What the importer can match a mention to: nodes of the graph (from Neo4j, or from the curated seed files
 * when offline), the places of the shipped gazetteer and the international bodies of the actor lexicon, each
 * findable by the search keys of its names and aliases (src/text/arabic-normalize.ts).
 *
 * Graph nodes come first: a gazetteer place or lexicon actor that has the same id, or a key a graph node of
 * the same type already answers to, is left out, so a match names the node a curator already knows.
 */
import { type NodeType } from '../model/vocabulary';
import { type SeedGraphFile } from '../seeds/seed.schema';
import { normalizeSearchKey } from '../text/arabic-normalize';
import { KNOWN_ACTORS } from './actors.data';
import { GAZETTEER } from './gazetteer/gazetteer.data';

export type KnownOrigin = 'graph' | 'gazetteer' | 'lexicon';

/** A node a mention may be matched to. */
export interface KnownNode {
  readonly id: string;
  readonly type: NodeType;
  /** Actor, place or event kind, when known. */
  readonly kind?: string;
  readonly nameAr?: string;
  readonly nameEn?: string;
  readonly aliases: readonly string[];
  /** Countries the node lies in (through LOCATED_IN and PART_OF), for telling apart bodies of the same name. */
  readonly countryIds: readonly string[];
  /** A place's parent (LOCATED_IN), for its chain up to the country. */
  readonly parentId?: string;
  readonly origin: KnownOrigin;
  /** A place name that is also an everyday word: needs a place word before it. */
  readonly cue?: boolean;
}

/** A name of a known node that a key answers to, and which name it was. */
export interface KnownName {
  readonly node: KnownNode;
  /** The name or alias as the node writes it. */
  readonly name: string;
}

export class KnownNameIndex {
  private readonly byKey = new Map<string, KnownName[]>();
  private readonly byId = new Map<string, KnownNode>();
  /** The most words any indexed name has, so a scan knows how far to look. */
  readonly maxWords: number;

  constructor(nodes: readonly KnownNode[]) {
    let maxWords = 1;
    const ordered = [...nodes].sort((a, b) => originRank(a.origin) - originRank(b.origin));
    for (const node of ordered) {
      // A lexicon actor or gazetteer place the graph already holds lends the graph's node its other spellings
      // («البرنامج الإنمائي للأمم المتحدة» for org:undp): they name the node the curator knows.
      const held = this.byId.get(node.id);
      const answering = held && held.type === node.type ? held : node;
      if (held && answering === node) continue;
      const names = [node.nameAr, node.nameEn, ...node.aliases].filter((name): name is string => Boolean(name));
      const fresh: Array<[string, string]> = [];
      for (const name of names) {
        const key = normalizeSearchKey(name);
        if (!key) continue;
        // A place of another country is another place of the same name (a Casablanca neighbourhood «القدس» and
        // Jerusalem): both stay, and the article's country tells them apart (mentions/find-mentions).
        const taken = (this.byKey.get(key) ?? []).some((known) => known.node.type === node.type && (known.node === answering || originRank(known.node.origin) < originRank(node.origin))
          && (node.type !== 'PLACE' || sameCountry(known.node, node)));
        if (!taken) fresh.push([key, name]);
      }
      if (fresh.length === 0 && node.origin !== 'graph') continue;
      if (!held) this.byId.set(node.id, node);
      for (const [key, name] of fresh) {
        this.byKey.set(key, [...(this.byKey.get(key) ?? []), { node: answering, name }]);
        maxWords = Math.max(maxWords, key.split(' ').length);
      }
    }
    this.maxWords = maxWords;
  }

  /** The known names a search key answers to. */
  lookup(key: string): readonly KnownName[] {
    return this.byKey.get(key) ?? [];
  }

  node(id: string): KnownNode | undefined {
    return this.byId.get(id);
  }

  nodes(): readonly KnownNode[] {
    return [...this.byId.values()];
  }

  /** A place's chain from itself up to its country (ids), as far as the index knows it. */
  chainOf(id: string): KnownNode[] {
    const chain: KnownNode[] = [];
    let at = this.byId.get(id);
    while (at && chain.length < 10 && !chain.includes(at)) {
      chain.push(at);
      at = at.parentId ? this.byId.get(at.parentId) : undefined;
    }
    return chain;
  }
}

const originRank = (origin: KnownOrigin): number => ({ graph: 0, gazetteer: 1, lexicon: 2 })[origin];

/** The countries some places lie in. */
export const countriesOf = (places: readonly KnownName[]): Set<string> => new Set(places.flatMap((hit) => hit.node.countryIds));

/** Whether two nodes may be one: a country in common, or a node whose country is not known. */
const sameCountry = (a: KnownNode, b: KnownNode): boolean =>
  a.countryIds.length === 0 || b.countryIds.length === 0 || a.countryIds.some((id) => b.countryIds.includes(id));

/** The shipped gazetteer as known nodes; a place's countries are the top of its chain. */
export function gazetteerNodes(): KnownNode[] {
  const parentOf = new Map(GAZETTEER.map((entry) => [entry.id, entry.parent]));
  const countryOf = (id: string): string => {
    let at: string | null | undefined = id;
    let last = id;
    while (at) {
      last = at;
      at = parentOf.get(at);
    }
    return last;
  };
  return GAZETTEER.map((entry) => ({
    id: entry.id, type: 'PLACE', kind: entry.kind, nameAr: entry.nameAr, nameEn: entry.nameEn, aliases: entry.aliases,
    countryIds: [countryOf(entry.id)], ...(entry.parent ? { parentId: entry.parent } : {}), origin: 'gazetteer', ...(entry.cue ? { cue: true } : {}),
  }));
}

/** The actor lexicon as known nodes: international bodies, in no one country. */
export function lexiconNodes(): KnownNode[] {
  return KNOWN_ACTORS.map((actor) => ({
    id: actor.id, type: 'ORGANIZATION', kind: actor.kind, nameAr: actor.nameAr, nameEn: actor.nameEn, aliases: actor.aliases, countryIds: [], origin: 'lexicon',
  }));
}

/**
 * The nodes of curated seed graph files as known nodes, with their countries read from the files' LOCATED_IN
 * and PART_OF relationships (an organisation's country only from where it sits, never from the events it
 * worked on: a donor works everywhere).
 */
export function seedFileNodes(files: readonly SeedGraphFile[]): KnownNode[] {
  const up = new Map<string, Set<string>>();
  const placeKind = new Map<string, string>();
  const parentOfPlace = new Map<string, string>();
  for (const file of files) {
    for (const place of file.places) placeKind.set(place.id, place.kind);
    for (const rel of file.relationships) {
      if (rel.type !== 'LOCATED_IN' && !(rel.type === 'PART_OF' && rel.from.startsWith('org:'))) continue;
      up.set(rel.from, (up.get(rel.from) ?? new Set()).add(rel.to));
      if (rel.type === 'LOCATED_IN' && rel.from.startsWith('place:') && !parentOfPlace.has(rel.from)) parentOfPlace.set(rel.from, rel.to);
    }
  }
  const countriesOf = (id: string): string[] => {
    const seen = new Set<string>();
    const found = new Set<string>();
    const walk = (at: string): void => {
      if (seen.has(at)) return;
      seen.add(at);
      if (placeKind.get(at) === 'COUNTRY') found.add(at);
      for (const next of up.get(at) ?? []) walk(next);
    };
    walk(id);
    return [...found];
  };
  const nodes = new Map<string, KnownNode>();
  const add = (node: KnownNode): void => {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
  };
  for (const file of files) {
    for (const org of file.organizations) add({ id: org.id, type: 'ORGANIZATION', kind: org.kind, nameAr: org.nameAr, nameEn: org.nameEn, aliases: org.aliases, countryIds: countriesOf(org.id), origin: 'graph' });
    for (const person of file.persons) add({ id: person.id, type: 'PERSON', kind: 'PERSON', nameAr: person.nameAr, nameEn: person.nameEn, aliases: person.aliases, countryIds: [], origin: 'graph' });
    for (const program of file.programs) add({ id: program.id, type: 'PROGRAM', ...(program.nameAr ? { nameAr: program.nameAr } : {}), nameEn: program.nameEn, aliases: program.aliases, countryIds: [], origin: 'graph' });
    for (const place of file.places) {
      const parentId = parentOfPlace.get(place.id);
      add({ id: place.id, type: 'PLACE', kind: place.kind, nameAr: place.nameAr, nameEn: place.nameEn, aliases: place.aliases, countryIds: countriesOf(place.id), ...(parentId ? { parentId } : {}), origin: 'graph' });
    }
  }
  return [...nodes.values()];
}

/** An index over graph nodes plus the shipped gazetteer and actor lexicon. */
export function knownNameIndex(graphNodes: readonly KnownNode[]): KnownNameIndex {
  return new KnownNameIndex([...graphNodes, ...gazetteerNodes(), ...lexiconNodes()]);
}
