/**
 * All mentions of an article, one reading per word: every finder proposes spans, and where spans overlap the
 * longer one wins (a name the graph knows wins a tie), so «قوات الأمن الوطني» is one organisation, not the alias
 * «الأمن الوطني» of another. Organisations the index knows only in another country, and generic mentions
 * («المؤسسة الأمنية»), are kept aside as unresolved, with the reason.
 */
import { type ArticleText, type Quote } from '../article.text';
import { type KnownName, type KnownNameIndex, type KnownNode } from '../known-names';
import { type PlaceKind } from '../../model/vocabulary';
import { findEventNouns } from './event-mentions';
import { findKnownNames, preferredPlace, withReading } from './known-mentions';
import { type KnownMatch, type Mention, MentionIds, type MentionType } from './mention';
import { findHeadOrganizations } from './org-mentions';
import { findPersons } from './person-mentions';
import { findPlaceWords } from './place-mentions';
import { findCooperationPrograms, findPrograms, findProgramsNamedAfter, findUnnamedProgram } from './program-mentions';
import { PROGRAM_HEADS, readings } from '../lexicon';
import { BYLINE_MARK, keyOf } from '../scan';

/** A mention the importer could not turn into a proposed entity, and why. */
export interface UnresolvedMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type?: MentionType;
  readonly reason: string;
}

export interface ArticleMentions {
  readonly mentions: readonly Mention[];
  /** Every candidate, accepted or not, for finding what lies inside a venue's name. */
  readonly candidates: readonly Mention[];
  readonly unresolved: UnresolvedMention[];
  /** The country the article is about (a gazetteer country id), when its places and actors say. */
  readonly country: string | null;
}

/** Kinds of actors that belong to one country: the same name in another country is another body. */
const NATIONAL_KINDS = new Set(['SECURITY_AGENCY', 'GOVERNMENT_BODY', 'POLITICAL_PARTY']);
const NATIONALITY: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}])(?:ال)?يمني(?:ه|ين)?(?![\p{L}])/gu, 'place:ye'], [/(?<![\p{L}])(?:ال)?مغربي(?:ه|ين)?(?![\p{L}])/gu, 'place:ma'],
  [/(?<![\p{L}])(?:ال)?اردني(?:ه|ين)?(?![\p{L}])/gu, 'place:jo'], [/(?<![\p{L}])(?:ال)?فلسطيني(?:ه|ين)?(?![\p{L}])/gu, 'place:ps'],
].map(([pattern, country]) => [pattern as RegExp, country as string] as const);

