import { createContext, useContext } from 'react';

/** The explorer's interface languages: Arabic is laid out right to left. */
export type Lang = 'ar' | 'en';

const en = {
  appTitle: 'Jisr explorer',
  appTagline: 'Who works with whom between security institutions, civil society and their funders',
  navGraph: 'Graph',
  navFunders: 'Funders',
  navTimeline: 'Timeline',
  navGraphiql: 'GraphiQL',
  switchLanguage: 'العربية',
  switchLanguageLabel: 'Switch the interface to Arabic',
  loading: 'Loading…',
  errorPrefix: 'Jisr answered with an error',
  searchPlaceholder: 'Search actors, events, programs, places (e.g. مساءلة, saferworld)',
  searchButton: 'Search',
  searchNoHits: 'Nothing found for this text.',
  searchHint: 'Search for a name, click a result to draw its neighbourhood, then click a node to expand it or an edge to read its evidence.',
  graphEmpty: 'Search for something to draw its network.',
  graphTruncated: 'The neighbourhood was cut at the node limit; the nearest nodes are shown.',
  expandedHint: 'Click a node to expand its neighbourhood; click a node or an edge to read its evidence.',
  fit: 'Fit to view',
  clear: 'Clear',
  legend: 'Legend',
  evidence: 'Evidence',
  evidenceNone: 'No quote is recorded for this item.',
  evidencePick: 'Click a node or an edge to see the quotes that state it.',
  source: 'Source',
  outlet: 'Outlet',
  published: 'Published',
  address: 'Address',
  addressUnknown: 'not known',
  outletUnknown: 'not stated',
  dateUnknown: 'undated',
  characters: 'characters',
  quoteInSource: 'Quote in its source',
  funderPick: 'Funder',
  funderPickPrompt: 'Pick a funder…',
  ofTotal: 'of',
  fundersLargest: 'funders, the largest first',
  fundersAll: 'funders',
  fundersMore: 'More funders',
  flowsFirst: 'The first flows by date are drawn; the exports carry them all.',
  flowsMore: 'More flows',
  flowsTitle: 'Funding flows',
  flowsDiagram: 'Funder → programs → events',
  direct: 'direct',
  viaPrograms: 'through',
  fundedDirectly: 'funded directly',
  flowIncludes: 'includes',
  flowsHint: 'Click an arrow or a box to read the quotes behind it.',
  noFlows: 'No funding flow is recorded for this funder.',
  reachTitle: 'Reach',
  reachPrograms: 'Programs',
  reachEvents: 'Events',
  reachOrganizations: 'Organisations',
  reachPlaces: 'Places',
  reachCountries: 'Countries',
  reachParticipants: 'Participants',
  reachParticipantsNote: 'events state a count',
  reachPeriod: 'Period',
  exports: 'Export',
  exportFlowsCsv: 'Flows (CSV)',
  exportFlowsJson: 'Flows (JSON)',
  exportGexf: 'Flows (GEXF)',
  exportGraphml: 'Flows (GraphML)',
  event: 'Event',
  date: 'Date',
  route: 'Route',
  participants: 'Participants',
  place: 'Place',
  timelineTitle: 'Events by month',
  country: 'Country',
  allCountries: 'All countries',
  eventsCount: 'events',
  eventOne: 'event',
  undated: 'Undated',
  undatedExcluded: 'undated events left out by the date range',
  openInGraph: 'Open in the graph',
  nodeTypes: {
    ORGANIZATION: 'Organisation',
    PERSON: 'Person',
    EVENT: 'Event',
    PROGRAM: 'Program',
    PLACE: 'Place',
    SOURCE: 'Source',
  },
  relations: {
    FUNDED: 'funded',
    HELD_IN: 'held in',
    HOLDS_POSITION: 'holds position in',
    IMPLEMENTED: 'implemented',
    LOCATED_IN: 'located in',
    ORGANIZED: 'organised',
    PARTICIPATED_IN: 'took part in',
    PARTNERED_WITH: 'partnered in',
    PART_OF: 'part of',
    REPORTED_BY: 'reported by',
  },
  /** Roles on ORGANIZED and PARTICIPATED_IN, as the graph records them; another role is shown as written. */
  roles: {
    lead: 'lead',
    'co-organiser': 'co-organiser',
    host: 'host',
    speaker: 'speaker',
    chair: 'chair',
    attendee: 'attendee',
  } as Readonly<Record<string, string>>,
  actorKinds: {
    FOREIGN_GOVERNMENT: 'Foreign government',
    GOVERNMENT_BODY: 'Government body',
    INTERNATIONAL_NGO: 'International NGO',
    INTERNATIONAL_ORGANIZATION: 'International organisation',
    MEDIA: 'Media',
    NGO: 'NGO',
    OTHER: 'Other',
    PERSON: 'Person',
    POLITICAL_PARTY: 'Political party',
    SECURITY_AGENCY: 'Security agency',
  },
};

