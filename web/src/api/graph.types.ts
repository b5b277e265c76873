/** Shapes the explorer's operations share (web/operations/*.graphql). */

/** Anything named in both languages: actors, programs, places. */
export interface Named {
  readonly id: string;
  readonly name: string;
  readonly nameAr: string | null;
  readonly nameEn: string | null;
}

/** An event as the funder view and the timeline list it. */
export interface EventSummary {
  readonly id: string;
  readonly title: string;
  readonly titleAr: string | null;
  readonly titleEn: string | null;
  readonly kind: string;
  readonly date: string | null;
  readonly datePrecision: string;
}

/** Where an event was held, with its country. */
export interface EventPlace extends Omit<Named, 'id'> {
  readonly id?: string;
  readonly country: Named | Omit<Named, 'id'> | null;
}