export function findMentions(article: ArticleText, index: KnownNameIndex): ArticleMentions {
  const ids = new MentionIds();
  const known = findKnownNames(article, index, ids);
  const heads = findHeadOrganizations({ article, index, ids });
  const programs = [...findPrograms(article, ids), ...findProgramsNamedAfter(article, ids)];
  const unnamed = findUnnamedProgram(article, ids);
  const cooperations = findCooperationPrograms(article, ids);
  const events = findEventNouns(article, ids);
  const placeWords = findPlaceWords(article, ids);
  // A name read from its head noun may be one the index knows («منظمة سيفيرورلد» with «Saferworld» after it).
  for (const mention of [...heads, ...programs]) {
    if (mention.known) continue;
    const keys = [mention.key, ...(mention.acronym ? [keyOf(mention.acronym)] : [])];
    const hit = keys.flatMap((k) => index.lookup(k)).find((h) => h.node.type === mention.type);
    if (hit) mention.known = knownAs(`«${mention.name}»`, hit);
  }
  // «مدينة تعز»: a place read from its place word may be one the index knows by the name after it.
  for (const mention of placeWords) {
    if (mention.placeKind === 'VENUE') continue;
    const hits = index.lookup(mention.key).filter((h) => h.node.type === 'PLACE');
    const ofKind = hits.filter((h) => h.node.kind === mention.placeKind);
    const hit = preferredPlace(ofKind.length > 0 ? ofKind : hits);
    if (hit) mention.known = knownAs(`«${mention.name}» after «${mention.placeWord ?? ''}»`, hit);
  }
  const candidates = [...known, ...heads, ...programs, ...(unnamed ? [unnamed] : []), ...cooperations, ...events, ...placeWords];
  // A slogan or a title in quotes («تحت شعار ” الأمن الوطني في خدمة …”»), or the subject of a meeting («لقاء … حول:"…
  // انطلاق دورة ثانية …"»), names no actor and no event of its own.
  const slogans = [...article.folded.matchAll(/(?:شعار|عنوان|بعنوان|حول)\s*[:]?\s*["“”«]([^"“”«»\n]{1,200})["“”»]/gu)]
    .map((m) => ({ from: (m.index as number) + m[0].indexOf(m[1] as string), to: (m.index as number) + m[0].indexOf(m[1] as string) + (m[1] as string).length }));
  const inSlogan = (m: Mention): boolean => slogans.some((s) => m.fStart >= s.from && m.fEnd <= s.to);
  const overlapping = resolveOverlaps(donorsSupportPrograms(article, candidates.filter((m) => !inSlogan(m))));
  // A place name of two countries is read in the country the rest of the article points to.
  const settledBy = articleCountry(article, overlapping);
  const accepted = overlapping.map((m) => (m.placeReadings ? settlePlace(m, settledBy) : m));
  const country = settledBy ?? articleCountry(article, accepted);
  // A place named inside an organisation's name («شرطة ضواحي القدس») is read by the same country.
  for (const m of accepted) if (m.place?.placeReadings) m.place = settlePlace(m.place, country);
  const unresolved: UnresolvedMention[] = [];
  const kept: Mention[] = [];
  for (const mention of accepted) {
    const node = mention.known?.node;
    if (mention.type === 'ORGANIZATION' && node && node.origin === 'graph' && country && node.countryIds.length > 0
      && !node.countryIds.includes(country) && NATIONAL_KINDS.has(node.kind ?? '')) {
      unresolved.push({ ...spanOf(mention.quote), type: 'ORGANIZATION', reason: `«${mention.quote.quote}» is a name of ${node.id}, which is in ${node.countryIds.join(', ')}, but this article is about ${country}: not matched` });
      continue;
    }
    if (mention.type === 'ORGANIZATION' && /^(?:ال)?وكاله /u.test(mention.key) && inByline(article, mention)) {
      unresolved.push({ ...spanOf(mention.quote), type: 'ORGANIZATION', reason: `«${mention.quote.quote}» is the news agency of the report's byline, its source, not an actor: no organisation proposed` });
      continue;
    }
    if (mention.type === 'ORGANIZATION' && mention.generic) {
      unresolved.push({ ...spanOf(mention.quote), type: 'ORGANIZATION', reason: `«${mention.quote.quote}» names a kind of body, not one body: no organisation proposed` });
      continue;
    }
    kept.push(mention);
  }
  // «لبرنامج شركاء اليمن» where the article names «منظمة شركاء اليمن»: the «program» is the organisation.
  const orgCores = new Set(kept.filter((m) => m.type === 'ORGANIZATION').map((m) => m.key.split(' ').slice(1).join(' ')).filter(Boolean));
  for (let at = 0; at < kept.length; at += 1) {
    const mention = kept[at] as Mention;
    if (mention.type === 'PROGRAM' && orgCores.has(mention.key)) {
      kept[at] = { ...mention, type: 'ORGANIZATION', key: keyOf(mention.quote.quote), name: mention.quote.quote, rule: 'program head before an organisation’s name', orgKind: 'NGO' };
    }
  }
  const organizations = kept.filter((m) => m.type === 'ORGANIZATION');
  const persons = findPersons({ article, ids, organizations, places: kept.filter((m) => m.type === 'PLACE') });
  unmatchOtherPeople(kept, persons, index, unresolved);
  // A person is kept when no other mention claims the words of the name (its title may hold an organisation).
  const claimed = (person: Mention): boolean => kept.some((m) => m.first <= person.last && (person.nameFirst ?? person.first) <= m.last);
  for (const person of persons) {
    if (claimed(person)) continue;
    // «مراكش: عبدالصادق مشموم», «عدن/ محمد فؤاد»: a name alone on a short line after a place is the report's author.
    if (!person.title && inByline(article, person) && !ORGANISING_OR_SPEECH.test(lineOf(article, person))) {
      unresolved.push({ ...spanOf(person.quote), type: 'PERSON', reason: `«${person.quote.quote}» is the byline's author of the report, not a person it is about: no person proposed` });
      continue;
    }
    kept.push(person);
  }
  kept.sort((a, b) => a.fStart - b.fStart);
  return { mentions: kept, candidates, unresolved, country };
}

/** Kinds of body that fund programs across countries: a «دعم X» after a program's head names their support. */
const DONOR_KINDS = new Set(['INTERNATIONAL_ORGANIZATION', 'FOREIGN_GOVERNMENT', 'INTERNATIONAL_NGO']);

/**
 * «مشروع دعم الاتحاد الأوروبي للمؤسسات الديمقراطية …», «برنامج دعم المملكة المتحدة»: a program's head, «دعم» and a
 * donor name a program that donor funds, not a body; the donor's name running on over the program's words
 * («الاتحاد الأوروبي للمؤسسات …» read from its head noun) is no organisation. The donor stays the program's funder.
 */
function donorsSupportPrograms(article: ArticleText, candidates: readonly Mention[]): Mention[] {
  const donors = candidates.filter((m) => m.type === 'ORGANIZATION' && m.known && (m.known.node.origin === 'lexicon' || DONOR_KINDS.has(m.known.node.kind ?? ''))
    && /^دعم$/u.test(article.tokens[m.first - 1]?.folded ?? '') && readings(article.tokens[m.first - 2]?.folded ?? '').some((r) => PROGRAM_HEADS.has(r.word)));
  const runOn = new Set<Mention>();
  for (const donor of donors) {
    const program = candidates.find((m) => m.type === 'PROGRAM' && m.first < donor.first && m.last >= donor.last);
    if (!program) continue;
    program.funder = donor;
    for (const m of candidates) if (m.type === 'ORGANIZATION' && !m.known && m.first === donor.first) runOn.add(m);
  }
  return candidates.filter((m) => !runOn.has(m));
}

/**
 * A person of the graph is matched by a name of theirs only when the article does not name someone else: a family
 * name is shared by whole families and clans («السعدي» is «علاء السعدي» in one report, «العقيد سالم السعدي» in
 * another), and a wrong match attaches the article's facts to the wrong real person. So a known name inside a longer
 * name the article writes («سالم السعدي» around the alias «السعدي») is matched only when the given name agrees too;
 * and a family name written alone is matched only when one person of the graph answers to it and the article names
 * no one of that family with another given name. Otherwise the mention is left unmatched (a new person, joined to
 * the full name the article gives), with the reason.
 */
function unmatchOtherPeople(kept: Mention[], persons: readonly Mention[], index: KnownNameIndex, unresolved: UnresolvedMention[]): void {
  for (let at = kept.length - 1; at >= 0; at -= 1) {
    const mention = kept[at] as Mention;
    const node = mention.known?.node;
    if (mention.type !== 'PERSON' || !node) continue;
    const around = persons.find((p) => (p.nameFirst ?? p.first) <= mention.first && mention.last <= p.last && (p.key === mention.key || p.key.endsWith(` ${mention.key}`)));
    if (around) {
      kept.splice(at, 1);
      // The person's own mention carries the match, so the title written around the name stays theirs.
      if (givenNameAgrees(around.key, node)) {
        const known = mention.known as KnownMatch;
        around.known = around.key === mention.key ? known : { ...known, reason: `${known.reason}, and «${around.name}» has its given name` };
        continue;
      }
      unresolved.push({ ...spanOf(mention.quote), type: 'PERSON', reason: `«${mention.quote.quote}» is a name of ${node.id}, but the article writes «${around.name}», another given name: not matched` });
      continue;
    }
    if (!familyNameOnly(mention.key, node)) continue;
    const namesakes = index.lookup(mention.key).filter((hit) => hit.node.type === 'PERSON' && hit.node.id !== node.id).map((hit) => hit.node.id);
    const others = persons.filter((p) => p.key.endsWith(` ${mention.key}`) && !givenNameAgrees(p.key, node));
    if (namesakes.length === 0 && others.length === 0) continue;
    const { known: _known, ...unmatched } = mention;
    if (others.length > 0) {
      // «… العقيد سالم السعدي … وأكد السعدي»: the family name alone is the person the article named with it.
      kept[at] = { ...unmatched, rule: 'family name of a person the article names', confidence: 0.6 };
      unresolved.push({ ...spanOf(mention.quote), type: 'PERSON', reason: `«${mention.quote.quote}» is a name of ${node.id}, but the article names «${(others[0] as Mention).name}» of that family: not matched` });
    } else {
      kept.splice(at, 1);
      unresolved.push({ ...spanOf(mention.quote), type: 'PERSON', reason: `«${mention.quote.quote}» is the family name of ${[node.id, ...new Set(namesakes)].join(' and ')}: not matched` });
    }
  }
}

/** Words a given name begins with that need the next word («عبد الله», «أبو علي»). */
const COMPOUND_STARTS = new Set(['عبد', 'ابو', 'ام'].map((word) => keyOf(word)));

/** The given name a name key begins with: its first word, or its first two for a compound. */
function givenNameOf(key: string): string {
  const words = key.split(' ');
  return (COMPOUND_STARTS.has(words[0] ?? '') ? words.slice(0, 2) : words.slice(0, 1)).join(' ');
}

/** The full names (of two words or more) a person of the graph goes by, as keys. */
function fullNamesOf(node: KnownNode): string[] {
  return [node.nameAr, ...node.aliases].filter((name): name is string => Boolean(name)).map(keyOf).filter((key) => key.includes(' '));
}

/** Whether a name the article writes («علاء محمد السعدي») has the given name of a person of the graph. */
function givenNameAgrees(key: string, node: KnownNode): boolean {
  return fullNamesOf(node).some((name) => name === key || givenNameOf(name) === givenNameOf(key));
}

/** Whether a key is only the end of a person's full name, their family name («السعدي» of «علاء السعدي»). */
function familyNameOnly(key: string, node: KnownNode): boolean {
  const names = fullNamesOf(node);
  return !names.includes(key) && names.some((name) => name.endsWith(` ${key}`));
}

/**
 * A byline or a credit line: a short line with a dash or a colon («رام الله - وكالة خبر», «نابلس - معا -»), or one that
 * opens with «المصدر» («المصدر: وكالة قدس نت للأنباء - رام الله»).
 */
function inByline(article: ArticleText, mention: Mention): boolean {
  const line = lineOf(article, mention).trim();
  return /^المصدر/u.test(line) || (line.length < 60 && BYLINE_MARK.test(line));
}

/** The folded line of the article a mention is on. */
function lineOf(article: ArticleText, mention: Mention): string {
  const from = article.folded.lastIndexOf('\n', mention.fStart) + 1;
  const to = article.folded.indexOf('\n', mention.fEnd);
  return article.folded.slice(from, to === -1 ? article.folded.length : to);
}

/** A line that reports an act or a saying is a sentence of the report, not a byline. */
const ORGANISING_OR_SPEECH = /(?<![\p{L}])(?:قال|قالت|اكد|اكدت|اوضح|اوضحت|نظم|نظمت|عقد|عقدت|شارك|شاركت|حضر|حضرت)(?![\p{L}])/u;

/** A match found by a mention's name (`said`: how the article wrote it), and why. */
function knownAs(said: string, hit: KnownName): KnownMatch {
  return { node: hit.node, name: hit.name, reason: `${said} is the ${hit.node.origin === 'graph' ? 'name or alias' : `${hit.node.origin} name`} «${hit.name}» of ${hit.node.id}` };
}

/** Longest first; on equal length, graph names, then head nouns, then the rest. */
function resolveOverlaps(candidates: readonly Mention[]): Mention[] {
  const rank = (m: Mention): number => {
    if (m.known?.node.origin === 'graph') return 0;
    if (m.type === 'ORGANIZATION' && !m.generic) return 1;
    if (m.type === 'PROGRAM') return 2;
    if (m.known) return 3;
    if (m.type === 'PLACE') return 4;
    if (m.type === 'EVENT') return 5;
    return 6;
  };
  const ordered = [...candidates].sort((a, b) => (b.fEnd - b.fStart) - (a.fEnd - a.fStart) || rank(a) - rank(b) || a.fStart - b.fStart);
  const accepted: Mention[] = [];
  for (const candidate of ordered) {
    if (accepted.some((m) => candidate.fStart < m.fEnd && m.fStart < candidate.fEnd)) continue;
    accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.fStart - b.fStart);
}

/**
 * A place name that places of several countries share, read as the one in the article's country; in an article
 * nothing else places, as the most important of them (a city or a governorate before a neighbourhood), whose
 * country the article is then taken to be about.
 */
function settlePlace(mention: Mention, country: string | null): Mention {
  const readings = mention.placeReadings ?? [];
  const level = (hit: KnownName): number => PLACE_LEVEL[hit.node.kind as PlaceKind] ?? 0;
  const inCountry = country ? readings.filter((hit) => hit.node.countryIds.includes(country)) : [];
  const top = [...readings].sort((a, b) => level(b) - level(a))[0];
  const pool = inCountry.length > 0 ? inCountry : readings.filter((hit) => top && hit.node.countryIds.some((id) => top.node.countryIds.includes(id)));
  const { placeReadings: _readings, ...settled } = mention;
  const chosen = preferredPlace(pool);
  if (!chosen) return settled;
  const others = readings.filter((hit) => !hit.node.countryIds.some((id) => chosen.node.countryIds.includes(id))).map((hit) => hit.node.id);
  const why = inCountry.length > 0 ? `, in ${country}, the article's country` : ', the most important place of that name, the article naming no country';
  return withReading(settled, chosen, `${why} (not ${others.join(', ')})`);
}

/** How large a place is, for the reading of a shared name. */
const PLACE_LEVEL: Readonly<Record<PlaceKind, number>> = { VENUE: 0, NEIGHBOURHOOD: 1, CITY: 2, DISTRICT: 3, GOVERNORATE: 4, COUNTRY: 5 };

/**
 * The country most of the article's places, national actors and nationality words point to. A place name of
 * several countries does not vote: it is read by this country.
 */
function articleCountry(article: ArticleText, mentions: readonly Mention[]): string | null {
  const votes = new Map<string, number>();
  const vote = (country: string, weight: number): void => {
    votes.set(country, (votes.get(country) ?? 0) + weight);
  };
  for (const mention of mentions) {
    const node = mention.known?.node;
    if (!node || mention.placeReadings) continue;
    if (node.type === 'PLACE') for (const country of node.countryIds) vote(country, 2);
    if (node.type === 'ORGANIZATION' && NATIONAL_KINDS.has(node.kind ?? '')) for (const country of node.countryIds) vote(country, 1);
  }
  for (const [pattern, country] of NATIONALITY) {
    pattern.lastIndex = 0;
    vote(country, (article.folded.match(pattern) ?? []).length);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : null;
}

export const spanOf = (quote: Quote): { text: string; start: number; end: number } => ({ text: quote.quote, start: quote.start, end: quote.end });