/** Every key of the English table, in Arabic; the type makes a missing translation a compile error. */
export type Messages = typeof en;

const ar: Messages = {
  appTitle: 'مستكشف جسر',
  appTagline: 'من يعمل مع من بين المؤسسات الأمنية والمجتمع المدني والجهات المانحة',
  navGraph: 'الشبكة',
  navFunders: 'المانحون',
  navTimeline: 'الخط الزمني',
  navGraphiql: 'GraphiQL',
  switchLanguage: 'English',
  switchLanguageLabel: 'عرض الواجهة بالإنجليزية',
  loading: 'جارٍ التحميل…',
  errorPrefix: 'أجاب جسر بخطأ',
  searchPlaceholder: 'ابحث عن جهة أو فعالية أو برنامج أو مكان (مثل مساءلة أو saferworld)',
  searchButton: 'بحث',
  searchNoHits: 'لم يُعثر على شيء بهذا النص.',
  searchHint: 'ابحث عن اسم، ثم انقر نتيجة لرسم محيطها، ثم انقر عقدة لتوسيعها أو صلة لقراءة دليلها.',
  graphEmpty: 'ابحث عن شيء لرسم شبكته.',
  graphTruncated: 'قُطع المحيط عند حد العقد؛ تظهر أقرب العقد.',
  expandedHint: 'انقر عقدة لتوسيع محيطها؛ وانقر عقدة أو صلة لقراءة دليلها.',
  fit: 'ملاءمة العرض',
  clear: 'مسح',
  legend: 'دليل الرموز',
  evidence: 'الدليل',
  evidenceNone: 'لا يوجد اقتباس مسجل لهذا العنصر.',
  evidencePick: 'انقر عقدة أو صلة لرؤية الاقتباسات التي تذكرها.',
  source: 'المصدر',
  outlet: 'الناشر',
  published: 'تاريخ النشر',
  address: 'الرابط',
  addressUnknown: 'غير معروف',
  outletUnknown: 'غير مذكور',
  dateUnknown: 'غير مؤرخ',
  characters: 'حرفًا',
  quoteInSource: 'الاقتباس في مصدره',
  funderPick: 'الجهة المانحة',
  funderPickPrompt: 'اختر جهة مانحة…',
  ofTotal: 'من',
  fundersLargest: 'جهة مانحة، الأكبر أولًا',
  fundersAll: 'جهة مانحة',
  fundersMore: 'المزيد من الجهات المانحة',
  flowsFirst: 'تُرسم أولى المسارات بحسب التاريخ؛ والتصديرات تحملها كلها.',
  flowsMore: 'المزيد من المسارات',
  flowsTitle: 'مسارات التمويل',
  flowsDiagram: 'المانح ← البرامج ← الفعاليات',
  direct: 'مباشر',
  viaPrograms: 'عبر',
  fundedDirectly: 'موّل مباشرة',
  flowIncludes: 'يشمل',
  flowsHint: 'انقر سهمًا أو مربعًا لقراءة الاقتباسات التي تثبته.',
  noFlows: 'لا توجد مسارات تمويل مسجلة لهذه الجهة.',
  reachTitle: 'الوصول',
  reachPrograms: 'البرامج',
  reachEvents: 'الفعاليات',
  reachOrganizations: 'المنظمات',
  reachPlaces: 'الأماكن',
  reachCountries: 'البلدان',
  reachParticipants: 'المشاركون',
  reachParticipantsNote: 'فعاليات تذكر عددًا',
  reachPeriod: 'الفترة',
  exports: 'تصدير',
  exportFlowsCsv: 'المسارات (CSV)',
  exportFlowsJson: 'المسارات (JSON)',
  exportGexf: 'المسارات (GEXF)',
  exportGraphml: 'المسارات (GraphML)',
  event: 'الفعالية',
  date: 'التاريخ',
  route: 'المسار',
  participants: 'المشاركون',
  place: 'المكان',
  timelineTitle: 'الفعاليات حسب الشهر',
  country: 'البلد',
  allCountries: 'كل البلدان',
  eventsCount: 'فعاليات',
  eventOne: 'فعالية',
  undated: 'غير مؤرخة',
  undatedExcluded: 'فعاليات غير مؤرخة استُبعدت بنطاق التاريخ',
  openInGraph: 'افتح في الشبكة',
  nodeTypes: {
    ORGANIZATION: 'منظمة',
    PERSON: 'شخص',
    EVENT: 'فعالية',
    PROGRAM: 'برنامج',
    PLACE: 'مكان',
    SOURCE: 'مصدر',
  },
  relations: {
    FUNDED: 'موّل',
    HELD_IN: 'عُقد في',
    HOLDS_POSITION: 'يشغل منصبًا في',
    IMPLEMENTED: 'نفّذ',
    LOCATED_IN: 'يقع في',
    ORGANIZED: 'نظّم',
    PARTICIPATED_IN: 'شارك في',
    PARTNERED_WITH: 'شريك في',
    PART_OF: 'جزء من',
    REPORTED_BY: 'نشره',
  },
  roles: {
    lead: 'جهة رئيسية',
    'co-organiser': 'منظم مشارك',
    host: 'مضيف',
    speaker: 'متحدث',
    chair: 'رئيس الجلسة',
    attendee: 'حاضر',
  },
  actorKinds: {
    FOREIGN_GOVERNMENT: 'حكومة أجنبية',
    GOVERNMENT_BODY: 'جهة حكومية',
    INTERNATIONAL_NGO: 'منظمة غير حكومية دولية',
    INTERNATIONAL_ORGANIZATION: 'منظمة دولية',
    MEDIA: 'إعلام',
    NGO: 'منظمة غير حكومية',
    OTHER: 'أخرى',
    PERSON: 'شخص',
    POLITICAL_PARTY: 'حزب سياسي',
    SECURITY_AGENCY: 'جهة أمنية',
  },
};

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, ar };

