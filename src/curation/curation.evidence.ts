/**
 * Evidence an editor gives: a source and its exact words. The service finds the words in the source's
 * stored text (the seed's quote rules: seed.quotes.ts to locate, seed.rules.ts `checkQuotes` to check an
 * offset given), and asks for `start` only when the words occur more than once: guessing would tie the fact
 * to the wrong sentence. The Evidence id is the seed loader's, so a dump and reload gives the same ids.
 */
import { NODE_KINDS, nodeTypeOfId } from '../model/vocabulary';
import { evidenceIdOf } from '../seeds/seed.model';
import { excerpt, locateQuote } from '../seeds/seed.quotes';
import { type RecordProblem, checkQuotes } from '../seeds/seed.rules';
import { relationshipSchema } from '../seeds/seed.schema';
import { type LocatedQuote } from './curation.model';
import { type WorkingGraph } from './curation.graph';
import { parseEvidenceId } from './curation.ids';

export interface EvidenceItem {
  readonly sourceId: string;
  readonly quote: string;
  readonly start?: number | null;
}

/** A record problem that may offer the offsets to choose from. */
export type LocatedProblem = RecordProblem & { readonly candidates?: readonly number[] };

const FIX_OFFSETS = 'Give start as one of those offsets, or leave start out and the service finds the quote.';

/** How messages name a source: where an article path stands in the seed's messages. */
const sourceLabel = (sourceId: string): string => `source "${sourceId}"`;

/** The text of a source as the batch sees it, or a problem naming the field. */
function sourceText(graph: WorkingGraph, sourceId: string, field: string): { text: string } | { problem: LocatedProblem } {
  if (nodeTypeOfId(sourceId) !== 'SOURCE') {
    return { problem: { field, message: `expected a source id like "${NODE_KINDS.SOURCE.example}", but got ${JSON.stringify(sourceId)}` } };
  }
  const source = graph.node(sourceId);
  if (!source) return { problem: { field, message: `unknown source "${sourceId}"; create it with createSource (earlier in the same batch will do) before quoting it` } };
  return { text: String(source.properties.text ?? '') };
}

/**
 * Finds every item's words in its source; each item becomes a located quote or problems under `field[i]`.
 * A source whose creation this batch refused (`refused`) is already blamed there: quoting it only makes the
 * result `blocked`, not another problem.
 */
export function locateEvidence(items: readonly EvidenceItem[], graph: WorkingGraph, refused: ReadonlySet<string> = new Set(), field = 'evidence'):
  { quotes: LocatedQuote[]; problems: LocatedProblem[]; blocked: boolean } {
  const quotes: LocatedQuote[] = [];
  const problems: LocatedProblem[] = [];
  let blocked = false;
  items.forEach((item, index) => {
    const at = `${field}[${index}]`;
    if (refused.has(item.sourceId)) {
      blocked = true;
      return;
    }
    const source = sourceText(graph, item.sourceId, `${at}.sourceId`);
    if ('problem' in source) {
      problems.push(source.problem);
      return;
    }
    if (item.quote.length === 0) {
      problems.push({ field: `${at}.quote`, message: 'empty; quote the words of the source that state the fact' });
      return;
    }
    const article = { text: source.text, articlePath: sourceLabel(item.sourceId) };
    const located = item.start === null || item.start === undefined
      ? locateQuote(source.text, item.quote)
      : { kind: 'given' as const, start: item.start, end: item.start + item.quote.length };
    switch (located.kind) {
      case 'given':
      case 'found': {
        // A start given is checked by the seed's own rule; one found is where the words are, and passes it.
        const found = checkQuotes([{ quote: item.quote, start: located.start, end: located.end }], article, FIX_OFFSETS);
        if (found.length > 0) {
          problems.push(...found.map((problem) => ({ ...problem, field: problem.field.replace(/^evidence\[0\]/, at) })));
          return;
        }
        quotes.push({ id: evidenceIdOf(item.sourceId, located.start, located.end), sourceId: item.sourceId, quote: item.quote, start: located.start, end: located.end });
        return;
      }
      case 'missing':
        // Where no offset can hold the words, the seed rule's message is the one for a quote not in its article.
        problems.push(...checkQuotes([{ quote: item.quote, start: 0, end: 0 }], article, FIX_OFFSETS).map((problem) => ({ ...problem, field: `${at}.quote` })));
        return;
      case 'ambiguous':
        problems.push({
          field: `${at}.start`,
          message: `quote "${excerpt(item.quote)}" occurs ${located.starts.length} times in ${sourceLabel(item.sourceId)}, at ${located.starts.map((start) => `${start}-${start + item.quote.length}`).join(', ')}; give start (${located.starts.join(', ')}) to say which, or quote more words`,
          candidates: located.starts,
        });
        return;
      default: {
        const unreachable: never = located;
        throw new Error(`Unhandled quote location ${JSON.stringify(unreachable)}`);
      }
    }
  });
  return { quotes, problems, blocked };
}

/** The seed schema's rule for a fact without quotes, in its words. */
export function evidenceListProblems(field = 'evidence'): LocatedProblem[] {
  const parsed = relationshipSchema.shape.evidence.safeParse([]);
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ field, message: `${issue.message}: quote the words of a source that state it` }));
}

/** The source ids an evidence list names (well-formed ones), to read their texts. */
export function sourcesOf(items: readonly EvidenceItem[] | null | undefined): string[] {
  return (items ?? []).map((item) => item.sourceId).filter((id) => nodeTypeOfId(id) === 'SOURCE');
}

/** The source an evidence id quotes, when the id is well-formed. */
export function sourceOfEvidence(id: string): string | undefined {
  return parseEvidenceId(id)?.sourceId;
}
