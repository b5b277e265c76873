/** A quote that states a fact, with its place in the source (`ExplorerEvidence` in web/operations/graph.graphql). */
export interface EvidenceQuote {
  readonly id: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly source: {
    readonly id: string;
    readonly title: string;
    readonly outlet: string | null;
    readonly publishedOn: string | null;
    readonly url: string | null;
    readonly language: string;
    /** The full text, when the API serves it (Source has no text field yet): the quote is then highlighted in it. */
    readonly text?: string | null;
  };
}

/** What the side panel shows: the item's name and the quotes behind it. */
export interface EvidenceSubject {
  readonly kind: 'node' | 'edge' | 'flow';
  readonly title: string;
  readonly subtitle?: string;
  readonly evidence: readonly EvidenceQuote[];
}
