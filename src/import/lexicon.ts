/**
 * The words the importer reads Arabic news by: the heads that open an organisation's or a program's name, the
 * nouns that name events (and the kind each gives), titles and ranks, the verbs of organising and speaking,
 * the words that end a name, and common given names. Every entry is written as published and folded once here
 * (src/text/arabic-normalize.ts), so the rules compare folded words with folded words.
 *
 * These lists are the importer's knowledge of the genre, not of any article: a word belongs here when it is how
 * Yemeni, Moroccan, Jordanian or Palestinian outlets write about dialogues between security bodies, civil society
 * and donors in general.
 */
import { type ActorKind, type EventKind } from '../model/vocabulary';
import { foldArabicLetters } from '../text/arabic-normalize';

/** The importer's fold of a lexicon word: the same fold as the article's text. */
export const fold = (word: string): string => foldArabicLetters(word).toLowerCase();
const foldedSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold));

/**
 * Clitics written on the front of a word: the conjunctions و and ف, the prepositions ب, ل and ك, and their
 * combinations. «لل» is ل + the article ال, so «للإعلاميين» is «الإعلاميين» after it.
 */
const PROCLITICS = ['وبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'لل', 'وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'].map(fold);

export interface ProcliticReading {
  /** Folded characters of the clitic(s) dropped from the front. */
  readonly skip: number;
  /** The word without them (with ال restored after «لل»). */
  readonly word: string;
  /** The clitics as written: «و», «ب», «وب»… (without the ال they may carry). */
  readonly clitic: string;
}

/** Every way to read a folded word: as it is, then without each clitic that leaves a word of 2+ letters. */
export function readings(word: string): ProcliticReading[] {
  const found: ProcliticReading[] = [{ skip: 0, word, clitic: '' }];
  for (const clitic of PROCLITICS) {
    if (!word.startsWith(clitic)) continue;
    const rest = word.slice(clitic.length);
    if (clitic.endsWith('ال')) {
      if (rest.length >= 2) found.push({ skip: clitic.length - 2, word: `ال${rest}`, clitic: clitic.slice(0, -2) });
    } else if (clitic.endsWith('لل')) {
      if (rest.length >= 2) found.push({ skip: clitic.length - 1, word: `ال${rest}`, clitic: clitic.slice(0, -1) });
    } else if (rest.length >= 2) {
      found.push({ skip: clitic.length, word: rest, clitic });
    }
  }
  return found;
}

/** The reading of a word without a leading «و» (and, ف), if it has one. */
export function withoutConjunction(word: string): string | undefined {
  return (word.startsWith('و') || word.startsWith('ف')) && word.length > 3 ? word.slice(1) : undefined;
}

export interface OrgHead {
  /** A subordinate unit (department, office, branch, security zone): it names a parent when one follows. */
  readonly unit: boolean;
  /** What kind of actor a name with this head usually is, unless its other words say more. */
  readonly kind: Exclude<ActorKind, 'PERSON'>;
}

const head = (unit: boolean, kind: OrgHead['kind']): OrgHead => ({ unit, kind });

/** Nouns that open an organisation's name, definite or not. */
const ORG_HEAD_LIST: ReadonlyArray<readonly [string, OrgHead]> = [
  ['مؤسسة', head(false, 'NGO')], ['منظمة', head(false, 'NGO')], ['جمعية', head(false, 'NGO')], ['مركز', head(false, 'NGO')],
  ['ملتقى', head(false, 'NGO')], ['منتدى', head(false, 'NGO')], ['شبكة', head(false, 'NGO')], ['رابطة', head(false, 'NGO')],
  ['نقابة', head(false, 'NGO')], ['اتحاد', head(false, 'NGO')], ['تحالف', head(false, 'NGO')], ['هيئة', head(false, 'GOVERNMENT_BODY')],
  ['مجلس', head(false, 'GOVERNMENT_BODY')], ['لجنة', head(false, 'NGO')], ['نادي', head(false, 'NGO')], ['فريق', head(false, 'NGO')],
  ['مبادرة', head(false, 'NGO')], ['منصة', head(false, 'NGO')], ['مدرسة', head(false, 'OTHER')], ['ثانوية', head(false, 'OTHER')], ['جامعة', head(false, 'OTHER')], ['أكاديمية', head(false, 'OTHER')], ['معهد', head(false, 'OTHER')],
  ['كلية', head(false, 'OTHER')], ['وزارة', head(false, 'GOVERNMENT_BODY')], ['بلدية', head(false, 'GOVERNMENT_BODY')],
  ['ديوان', head(false, 'GOVERNMENT_BODY')], ['سفارة', head(false, 'FOREIGN_GOVERNMENT')], ['قنصلية', head(false, 'FOREIGN_GOVERNMENT')],
  ['بعثة', head(true, 'INTERNATIONAL_ORGANIZATION')], ['وكالة', head(false, 'OTHER')],
  ['مفوضية', head(false, 'INTERNATIONAL_ORGANIZATION')], ['حركة', head(false, 'POLITICAL_PARTY')], ['حزب', head(false, 'POLITICAL_PARTY')],
  ['شرطة', head(false, 'SECURITY_AGENCY')], ['قوات', head(false, 'SECURITY_AGENCY')], ['جهاز', head(false, 'SECURITY_AGENCY')],
  ['قيادة', head(true, 'SECURITY_AGENCY')], ['ولاية', head(true, 'SECURITY_AGENCY')], ['مديرية', head(true, 'GOVERNMENT_BODY')],
  ['المديرية', head(true, 'GOVERNMENT_BODY')], ['إدارة', head(true, 'GOVERNMENT_BODY')], ['قسم', head(true, 'GOVERNMENT_BODY')],
  ['شعبة', head(true, 'GOVERNMENT_BODY')], ['فرع', head(true, 'GOVERNMENT_BODY')], ['دائرة', head(true, 'GOVERNMENT_BODY')],
  ['وحدة', head(true, 'GOVERNMENT_BODY')], ['مكتب', head(true, 'GOVERNMENT_BODY')], ['منطقة', head(true, 'SECURITY_AGENCY')],
  ['المنطقة', head(true, 'SECURITY_AGENCY')],
  ['الاتحاد', head(false, 'INTERNATIONAL_ORGANIZATION')], ['السفارة', head(false, 'FOREIGN_GOVERNMENT')], ['الشرطة', head(false, 'SECURITY_AGENCY')],
  ['المؤسسة', head(false, 'NGO')], ['المنظمة', head(false, 'NGO')], ['الجمعية', head(false, 'NGO')], ['المركز', head(false, 'NGO')],
  ['الملتقى', head(false, 'NGO')], ['المنتدى', head(false, 'NGO')], ['الوكالة', head(false, 'OTHER')], ['الهيئة', head(false, 'GOVERNMENT_BODY')],
  ['البعثة', head(true, 'INTERNATIONAL_ORGANIZATION')], ['الإدارة', head(true, 'GOVERNMENT_BODY')], ['القيادة', head(true, 'SECURITY_AGENCY')],
  ['الوزارة', head(false, 'GOVERNMENT_BODY')], ['الحركة', head(false, 'POLITICAL_PARTY')], ['القوات', head(false, 'SECURITY_AGENCY')],
  ['اللجنة', head(false, 'NGO')], ['الشبكة', head(false, 'NGO')], ['المجلس', head(false, 'GOVERNMENT_BODY')], ['الجامعة', head(false, 'OTHER')],
  ['المفوضية', head(false, 'INTERNATIONAL_ORGANIZATION')], ['الصندوق', head(false, 'OTHER')], ['الأكاديمية', head(false, 'OTHER')],
  // «مرصد العالم العربي للديمقراطية والانتخابات»: an observatory.
  ['مرصد', head(false, 'NGO')], ['المرصد', head(false, 'NGO')],
  // «مرفق دعم السلام التابع للأمم المتحدة», «تنسيقية …», «غرفة التجارة …».
  ['مرفق', head(false, 'INTERNATIONAL_ORGANIZATION')], ['تنسيقية', head(false, 'NGO')],
  ['التنسيقية', head(false, 'NGO')], ['غرفة', head(false, 'OTHER')],
  // «تجمع لجان المرأة الوطني», «ائتلاف …»: a coalition's name, in the construct state (a definite «التجمع» alone is a gathering).
  ['تجمع', head(false, 'NGO')], ['ائتلاف', head(false, 'NGO')], ['الائتلاف', head(false, 'NGO')], ['التحالف', head(false, 'NGO')],
  // «مجموعة التفكير الاستراتيجي»: a group's name («مجموعة من …», «مجموعة كبيرة» name none).
  ['مجموعة', head(false, 'NGO')], ['المجموعة', head(false, 'NGO')],
  // «المندوبية الإقليمية للتعاون الوطني», «المندوبية السامية للتخطيط»: a ministry's delegation (Morocco).
  ['مندوبية', head(true, 'GOVERNMENT_BODY')], ['المندوبية', head(true, 'GOVERNMENT_BODY')],
  // «فيدرالية جمعيات أمهات وآباء وأولياء التلاميذ بالمغرب»: a federation of associations (Morocco).
  ['فيدرالية', head(false, 'NGO')], ['كونفدرالية', head(false, 'NGO')],
  // «بدعم من حكومة هولندا», «الممول من حكومة مملكة هولندا»: a donor government.
  ['حكومة', head(false, 'GOVERNMENT_BODY')], ['الحكومة', head(false, 'GOVERNMENT_BODY')],
  // «دشنت السلطة الفلسطينية …», «سلطة المياه»: an authority («السلطة المحلية» names none: a generic word follows).
  ['سلطة', head(false, 'GOVERNMENT_BODY')], ['السلطة', head(false, 'GOVERNMENT_BODY')],
  // «التعاون بين مديرية الأمن العام والشركة الفيدرالية الاسترالية»: a company.
  ['شركة', head(false, 'OTHER')], ['الشركة', head(false, 'OTHER')],
];
export const ORG_HEADS: ReadonlyMap<string, OrgHead> = new Map(ORG_HEAD_LIST.map(([word, spec]) => [fold(word), spec]));

/**
 * Dual heads: «منظمتي مساءلة وصدى» names two organisations, «منطقتي الأمن بسيدي البرنوصي والحي الحسني» two zones.
 * The singular each one takes.
 */
export const DUAL_HEADS: ReadonlyMap<string, string> = new Map([
  ['وزارات', 'وزارة'],
  ['منظمتي', 'منظمة'], ['منظمتا', 'منظمة'], ['مؤسستي', 'مؤسسة'], ['مؤسستا', 'مؤسسة'], ['جمعيتي', 'جمعية'], ['جمعيتا', 'جمعية'],
  ['وزارتي', 'وزارة'], ['وزارتا', 'وزارة'], ['منطقتي', 'منطقة'], ['منطقتا', 'منطقة'], ['مديريتي', 'مديرية'], ['مركزي', 'مركز'],
].map(([dual, single]) => [fold(dual as string), fold(single as string)]));

/** Plural heads: «منظمات المجتمع المدني», «الأجهزة الأمنية» name a class of actors, not one; never a node. */
export const PLURAL_ORG_HEADS = foldedSet([
  'منظمات', 'المنظمات', 'مؤسسات', 'المؤسسات', 'جمعيات', 'الجمعيات', 'الهيئات', 'هيئات', 'الجهات', 'جهات', 'الأجهزة', 'أجهزة',
  'اجهزة', 'المصالح', 'مصالح', 'الدوائر', 'دوائر', 'مراكز', 'المراكز', 'الوزارات', 'النقابات', 'الأحزاب', 'القوى',
  'السلطات', 'المجالس', 'مجالس', 'اللجان', 'لجان', 'الأندية', 'البعثات', 'الفعاليات', 'فعاليات', 'ممثلي', 'ممثلين', 'قيادات', 'القيادات',
  // «هيئة السلم المجتمعي والشخصيات الاجتماعية»: public figures are people, no part of a body's name.
  'الشخصيات', 'شخصيات', 'الوجهاء', 'وجهاء',
  // «بين ولاية أمن تطوان والتنسيقيات المحلية».
  'التنسيقيات', 'تنسيقيات',
]);

/**
 * Words that say nothing of which body is meant: a head followed only by these («المؤسسة الأمنية», «جهاز الشرطة»,
 * «السلطة المحلية») is a generic mention, listed as unresolved rather than proposed.
 */
export const GENERIC_ORG_WORDS = foldedSet([
  'الأمنية', 'الأمني', 'الشرطية', 'الشرطي', 'المحلية', 'المحلي', 'الرسمية', 'الحكومية', 'المعنية', 'المختصة', 'الأهلية', 'المشاركة',
  'المختلفة', 'الشرطة', 'الأمن', 'المانحة', 'الشريكة', 'كافة', 'الرسمي', 'الحكومي', 'المذكورة', 'المذكور', 'ذاتها', 'نفسها', 'هذه', 'هذا',
  'التابعة', 'التابع', 'ناشطة', 'ناشطه', 'متخصص', 'متخصصة', 'جديدة', 'جديد', 'المعني', 'الشريك', 'الداعمة', 'الداعم',
  // «ضابط شرطة رفيعي المستوى»: high-ranking, of people, not a body's name.
  'رفيع', 'رفيعة', 'رفيعي', 'رفيعو', 'كبار',
  // «مجموعة كبيرة», «مجموعة أخرى»: how large or which one, not a name.
  'كبيرة', 'صغيرة', 'واسعة', 'متنوعة', 'أخرى', 'آخر', 'الأخرى',
]);

/** Words of purpose that end an organisation's name: «قوات الأمن الوطني لزيادة الاستقرار …». */
export const PURPOSE_WORDS = foldedSet([
  'لزيادة', 'لتعزيز', 'لتحقيق', 'لمواجهة', 'للقيام', 'لتطوير', 'لبناء', 'لخدمة', 'لمناقشة', 'لبحث', 'للحد', 'لمكافحة', 'للتواصل', 'لتسهيل',
  'لنشر', 'لرفع', 'لإيقاف', 'لتوفير', 'لضمان', 'لحماية', 'للحفاظ', 'لترسيخ', 'لتكريس', 'لإنشاء', 'للتعريف', 'للاستفادة', 'لعرض',
  'لمحاربة', 'لمناهضة', 'لوضع', 'لعقد', 'لإقامة', 'لتنظيم', 'للإشراف', 'لمراجعة', 'لتقييم', 'لمتابعة', 'لدراسة', 'لإعداد', 'لتبادل', 'لاستعراض',
  // «فريق الدراجين لمراقبة الخارجين عن القانون», «المؤسسة الأمنية للرفع من قدراتهم».
  'لمراقبة', 'للرفع', 'للنهوض', 'للارتقاء',
]);

/** Nouns that name events, with the kind the words give. Longest phrase first when read. */
export interface EventNoun {
  readonly words: readonly string[];
  readonly kind: EventKind;
  /** A plural («الحملات التحسيسية»): an event only when the article says who organised it. */
  readonly plural?: boolean;
  /**
   * A word that folds like another: «دورة» (a course) and «دوره» (his role) are one folded word, so the bare noun
   * counts only before a name («دورة اصدقاء الشرطة»), never before «في» or a definite word («دوره في الحفاظ»).
   */
  readonly bare?: boolean;
  /** A word that only stands for an event before a name: «فعالية مؤتمر المانحين» is the conference, not a second event. */
  readonly before?: boolean;
  /**
   * An adjective that also stands for the event itself («خلال رعايته حوارية بعنوان …», «نظمت حوارية»): an event
   * only when no noun right before it takes it as its adjective («جلسات حوارية», «مبادرة حوارية»).
   */
  readonly nominal?: boolean;
}

const EVENT_NOUN_LIST: readonly EventNoun[] = [
  { words: ['حلقة', 'نقاش'], kind: 'DISCUSSION_SESSION' }, { words: ['حلقة', 'النقاش'], kind: 'DISCUSSION_SESSION' },
  { words: ['حلقة', 'نقاشية'], kind: 'DISCUSSION_SESSION' }, { words: ['الحلقة', 'النقاشية'], kind: 'DISCUSSION_SESSION' },
  { words: ['جلسة', 'نقاش'], kind: 'DISCUSSION_SESSION' }, { words: ['جلسة', 'حوارية'], kind: 'DISCUSSION_SESSION' },
  { words: ['الجلسة', 'الحوارية'], kind: 'DISCUSSION_SESSION' }, { words: ['جلسة', 'حوار'], kind: 'DISCUSSION_SESSION' },
  { words: ['جلسة', 'عمل', 'حوارية'], kind: 'DISCUSSION_SESSION' }, { words: ['ندوة', 'حوارية'], kind: 'DISCUSSION_SESSION' },
  { words: ['الندوة', 'الحوارية'], kind: 'DISCUSSION_SESSION' }, { words: ['ندوة'], kind: 'DISCUSSION_SESSION' },
  { words: ['الندوة'], kind: 'DISCUSSION_SESSION' }, { words: ['جلسة'], kind: 'DISCUSSION_SESSION' }, { words: ['الجلسة'], kind: 'DISCUSSION_SESSION' },
  { words: ['حوارية'], kind: 'DISCUSSION_SESSION', nominal: true }, { words: ['الحوارية'], kind: 'DISCUSSION_SESSION', nominal: true },
  { words: ['لقاء', 'تشاوري'], kind: 'CONSULTATIVE_MEETING' }, { words: ['اللقاء', 'التشاوري'], kind: 'CONSULTATIVE_MEETING' },
  { words: ['لقاء', 'تشاوريا'], kind: 'CONSULTATIVE_MEETING' }, { words: ['اجتماع', 'تشاوري'], kind: 'CONSULTATIVE_MEETING' },
  { words: ['اجتماعا', 'تشاوريا'], kind: 'CONSULTATIVE_MEETING' }, { words: ['الاجتماع', 'التشاوري'], kind: 'CONSULTATIVE_MEETING' },
  { words: ['لقاء', 'تواصلي'], kind: 'COMMUNICATION_MEETING' }, { words: ['لقاء', 'تواصليا'], kind: 'COMMUNICATION_MEETING' },
  { words: ['لقاءا', 'تواصليا'], kind: 'COMMUNICATION_MEETING' }, { words: ['اللقاء', 'التواصلي'], kind: 'COMMUNICATION_MEETING' },
  { words: ['لقاء', 'مفتوح'], kind: 'OPEN_MEETING' }, { words: ['لقاء', 'مفتوحا'], kind: 'OPEN_MEETING' }, { words: ['اللقاء', 'المفتوح'], kind: 'OPEN_MEETING' },
  { words: ['يوم', 'مفتوح'], kind: 'OPEN_MEETING' }, { words: ['يوما', 'مفتوحا'], kind: 'OPEN_MEETING' },
  { words: ['مؤتمر'], kind: 'CONFERENCE' }, { words: ['المؤتمر'], kind: 'CONFERENCE' }, { words: ['ملتقى'], kind: 'CONFERENCE' },
  { words: ['الملتقى'], kind: 'CONFERENCE' }, { words: ['منتدى'], kind: 'CONFERENCE' }, { words: ['المنتدى'], kind: 'CONFERENCE' }, { words: ['يوم', 'دراسي'], kind: 'CONFERENCE' },
  { words: ['يوما', 'دراسيا'], kind: 'CONFERENCE' }, { words: ['اليوم', 'الدراسي'], kind: 'CONFERENCE' },
  { words: ['ورشة', 'عمل'], kind: 'WORKSHOP' }, { words: ['ورشة'], kind: 'WORKSHOP' }, { words: ['الورشة'], kind: 'WORKSHOP' },
  { words: ['ورشة', 'تدريبية'], kind: 'TRAINING' }, { words: ['الورشة', 'التدريبية'], kind: 'TRAINING' },
  // «نظمت مؤسسة عدالة … ورشة عمل تدريبية»: a workshop said to train is a training, «عمل» between them or not.
  { words: ['ورشة', 'عمل', 'تدريبية'], kind: 'TRAINING' }, { words: ['ورشة', 'العمل', 'التدريبية'], kind: 'TRAINING' },
  { words: ['دورة', 'تدريبية'], kind: 'TRAINING' }, { words: ['الدورة', 'التدريبية'], kind: 'TRAINING' },
  { words: ['دورة'], kind: 'TRAINING', bare: true }, { words: ['برنامج', 'تدريبي'], kind: 'TRAINING' }, { words: ['البرنامج', 'التدريبي'], kind: 'TRAINING' },
  { words: ['دورتين'], kind: 'TRAINING' },
  // «احتفلت مديرية الأمن العام … بتخريج دورات المشاركة المجتمعية»: the graduation of courses.
  { words: ['تخريج', 'دورات'], kind: 'TRAINING' }, { words: ['تخريج', 'دورة'], kind: 'TRAINING' },
  { words: ['حلقات', 'نقاشية'], kind: 'DISCUSSION_SESSION', plural: true }, { words: ['حلقات', 'نقاش'], kind: 'DISCUSSION_SESSION', plural: true },
  { words: ['حلقات', 'النقاش'], kind: 'DISCUSSION_SESSION', plural: true },
  // «اختتمت جمعية الشباب للتنمية … ورش العمل التكميلية بين رجال الأمن والمجتمع».
  { words: ['ورش', 'العمل'], kind: 'WORKSHOP', plural: true }, { words: ['ورش', 'عمل'], kind: 'WORKSHOP', plural: true }, { words: ['جلسة', 'استماع'], kind: 'DISCUSSION_SESSION' },
  { words: ['حملة', 'توعوية'], kind: 'AWARENESS_CAMPAIGN' }, { words: ['حملة', 'تحسيسية'], kind: 'AWARENESS_CAMPAIGN' },
  { words: ['حملة', 'توعية'], kind: 'AWARENESS_CAMPAIGN' }, { words: ['الحملة', 'التوعوية'], kind: 'AWARENESS_CAMPAIGN' },
  { words: ['الحملات', 'التحسيسية'], kind: 'AWARENESS_CAMPAIGN', plural: true }, { words: ['الحملات', 'التوعوية'], kind: 'AWARENESS_CAMPAIGN', plural: true },
  { words: ['حملة', 'أمنية'], kind: 'OTHER' }, { words: ['حملة', 'الأمنية'], kind: 'OTHER' }, { words: ['الحملة', 'الأمنية'], kind: 'OTHER' },
  // «انطلقت حملة النظافة الوطنية، التي نظمتها مديرية الأمن العام»: a campaign of another kind.
  { words: ['حملة'], kind: 'OTHER', before: true }, { words: ['الحملة'], kind: 'OTHER', before: true },
  { words: ['مسح', 'ميداني'], kind: 'OTHER' }, { words: ['المسح', 'الميداني'], kind: 'OTHER' },
  // «نظمت شعبة الأنشطة الحزبية … زيارة ميدانية إلى مركز السلم المجتمعي».
  { words: ['زيارة', 'ميدانية'], kind: 'OTHER' }, { words: ['الزيارة', 'الميدانية'], kind: 'OTHER' },
  { words: ['لقاء'], kind: 'OTHER' }, { words: ['لقاءا'], kind: 'OTHER' }, { words: ['اللقاء'], kind: 'OTHER' },
  { words: ['اجتماع'], kind: 'OTHER' }, { words: ['اجتماعا'], kind: 'OTHER' }, { words: ['الاجتماع'], kind: 'OTHER' },
  { words: ['الأبواب', 'المفتوحة'], kind: 'OPEN_MEETING' }, { words: ['أيام', 'الأبواب', 'المفتوحة'], kind: 'OPEN_MEETING' },
  { words: ['محاضرة', 'توعوية'], kind: 'AWARENESS_CAMPAIGN' }, { words: ['المحاضرة', 'التوعوية'], kind: 'AWARENESS_CAMPAIGN' },
  { words: ['محاضرات', 'توعوية'], kind: 'AWARENESS_CAMPAIGN', plural: true }, { words: ['المحاضرات', 'التوعوية'], kind: 'AWARENESS_CAMPAIGN', plural: true },
  // «نظمت مديرية ثقافة الزرقاء … فعالية تخريج دورة الشرطي الصغير»: an event («فعاليات» of civil society are people).
  { words: ['فعالية'], kind: 'OTHER', before: true }, { words: ['الفعالية'], kind: 'OTHER', before: true },
  // A ceremony or celebration where police and associations meet («شاركت الشرطة المجتمعية بالاحتفال الذي أقامته جمعية …»).
  { words: ['احتفال'], kind: 'OTHER' }, { words: ['الاحتفال'], kind: 'OTHER' }, { words: ['حفل'], kind: 'OTHER' }, { words: ['الحفل'], kind: 'OTHER' },
];
export const EVENT_NOUNS: readonly EventNoun[] = EVENT_NOUN_LIST.map((entry) => ({ ...entry, words: entry.words.map(fold) }))
  .sort((a, b) => b.words.length - a.words.length);

/** Adjectives after a plain «لقاء»/«اجتماع» that give it a kind («لقاء موسع» stays OTHER). */
export const MEETING_ADJECTIVES: ReadonlyMap<string, EventKind> = new Map([
  ['تشاوري', 'CONSULTATIVE_MEETING'], ['تشاوريا', 'CONSULTATIVE_MEETING'], ['التشاوري', 'CONSULTATIVE_MEETING'],
  ['تواصلي', 'COMMUNICATION_MEETING'], ['تواصليا', 'COMMUNICATION_MEETING'], ['التواصلي', 'COMMUNICATION_MEETING'],
  ['مفتوح', 'OPEN_MEETING'], ['مفتوحا', 'OPEN_MEETING'], ['المفتوح', 'OPEN_MEETING'],
  ['حواري', 'DISCUSSION_SESSION'], ['حواريا', 'DISCUSSION_SESSION'], ['الحواري', 'DISCUSSION_SESSION'],
  ['تحسيسي', 'AWARENESS_CAMPAIGN'], ['تحسيسيا', 'AWARENESS_CAMPAIGN'], ['التحسيسي', 'AWARENESS_CAMPAIGN'],
  ['توعوي', 'AWARENESS_CAMPAIGN'], ['توعويا', 'AWARENESS_CAMPAIGN'], ['التوعوي', 'AWARENESS_CAMPAIGN'],
].map(([word, kind]) => [fold(word as string), kind as EventKind]));

/** Nouns that name a program or project. */
export const PROGRAM_HEADS = foldedSet([
  'مشروع', 'المشروع', 'برنامج', 'البرنامج', 'مبادرة', 'المبادرة', 'استراتيجية', 'الاستراتيجية', 'الإستراتيجية', 'إستراتيجية', 'خطة',
]);
/** «مذكرة التفاهم»: an agreement the article treats as the frame of its activities, read as a program. */
export const AGREEMENT_HEADS: ReadonlyArray<readonly string[]> = [['مذكرة', 'التفاهم'], ['مذكرة', 'تفاهم'], ['اتفاقية', 'التعاون'], ['اتفاقية', 'تعاون'],
  ['مذكرة', 'تعاون'], ['مذكرة', 'التعاون'], ['اتفاقية', 'شراكة'], ['اتفاقية', 'الشراكة']]
  .map((words) => words.map(fold));

/** Words after a program head that make it no program («برنامج الأمم المتحدة الإنمائي» is an organisation). */
export const NOT_PROGRAM_AFTER = foldedSet(['الأمم', 'الامم', 'تدريبي', 'التدريبي', 'عمل', 'الزيارة', 'الحفل', 'اللقاء']);

/** Titles of posts, as they open a person's description («مدير عام …», «ممثلة …», «السفير …»). */
export const TITLE_WORDS = foldedSet([
  'مدير', 'مديرة', 'المدير', 'المديرة', 'رئيس', 'رئيسة', 'الرئيس', 'نائب', 'نائبة', 'مساعد', 'مساعدة', 'أمين', 'أمينة', 'الأمين',
  'ممثل', 'ممثلة', 'الممثل', 'الممثلة', 'سفير', 'سفيرة', 'السفير', 'السفيرة', 'قائد', 'القائد', 'محافظ', 'وكيل', 'وكيلة', 'منسق',
  'منسقة', 'المنسق', 'والي', 'الوالي', 'مستشار', 'مستشارة', 'وزير', 'وزيرة', 'الوزير', 'مندوب', 'مندوبة', 'الناطق', 'ناطق', 'عضو', 'عضوة', 'مسؤول',
  'مسؤولة', 'مسئول', 'المسؤول', 'المسئول', 'المسؤولة', 'مأمور', 'عميد', 'عميدة', 'آمر', 'رئيسا', 'مديرا', 'مشرف', 'مشرفة', 'منسقي', 'خبير', 'خبيرة', 'المفوض', 'مفوض', 'قنصل', 'الملحق',
  // «بلال الملاح الباحث الميداني في مكتب الجنوب بالهيئة».
  'باحث', 'باحثة', 'الباحث', 'الباحثة',
]);

/** Ranks and honorifics written before a name; they are the person's honorific, not part of the name. */
export const HONORIFICS = foldedSet([
  'الاستاذ', 'الأستاذ', 'الأستاذة', 'الدكتور', 'الدكتورة', 'د', 'أ', 'م', 'السيد', 'السيدة', 'الشيخ', 'المهندس', 'المهندسة', 'الأخ',
  'الأخت', 'المحامي', 'المحامية', 'الحقوقي', 'الحقوقية', 'الناشط', 'الناشطة', 'القاضي', 'العميد', 'الركن', 'العقيد', 'المقدم',
  'الرائد', 'النقيب', 'الملازم', 'أول', 'اللواء', 'الفريق', 'المراقب', 'العام', 'الإعلامي', 'الإعلامية', 'الصحفي', 'الصحفية',
  'عميد', 'عقيد', 'مقدم', 'رائد', 'نقيب', 'ملازم', 'لواء', 'ركن', 'العريف', 'الرقيب', 'المساعد', 'معالي', 'سعادة', 'عطوفة', 'فضيلة',
  'البروفيسور', 'الحاج', 'ضابط', 'الضابط', 'دكتور', 'دكتورة', 'القائد',
  // «والاستاد عبد الحكيم العفيري»: «الأستاذ» as news often spells it.
  'الاستاد', 'الأستاد',
]);
/** Honorific words that can only be honorifics (unlike «العام» or «أول», which also close titles). */
export const RANKS = foldedSet([
  'الاستاذ', 'الأستاذ', 'الأستاذة', 'الدكتور', 'الدكتورة', 'السيد', 'السيدة', 'الشيخ', 'المهندس', 'المهندسة', 'الأخ', 'الأخت', 'المحامي',
  'المحامية', 'القاضي', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'النقيب', 'الملازم', 'اللواء', 'الفريق', 'عميد', 'عقيد', 'مقدم',
  'رائد', 'نقيب', 'ملازم', 'لواء', 'معالي', 'سعادة', 'عطوفة', 'البروفيسور', 'دكتور', 'دكتورة',
  // «مدير أمن الحوطة القائد عواد الشلن»: Yemen's security officers are written «القائد» before the name.
  'القائد', 'الاستاد', 'الأستاد',
]);

/** Verbs whose subject is an event's organiser; the kind of organising each says. */
export const ORGANISING_VERBS = foldedSet([
  'نظمت', 'نظم', 'تنظم', 'ينظم', 'نفذت', 'نفذ', 'تنفذ', 'ينفذ', 'أقامت', 'أقام', 'تقيم', 'يقيم', 'عقدت', 'عقد', 'تعقد', 'يعقد',
  'نظمتها', 'نظمها', 'نفذتها', 'نفذها', 'أقامتها', 'أقامها', 'عقدتها', 'عقدها', 'أطلقت', 'أطلق', 'تطلق', 'دشنت', 'دشن', 'افتتحت', 'افتتح',
  'احتضنت', 'احتضن', 'استضافت', 'استضاف', 'ترأس', 'ترأست', 'اختتمت', 'اختتم', 'بدأت', 'انطلقت', 'انعقد', 'انعقدت', 'عُقد', 'نظّمت',
  // «أقيم … المنتدى الحواري»: held, with no agent; «احتفلت مديرية الأمن العام … بتخريج دورات …»: the body that celebrates
  // a graduation held it.
  'أقيم', 'أقيمت', 'احتفلت', 'احتفل',
]);
/**
 * Past-tense verbs of news reports that no name runs across («المديرية العامة للأمن الوطني قام …», «مشروع انطلق
 * منذ …», «بعمالة سيدي البرنوصي خصص لتقييم …»); present-tense verbs are told by their prefix (scan.ts, isVerbLike).
 */
export const REPORT_VERBS = foldedSet([
  'قام', 'قامت', 'خصص', 'خصصت', 'انطلق', 'جاء', 'جاءت', 'تم', 'شهد', 'شهدت', 'ناقش', 'ناقشت', 'تناول', 'تناولت', 'أشرف', 'أشرفت',
  'استقبل', 'استقبلت', 'زار', 'زارت', 'أبدى', 'أبدت', 'تخلل', 'تخللت', 'تضمن', 'تضمنت', 'أسفر', 'أسفرت', 'خلص', 'خلصت', 'التقى',
  'التقت', 'اجتمع', 'اجتمعت', 'بحثت', 'حضر', 'حضرت', 'شارك', 'شاركت', 'ساهم', 'ساهمت', 'عمل', 'عملت', 'أصبح', 'أصبحت', 'كان', 'كانت',
  // «لقاء تشاوري في مقر حركة فتح/ إقليم نابلس ضم أعضاء …» («جمع» alone is also a noun: «جمع كبير»).
  'ضم', 'ضمت', 'جمعت',
]);
/** Words that name a day («اليوم», «أمس», «الخميس»): after «صباح» they make it the morning of that day. */
export const DAY_WORDS = foldedSet(['اليوم', 'يوم', 'يومه', 'أمس', 'الأمس', 'غد', 'غدا', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت']);
/** Organising verbs that take no organiser after them (the event is their subject): «انعقد … لقاء». */
export const INTRANSITIVE_HOLDING = foldedSet(['انعقد', 'انعقدت', 'بدأت', 'انطلقت', 'اختتمت', 'اختتم', 'دشنت', 'دشن', 'أقيم', 'أقيمت']);
/** Of those, the verbs an organiser may also be the subject of, right after them: «دشنت منظمة السلم … فعاليات البرنامج». */
export const LAUNCHING = foldedSet(['اختتمت', 'اختتم', 'دشنت', 'دشن']);
/** Verbs that say who speaks: a person or unit after them addressed the event. */
export const SPEECH_VERBS = foldedSet([
  'قال', 'قالت', 'أكد', 'أكدت', 'اكد', 'أوضح', 'أوضحت', 'أشار', 'أشارت', 'تحدث', 'تحدثت', 'ذكر', 'ذكرت', 'أضاف', 'أضافت',
  'شكر', 'شكرت', 'رحب', 'رحبت', 'بينت', 'دعا', 'دعت', 'طالب', 'طالبت', 'قدم', 'قدمت', 'ألقى', 'ألقت', 'استعرض', 'استعرضت',
  'أشاد', 'أشادت', 'ثمن', 'ثمنت', 'نوه', 'نوهت', 'شدد', 'شددت', 'لفت', 'لفتت', 'اعتبر', 'اعتبرت', 'افتتح', 'افتتحت', 'استهل',
  'أفاد', 'أفادت', 'أبرز', 'أبرزت', 'عبر', 'عبرت', 'أعرب', 'أعربت', 'حث', 'حثت', 'أوصى', 'أوصت', 'تطرق', 'تطرقت', 'أكدا', 'أشادا',
]);
/** Nouns that give the floor: «كلمة لمدير أمن عدن», «كلمات لـ…». */
export const SPEECH_NOUNS = foldedSet(['كلمة', 'كلمات', 'كلمته', 'كلمتها', 'مداخلة', 'مداخلات', 'محاضرة']);

/** Words that end any name: function words, time words, verbs of the genre. */
export const STOP_WORDS = foldedSet([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'حول', 'بين', 'خلال', 'ضمن', 'عبر', 'لدى', 'حتى', 'منذ', 'بعد', 'قبل', 'أمام', 'تحت',
  'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'أن', 'إن', 'ان', 'أنه', 'انه', 'أنها', 'انها', 'بأن', 'بأنه', 'بأنها', 'لأن', 'كما', 'قد', 'لقد', 'وقد', 'فقد', 'ما', 'لا', 'لم', 'لن',
  'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'هم', 'كل', 'بكل', 'جميع', 'كافة', 'بعض', 'عدد', 'عددا', 'مجموعة', 'أو', 'او', 'ثم', 'حيث', 'أما', 'أيضا',
  'اليوم', 'يوم', 'يومه', 'يومي', 'أمس', 'الأمس', 'غدا', 'صباح', 'صباحا', 'مساء', 'مساءا', 'ظهر', 'الساعة', 'الماضي', 'الماضية',
  'الجاري', 'الحالي', 'المقبل', 'القادم', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
  'وذلك', 'بهدف', 'لبحث', 'لمناقشة', 'تحت', 'شعار', 'بعنوان', 'عنوان', 'وتحت', 'ويهدف', 'وتهدف', 'يهدف', 'تهدف', 'الهادف', 'الهادفة', 'الرامي', 'الرامية', 'باتجاه',
  'بحضور', 'بمشاركة', 'بدعم', 'بتمويل', 'بالتعاون', 'بالشراكة', 'بالتنسيق', 'بتنظيم', 'بدعوة', 'برعاية', 'برئاسة', 'وبرئاسة', 'وبدعم', 'وبتمويل',
  'وبالتعاون', 'وبالشراكة', 'وبالتنسيق', 'وبحضور', 'وبمشاركة', 'المدعوم', 'المدعومة', 'الممول', 'الممولة', 'بالتشارك', 'بالتشاركية',
  'ممثلة', 'ممثلا', 'المتمثلة', 'ممثلين', 'ممثلي', 'لعرض', 'لتعزيز', 'وتعزيز', 'تعزيز', 'إطار', 'اطار', 'سياق', 'للتعريف', 'تمهيدا',
  'عقد', 'تنفيذ', 'لتنفيذ', 'المذكورة', 'المذكور', 'نفس', 'لنفس', 'التابعة', 'التابع', 'وكذا', 'وكذلك', 'إضافة', 'بالإضافة', 'فضلا',
  'وهو', 'وهي', 'ومن', 'وفي', 'وعلى', 'والذي', 'والتي', 'إلا', 'أي', 'كذلك', 'أيضا', 'ايضا', 'لمدة', 'مدى', 'طيلة',
  // «منظمة ايكان سوف تمول …», «منتدى التنمية السياسية بحسب ما أوردته …», «وزارة الداخلية متمثلة في …».
  'سوف', 'بحسب', 'حسب', 'ابتداء', 'وصولا', 'ممثلون', 'متمثلة', 'متمثلا', 'مرحبا', 'مرحبة',
  'لأن', 'لان', 'لأنه', 'فإن', 'فإنه', 'فإنها', 'صبيحة', 'عشية', 'لهذه', 'لهذا', 'لتلك', 'قدمها', 'قدمه', 'وإن', 'بأن', 'بان', 'إذ', 'كي', 'لكي', 'بينما', 'رغم', 'برغم', 'وفق', 'وفقا', 'نحو', 'لكافة',
]);

/**
 * Posts in the plural («ورؤساء قيادة اللجان», «ومدراء الدوائر»): after «و» they begin other people's description, in a
 * person's post and in a body's name alike («لجنة التنسيق الفصائلي ومدراء دوائر العلاقات العامة»).
 */
export const PLURAL_TITLES = foldedSet(['رؤساء', 'مدراء', 'مديري', 'أعضاء', 'ممثلي', 'ممثلو', 'ممثلون', 'نواب', 'قادة', 'منسقي']);

/** Cue words that open a relationship; a name never runs across one. */
export const CUE_OPENERS = foldedSet([
  'بدعم', 'بتمويل', 'بالتعاون', 'بالشراكة', 'بالتنسيق', 'بمشاركة', 'بحضور', 'بتنظيم', 'بدعوة', 'المدعوم', 'المدعومة', 'الممول',
  'الممولة', 'بشراكة', 'بالتشارك', 'بالتشاركية', 'بمنحة', 'برعاية', 'ضمن', 'إطار', 'اطار', 'بترتيب', 'بتنسيق', 'بتعاون',
]);

/** Nationality adjectives: the country an ambassador or embassy speaks for («السفير الياباني»). */
export const NATIONALITIES = foldedSet([
  'الياباني', 'اليابانية', 'البريطاني', 'البريطانية', 'الأمريكي', 'الأمريكية', 'الامريكي', 'الامريكية', 'الفرنسي', 'الفرنسية',
  'الألماني', 'الألمانية', 'الهولندي', 'الهولندية', 'السويدي', 'السويدية', 'النرويجي', 'النرويجية', 'الدنماركي', 'الدنماركية',
  'الكندي', 'الكندية', 'السويسري', 'السويسرية', 'الإسباني', 'الإسبانية', 'الإيطالي', 'الإيطالية', 'الأسترالي', 'الأسترالية',
  'الكوري', 'الكورية', 'الصيني', 'الصينية', 'التركي', 'التركية', 'القطري', 'القطرية', 'الإماراتي', 'الإماراتية', 'السعودي', 'السعودية',
  'الكويتي', 'الكويتية', 'الأوروبي', 'الأوروبية', 'البلجيكي', 'البلجيكية', 'الفنلندي', 'الفنلندية', 'الأيرلندي', 'الأيرلندية',
]);

/**
 * Common given names (and the openers of compound names: عبد…, أبو…), so that a name is told from the words
 * of an organisation's or a title's description that run into it («مدير عام مكتب حقوق الانسان عبدربه جديع»).
 */
export const GIVEN_NAMES = foldedSet([
  'محمد', 'أحمد', 'احمد', 'محمود', 'مصطفى', 'علي', 'عمر', 'عثمان', 'خالد', 'خليل', 'إبراهيم', 'ابراهيم', 'إسماعيل', 'يوسف', 'يونس',
  'حسن', 'حسين', 'حسام', 'حمزة', 'حمدي', 'حامد', 'حميد', 'سعيد', 'سعد', 'سعود', 'سالم', 'سليم', 'سليمان', 'سامي', 'سامر', 'سمير',
  'صالح', 'صادق', 'صلاح', 'طارق', 'طه', 'عادل', 'عاطف', 'عامر', 'عبدالله', 'عبدالرحمن', 'عبدالكريم', 'عبدالحكيم', 'عبدالرؤوف',
  'عبدالعزيز', 'عبدالسلام', 'عبدالقادر', 'عبدالغني', 'عبدالمجيد', 'عبدالناصر', 'عبدالحميد', 'عبدالوهاب', 'عبداللطيف', 'عبدربه',
  'عبده', 'عدنان', 'عز', 'عزالدين', 'عصام', 'علاء', 'عماد', 'عمار', 'عمرو', 'عوض', 'عيسى', 'غازي', 'غسان', 'فؤاد', 'فادي', 'فارس',
  'فاضل', 'فايز', 'فراس', 'فهد', 'فيصل', 'قاسم', 'قيس', 'كريم', 'كمال', 'لؤي', 'ماجد', 'ماهر', 'مالك', 'مأمون', 'مجاهد', 'مجدي',
  'مراد', 'مروان', 'مطهر', 'معاذ', 'معتصم', 'منصور', 'منير', 'مهند', 'موسى', 'مؤمن', 'ناصر', 'نبيل', 'نادر', 'نائل', 'نايف', 'نزار',
  'نصر', 'نضال', 'نعمان', 'نواف', 'هاشم', 'هاني', 'هشام', 'هيثم', 'هايل', 'وائل', 'وليد', 'وهيب', 'ياسر', 'ياسين', 'يحيى', 'يعقوب',
  'يزن', 'أيمن', 'أسامة', 'اسامة', 'أشرف', 'أكرم', 'أمجد', 'أنس', 'أنور', 'أيوب', 'إياد', 'بسام', 'بشير', 'بكر', 'بلال', 'توفيق',
  'ثامر', 'جمال', 'جميل', 'جهاد', 'جواد', 'حازم', 'حافظ', 'حاتم', 'حكيم', 'حمد', 'خضر', 'رائد', 'راشد', 'رامي', 'رياض', 'رضوان',
  'زكريا', 'زياد', 'زيد', 'شادي', 'شريف', 'شوقي', 'صابر', 'صبري', 'ضياء', 'طلال', 'ظافر', 'عارف', 'عبيد', 'عرفات', 'عزيز', 'عقيل',
  'عوني', 'غالب', 'فتحي', 'فريد', 'فواز', 'كامل', 'لطفي', 'مازن', 'مبارك', 'مختار', 'مدحت', 'مشعل', 'مصعب', 'معين', 'مناف', 'منذر', 'معتز',
  'مهدي', 'ناجي', 'نبهان', 'نجيب', 'نزيه', 'نور', 'هادي', 'هلال', 'همام', 'وجدي', 'وسام', 'وضاح', 'ياسر', 'يسري', 'رشيد', 'مولاي',
  'الحسن', 'الحسين', 'المصطفى', 'العربي', 'الطيب', 'الهادي', 'المهدي', 'إدريس', 'ادريس', 'عزيز', 'حميد', 'هشام', 'نور الدين', 'نورالدين',
  'فاطمة', 'عائشة', 'خديجة', 'مريم', 'زينب', 'سارة', 'سارا', 'نور', 'هدى', 'منى', 'سناء', 'سماح', 'سميرة', 'سهام', 'رنا', 'ريم', 'رشا',
  'ليلى', 'لينا', 'هالة', 'هند', 'هيفاء', 'نادية', 'نجلاء', 'نسرين', 'نهى', 'أمل', 'أسماء', 'إيمان', 'آمنة', 'بشرى', 'جميلة', 'حنان',
  'خلود', 'دعاء', 'رانيا', 'رحاب', 'رغد', 'سلمى', 'سلوى', 'شيماء', 'صفاء', 'عبير', 'عفاف', 'غادة', 'فدوى', 'لبنى', 'ماجدة', 'مها',
  'ميساء', 'نوال', 'وفاء', 'ياسمين', 'زهرة', 'خولة', 'سمر', 'دينا', 'هبة', 'تغريد', 'إسراء', 'آلاء', 'أروى', 'بلقيس', 'ابتسام', 'انتصار',
]);
/** Words that open a compound name or a kunya: «عبد ربه», «أبو شتال», «بن علي». */
export const NAME_LINKS = foldedSet(['عبد', 'أبو', 'ابو', 'أبا', 'بن', 'ابن', 'بنت', 'آل', 'ال']);
