/** A quote that states a fact, with its place in the source (`ExplorerEvidence` in web/operations/graph.graphql). */
export interface EvidenceQuote {
  readonly id: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  /** The source's words around the quote (Evidence.context), so the quote is shown where it stands. */
  readonly context?: { readonly before: string; readonly after: string; readonly atStart: boolean; readonly atEnd: boolean } | null;
  readonly source: {
    readonly id: string;
    readonly title: string;
    readonly outlet: string | null;
    readonly publishedOn: string | null;
    readonly url: string | null;
    readonly language: string;
  };
}

/** What the side panel shows: the item's name and the quotes behind it. */
export interface EvidenceSubject {
  readonly kind: 'node' | 'edge' | 'flow';
  readonly title: string;
  readonly subtitle?: string;
  readonly evidence: readonly EvidenceQuote[];
}
