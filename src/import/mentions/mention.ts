/**
 * A mention: a span of the article that names an organisation, a person, an event, a program or a place, with
 * the rule that found it, and what it is matched to when the graph, the gazetteer or the actor lexicon knows it.
 */
import { type ActorKind, type EventKind, type PlaceKind } from '../../model/vocabulary';
import { type Quote } from '../article.text';
import { type KnownName, type KnownNode } from '../known-names';

export type MentionType = 'ORGANIZATION' | 'PERSON' | 'EVENT' | 'PROGRAM' | 'PLACE';

export interface KnownMatch {
  readonly node: KnownNode;
  /** The name or alias of the node the mention answers to. */
  readonly name: string;
  /** Why it is this node, in words. */
  readonly reason: string;
}

export interface Mention {
  readonly id: number;
  readonly type: MentionType;
  /** First and last token (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly fStart: number;
  readonly fEnd: number;
  readonly quote: Quote;
  /** The name as the article writes it (for a dual, the singular name it stands for). */
  readonly name: string;
  /** Search key of the name. */
  readonly key: string;
  readonly rule: string;
  readonly confidence: number;
  known?: KnownMatch;
  /** ORGANIZATION */
  readonly orgKind?: Exclude<ActorKind, 'PERSON'>;
  /** A name with no distinguishing word («المؤسسة الأمنية»): listed, never proposed. */
  readonly generic?: boolean;
  /** A short name or acronym written beside the name, in brackets or quotes («UNDP», «صدى»). */
  readonly acronym?: string;
  /** The organisation a unit belongs to, named inside its name («قسم العلاقات العامة لقوات الأمن الوطني»). */
  parent?: Mention;
  /** A place named inside an organisation's name («شرطة محافظة مأرب»). */
  place?: Mention;
  /** EVENT */
  readonly eventKind?: EventKind;
  /** «اللقاء», «هذا اللقاء», «الورشة»: refers back to an event already named. */
  readonly definite?: boolean;
  readonly plural?: boolean;
  /** PLACE */
  readonly placeKind?: PlaceKind;
  /**
   * PLACE: every place of another country the name may also be (Jerusalem and a Casablanca neighbourhood are both
   * «القدس»), the reading taken first among them; the article's country settles it (mentions/find-mentions).
   */
  readonly placeReadings?: readonly KnownName[];
  /** A place written after a place word («بمدينة الحبيلين»), and not known to the gazetteer. */
  readonly placeWord?: string;
  /** PERSON: the first token of the name itself (after the title and ranks). */
  readonly nameFirst?: number;
  readonly title?: Quote;
  /** PERSON: the last token of a title written after the name (with its organisation). */
  readonly titleLast?: number;
  readonly honorific?: string;
  /** The organisation the person's title names. */
  titleOrg?: Mention;
  /**
   * PERSON: posts written before the one nearest the name and joined to it by «و» («أمين عام وزارة … ورئيس لجنة …
   * الدكتور علي الخوالدة»), each with its body.
   */
  readonly earlierPosts?: ReadonlyArray<{ readonly title: Quote; readonly org: Mention }>;
  /** PROGRAM: the program has no name of its own («هذا المشروع»). */
  readonly unnamed?: boolean;
  /** PROGRAM: the donor its name says it is the support of («مشروع دعم الاتحاد الأوروبي للمؤسسات …»), who funds it. */
  funder?: Mention;
}

/** Builds mentions with increasing ids. */
export class MentionIds {
  private next = 1;

  take(): number {
    const id = this.next;
    this.next += 1;
    return id;
  }
}
