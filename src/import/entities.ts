/**
 * From mentions to entities: the mentions of one organisation, person, program or place are gathered into one
 * entity (same search key; a shorter name that begins a longer one of the same head, «منظمة مساءلة» and
 * «منظمة مساءلة لحقوق الانسان»; an acronym and the name it stands for; a surname and the full name), named by
 * its fullest well-formed name (preferredName). Units carry their parent, places their chain up to the country.
 */
import { type KnownMatch, type Mention, type MentionType } from './mentions/mention';
import { keyOf, orgHeadOf } from './scan';

export interface EntityDraft {
  readonly ref: string;
  readonly type: MentionType;
  readonly mentions: Mention[];
  known?: KnownMatch;
}

const PREFIX: Readonly<Record<MentionType, string>> = { ORGANIZATION: 'org', PERSON: 'person', EVENT: 'event', PROGRAM: 'program', PLACE: 'place' };

export class EntityTable {
  private readonly drafts: EntityDraft[] = [];
  private readonly byMention = new Map<number, EntityDraft>();
  private readonly counters = new Map<MentionType, number>();

  /** The entity a mention belongs to, creating it when no entity of its type answers to it. */
  add(mention: Mention): EntityDraft {
    const existing = this.byMention.get(mention.id);
    if (existing) return existing;
    const draft = this.drafts.find((d) => d.type === mention.type && sameEntity(d, mention)) ?? this.create(mention);
    if (!draft.mentions.includes(mention)) draft.mentions.push(mention);
    if (!draft.known && mention.known) draft.known = mention.known;
    this.byMention.set(mention.id, draft);
    return draft;
  }

  of(mention: Mention): EntityDraft | undefined {
    return this.byMention.get(mention.id);
  }

  all(): readonly EntityDraft[] {
    return this.drafts;
  }

  private create(mention: Mention): EntityDraft {
    const n = (this.counters.get(mention.type) ?? 0) + 1;
    this.counters.set(mention.type, n);
    const draft: EntityDraft = { ref: `${PREFIX[mention.type]}-${n}`, type: mention.type, mentions: [] };
    this.drafts.push(draft);
    return draft;
  }
}

const headOf = (key: string): string => key.split(' ')[0] ?? '';
/** Heads written before a body's own name («مؤسسة الشرطة», «جهاز الشرطة»), folded. */
const CONTAINER_HEADS = new Set(['مؤسسة', 'جهاز'].map((word) => keyOf(word)));
/** «شعبة الشرطة المجتمعية» is a branch of «الشرطة المجتمعية», not another name of it. */
const isUnitKey = (key: string): boolean => orgHeadOf(headOf(key))?.head.unit === true;
const withoutHead = (key: string): string => key.split(' ').slice(1).join(' ');
const acronymKey = (mention: Mention): string | undefined => (mention.acronym ? keyOf(mention.acronym) : undefined);

function sameEntity(draft: EntityDraft, mention: Mention): boolean {
  if (mention.known && draft.known) return mention.known.node.id === draft.known.node.id;
  // A mention that is another name of the node an entity is matched to («منظمة صدى» for org:sada, whose alias is «صدى»).
  const known = draft.known;
  if (known) {
    const names = [known.node.nameAr, known.node.nameEn, ...known.node.aliases].filter((n): n is string => Boolean(n)).map(keyOf);
    if (names.includes(mention.key) || (mention.type === 'ORGANIZATION' && !isUnitKey(mention.key) && names.includes(withoutHead(mention.key)))) return true;
  }
  if (mention.known && !draft.known) {
    const names = [mention.known.node.nameAr, mention.known.node.nameEn, ...mention.known.node.aliases].filter((n): n is string => Boolean(n)).map(keyOf);
    if (draft.mentions.some((other) => names.includes(other.key) || (other.type === 'ORGANIZATION' && !isUnitKey(other.key) && names.includes(withoutHead(other.key))))) return true;
  }
  return draft.mentions.some((other) => sameName(other, mention));
}