export const directionOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

const STORAGE_KEY = 'jisr.lang';

/** `?lang=` first (a link can choose), then the last choice, then the browser's language. */
export function initialLang(): Lang {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'ar' || asked === 'en') return asked;
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'ar' || stored === 'en') return stored;
  } catch {
    // Storage can be refused (private windows, policies): the browser's language decides then.
  }
  return navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** Sets lang and dir on <html>, so that the whole page, canvases included, lays out in the language's direction. */
export function applyLang(lang: Lang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, still applied.
  }
}

export interface LangContextValue {
  readonly lang: Lang;
  readonly t: Messages;
  setLang(lang: Lang): void;
}

export const LangContext = createContext<LangContextValue>({ lang: 'en', t: en, setLang: () => undefined });

export const useLang = (): LangContextValue => useContext(LangContext);

/** A node's name in the interface language, falling back to the name the graph gives it. */
export function nameIn(lang: Lang, item: { readonly nameAr?: string | null; readonly nameEn?: string | null }, fallback: string): string {
  return (lang === 'ar' ? item.nameAr : item.nameEn) ?? fallback;
}

/** An event's title in the interface language. */
export function titleIn(lang: Lang, event: { readonly title: string; readonly titleAr?: string | null; readonly titleEn?: string | null }): string {
  return (lang === 'ar' ? event.titleAr : event.titleEn) ?? event.title;
}

/** A date as precise as it is known (YYYY, YYYY-MM, YYYY-MM-DD), written in the interface language. */
export function formatDate(lang: Lang, date: string | null | undefined, undated: string): string {
  if (!date) return undated;
  const [year, month, day] = date.split('-').map(Number);
  const locale = lang === 'ar' ? 'ar' : 'en-GB';
  if (year === undefined || Number.isNaN(year)) return date;
  if (month === undefined) return new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, 0, 1));
  if (day === undefined) return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}
