/**
 * The graph's side of matching: the nodes whose search keys the article's phrases have, read from Neo4j in one
 * statement (cypher/import/known-names.cypher) and mapped once, here, into the importer's KnownNode.
 */
import { type QueryContext } from '../neo4j/executor';
import { type Neo4jExecutor } from '../neo4j/executor';
import { nodeTypeOfLabels } from '../model/vocabulary';
import { normalizeSearchKey } from '../text/arabic-normalize';
import { type ArticleText } from './article.text';
import { KnownNameIndex, type KnownNode, gazetteerNodes } from './known-names';
import { readings } from './lexicon';

interface KnownNameRow {
  readonly id: string;
  readonly labels: string[];
  readonly kind: string | null;
  readonly nameAr: string | null;
  readonly nameEn: string | null;
  readonly aliases: string[];
  readonly countryIds: string[];
  readonly parents: string[];
}

const CTX: QueryContext = { operation: 'import' };
/** The longest name the graph is searched for, in words. */
const MAX_WORDS = 8;

export class ImportRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /**
   * The graph's organisations, people, programs and places that some phrase of the article names. `ctx` is the
   * request's when a GraphQL operation asks (its statements are counted and limited with the request's).
   */
  async knownNodes(article: ArticleText, ctx: QueryContext = CTX): Promise<KnownNode[]> {
    const keys = candidateKeys(article);
    if (keys.length === 0) return [];
    const rows = await this.executor.read<KnownNameRow>('import/known-names', { keys }, ctx);
    return rows.flatMap((row) => {
      const type = nodeTypeOfLabels(row.labels);
      if (!type || type === 'EVENT' || type === 'SOURCE') return [];
      return [{
        id: row.id, type, ...(row.kind ? { kind: row.kind } : {}), ...(row.nameAr ? { nameAr: row.nameAr } : {}), ...(row.nameEn ? { nameEn: row.nameEn } : {}),
        aliases: row.aliases, countryIds: row.countryIds, ...(row.parents[0] ? { parentId: row.parents[0] } : {}), origin: 'graph' as const,
      }];
    });
  }
}

/**
 * The search keys of every phrase of up to eight words in the article, each first word read with and without its
 * clitics: what a stored name would have to be to be mentioned.
 */
export function candidateKeys(article: ArticleText): string[] {
  const keys = new Set<string>();
  const { tokens } = article;
  for (let i = 0; i < tokens.length; i += 1) {
    for (const reading of readings(tokens[i]?.folded ?? '')) {
      let phrase = reading.word;
      keys.add(normalizeSearchKey(phrase));
      for (let n = 1; n < MAX_WORDS && i + n < tokens.length && tokens[i + n]?.sentence === tokens[i]?.sentence; n += 1) {
        phrase += ` ${tokens[i + n]?.folded}`;
        keys.add(normalizeSearchKey(phrase));
      }
    }
  }
  // The places a named place lies in, though the article need not name them (Aden is in Yemen): the importer
  // proposes the gazetteer's chain, and a place of it the graph already has must be matched, never created again.
  for (const key of [...keys]) {
    for (const known of GAZETTEER_INDEX.lookup(key)) {
      for (const parent of GAZETTEER_INDEX.chainOf(known.node.id).slice(1)) {
        for (const name of [parent.nameAr, parent.nameEn, ...parent.aliases]) if (name) keys.add(normalizeSearchKey(name));
      }
    }
  }
  keys.delete('');
  return [...keys];
}

const GAZETTEER_INDEX = new KnownNameIndex(gazetteerNodes());