/** Whether two mentions of one type name the same thing. */
export function sameName(a: Mention, b: Mention): boolean {
  if (a.key === b.key) return true;
  switch (a.type) {
    case 'ORGANIZATION': {
      const aAcr = acronymKey(a);
      const bAcr = acronymKey(b);
      if ((aAcr && (aAcr === b.key || aAcr === withoutHead(b.key))) || (bAcr && (bAcr === a.key || bAcr === withoutHead(a.key)))) return true;
      // «مركز اليمن لدراسات حقوق الإنسان» and «مركز اليمن للدراسات وحقوق الانسان»: the same words, clitics aside.
      const aBare = bareWords(a.key);
      const bBare = bareWords(b.key);
      if (aBare.length >= 4 && aBare.join(' ') === bBare.join(' ')) return true;
      // «منطقة الأمن بالحي الحسني» and «المنطقة الأمنية للحي الحسني»: one name, written two ways.
      const aCore = coreOf(a.key);
      if (aCore.split(' ').length >= 3 && aCore === coreOf(b.key)) return true;
      // «مؤسسة الشرطة الفلسطينية» and «جهاز الشرطة الفلسطينية» are «الشرطة الفلسطينية»: an institution's or an
      // apparatus's name is the body's own.
      const contained = (outer: string, inner: string): boolean =>
        CONTAINER_HEADS.has(headOf(outer)) && withoutHead(outer) === inner && inner.split(' ').length >= 2;
      if (contained(a.key, b.key) || contained(b.key, a.key)) return true;
      // «إدارة أمن الحوطة» and «مدير أمن الحوطة»'s «أمن الحوطة»: a place's security, with or without its unit head, and
      // with or without «محافظة» before the place («أمن محافظة عدن», «إدارة أمن عدن»).
      const ofPlace = (key: string): string => key.replace(/^امن محافظه /u, 'امن ');
      const security = (outer: string, inner: string): boolean => /^امن /u.test(inner) && isUnitKey(outer) && ofPlace(withoutHead(outer)) === ofPlace(inner);
      if (security(a.key, b.key) || security(b.key, a.key) || (/^امن /u.test(a.key) && ofPlace(a.key) === ofPlace(b.key))) return true;
      // «منظمة شركاء اليمن» and «برنامج شركاء اليمن»: the same name of two words or more under another head, when
      // the heads may name one body; «نادي السلم المجتمعي» and «مركز السلم المجتمعي» are two («نادي» a club, «مركز» a
      // centre), as are any two heads of different kinds of body.
      if (withoutHead(a.key).split(' ').length >= 2 && withoutHead(a.key) === withoutHead(b.key) && interchangeableHeads(headOf(a.key), headOf(b.key))) return true;
      if (headOf(a.key) !== headOf(b.key) || a.key.split(' ').length < 2 || b.key.split(' ').length < 2) return false;
      return a.key.startsWith(`${b.key} `) || b.key.startsWith(`${a.key} `);
    }
    case 'PERSON':
      return a.key.endsWith(` ${b.key}`) || b.key.endsWith(` ${a.key}`);
    case 'PROGRAM':
      return (a.key.length > 2 && b.key.startsWith(`${a.key} `)) || (b.key.length > 2 && a.key.startsWith(`${b.key} `));
    default:
      return false;
  }
}

/**
 * Heads that may stand for one body: the same head with or without «ال», a head that is no organisation's
 * («برنامج شركاء اليمن» for «منظمة شركاء اليمن»), two unit heads, or two words news uses for one NGO («مؤسسة»,
 * «منظمة»).
 */
function interchangeableHeads(a: string, b: string): boolean {
  const bare = (head: string): string => head.replace(/^ال/u, '');
  if (bare(a) === bare(b) || !orgHeadOf(a) || !orgHeadOf(b)) return true;
  // «فرع العلاقات العامة والإعلام» and «إدارة العلاقات العامة والاعلام»: units are named by their function, whatever
  // their head.
  if (isUnitKey(a) && isUnitKey(b)) return true;
  return NGO_HEADS.has(bare(a)) && NGO_HEADS.has(bare(b));
}

const NGO_HEADS = new Set(['مؤسسة', 'منظمة'].map((word) => keyOf(word)));

/** A name's words without «و», prepositions and the article: «للدراسات» and «لدراسات» are both «دراسات». */
function bareWords(key: string): string[] {
  return key.split(' ').map((w) => w.replace(/^و(?=\S{3})/u, '').replace(/^(?:بال|لل|ال|ب|ل)(?=\S{3})/u, '')).filter(Boolean);
}

/** A name's words without the article on its head, «الأمن»/«الأمنية», and prepositions on the others. */
function coreOf(key: string): string {
  return key.split(' ').filter((w) => !/^(?:ال)?امن(?:يه)?$/u.test(w))
    .map((w, i) => (i === 0 ? w.replace(/^ال/u, '') : w.replace(/^(?:بال|لل)(?=\S{2})/u, 'ال').replace(/^(?:ب|ل)(?=ال)/u, '')))
    .join(' ');
}

/**
 * The name an entity goes by: its fullest well-formed name. News introduces a body by its full name and then
 * shortens it («المركز الفلسطيني للديمقراطية وحل النزاعات», then «المركز الفلسطيني»), so the longest name that the
 * most used one begins, written before the most used one first appears, is the label; otherwise the most used name
 * (the longest on a tie). A longer name written only after the short one is more often a name that ran on over the
 * next words («… الدولية والاستاد») than the full one.
 */
export function preferredName(draft: EntityDraft): string {
  const counts = new Map<string, { name: string; key: string; n: number; first: number }>();
  for (const mention of draft.mentions) {
    const entry = counts.get(mention.key) ?? { name: mention.name, key: mention.key, n: 0, first: mention.fStart };
    entry.n += 1;
    entry.first = Math.min(entry.first, mention.fStart);
    counts.set(mention.key, entry);
  }
  const mostUsed = [...counts.values()].sort((a, b) => b.n - a.n || b.name.length - a.name.length)[0];
  if (!mostUsed) return '';
  const fuller = [...counts.values()].filter((entry) => entry.key.startsWith(`${mostUsed.key} `) && entry.first < mostUsed.first)
    .sort((a, b) => b.key.length - a.key.length)[0];
  return (fuller ?? mostUsed).name;
}

/** The other names of an entity: distinct spellings and acronyms. */
export function otherNames(draft: EntityDraft, preferred: string): string[] {
  const names = new Set<string>();
  for (const mention of draft.mentions) {
    if (mention.name !== preferred) names.add(mention.name);
    if (mention.acronym) names.add(mention.acronym);
  }
  return [...names].filter((name) => name.trim() !== '' && name !== preferred);
}
