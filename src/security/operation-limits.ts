import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  GraphQLError,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  validate,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { ErrorCode, JisrError } from '../errors';
import { MAX_FIELD_REPEATS, type OperationLimits } from './limits';
import { DEFAULT_LIST_SIZE, FIELD_WORK_COSTS, PAGE_SIZE_ARGUMENTS, pageSizeEstimator } from './operation-cost';

export type LimitMeasure = 'depth' | 'aliases' | 'tokens' | 'repeats' | 'cost';

const FIXES: Record<LimitMeasure, string> = {
  depth: 'Ask for fewer nested levels, and follow longer chains in further requests from the ids you get.',
  aliases: 'Send fewer aliased fields in one operation, or several requests.',
  tokens: 'Send a shorter document: fewer fields, aliases and arguments.',
  repeats: 'Select each field once in a selection set (fragments included); give different arguments different aliases.',
  cost: `Lower ${PAGE_SIZE_ARGUMENTS.slice(0, -1).join(', ')} or ${PAGE_SIZE_ARGUMENTS.at(-1)}, nest fewer lists (a list without a page-size argument counts as ${DEFAULT_LIST_SIZE} items), `
    + `or ask fewer of the fields with a cost of their own (${[...FIELD_WORK_COSTS].map(([field, cost]) => `${field.slice(field.indexOf('.') + 1)}: ${cost.toLocaleString('en')} each`).join(', ')}).`,
};

const DESCRIPTIONS: Record<LimitMeasure, (value: number | string, field?: string) => string> = {
  depth: (value) => `The operation nests ${value} levels deep`,
  aliases: (value) => `The operation has ${value} aliased fields`,
  tokens: (value) => `The document has ${value} tokens`,
  repeats: (value, field) => `The field "${field}" is selected ${value} times in one selection set`,
  cost: (value) => `The operation's estimated cost is ${value}`,
};

/**
 * QUERY_TOO_COMPLEX stating what was measured, the limit and the fix; `value` is a count or "more
 * than N"; `field` names the repeated field.
 */
export function queryTooComplex(measure: LimitMeasure, value: number | string, limit: number, field?: string): JisrError {
  return new JisrError(
    ErrorCode.QUERY_TOO_COMPLEX,
    `${DESCRIPTIONS[measure](value, field)}; the limit is ${limit}. ${FIXES[measure]}`,
    // 400 for clients that accept application/graphql-response+json; application/json gets 200 (see graphql-http.ts).
    { measure, value, limit, ...(field === undefined ? {} : { field }), http: { status: 400 } },
  );
}

/**
 * GraphQL Armor's rules report "Syntax Error: Query depth limit of 12 exceeded, found 28." The
 * rule is used for its counting; its rejection becomes Jisr's coded error with the same numbers.
 */
function armorRejection(measure: 'depth' | 'aliases', limit: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    context?.reportError(queryTooComplex(measure, found === undefined ? `more than ${limit}` : Number(found), limit));
  };
}

/**
 * An operation type the schema does not have (Jisr has no Subscription type): graphql-js 16 lets
 * `subscription { x }` through validation and fails while executing, as an unexpected error. This
 * rule refuses it while validating, with the usual GRAPHQL_VALIDATION_FAILED (graphql-js 17's
 * KnownOperationTypesRule).
 */
export function knownOperationTypesRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node: OperationDefinitionNode) {
      if (context.getSchema().getRootType(node.operation)) return;
      context.reportError(new GraphQLError(
        `Jisr does not support ${node.operation} operations: the schema has no ${node.operation} type. Send a query.`,
        { nodes: node },
      ));
    },
  };
}

/**
 * The most often selected response name, among fields with a selection of their own, in any one
 * selection set, counting the fields that inline fragments and fragment spreads put there (each
 * fragment counted once, memoised, so a fragment bomb costs no more than its text). graphql-js's
 * OverlappingFieldsCanBeMerged compares every pair of fields that share a response name, subtrees
 * included: 250 copies of `actors { totalCount }` keep it busy for over 100 ms within 1,000 tokens.
 * Unknown and cyclic fragments are skipped; validation reports them.
 */
export function mostRepeatedField(document: DocumentNode): { readonly name: string; readonly count: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentCounts = new Map<string, ReadonlyMap<string, number>>();
  const countsOf = (selectionSet: SelectionSetNode, inside: ReadonlySet<string>): Map<string, number> => {
    const counts = new Map<string, number>();
    const add = (from: ReadonlyMap<string, number>) => {
      for (const [name, count] of from) counts.set(name, (counts.get(name) ?? 0) + count);
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // Leaves compare in constant time (2,000 tokens of `id` validate in about 25 ms), and
        // fragment-heavy clients repeat `id` and `__typename` freely: only fields with a selection count.
        if (!selection.selectionSet) continue;
        const name = (selection.alias ?? selection.name).value;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(countsOf(selection.selectionSet, inside));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || inside.has(name)) continue;
        let known = fragmentCounts.get(name);
        if (!known) {
          known = countsOf(fragment.selectionSet, new Set([...inside, name]));
          fragmentCounts.set(name, known);
        }
        add(known);
      }
    }
    return counts;
  };
  let worst = { name: '', count: 0 };
  visit(document, {
    SelectionSet(node) {
      for (const [name, count] of countsOf(node, new Set())) {
        if (count > worst.count) worst = { name, count };
      }
    },
  });
  return worst;
}

function fieldRepeatsRule(limit: number): ValidationRule {
  return (context) => ({
    Document(node) {
      const { name, count } = mostRepeatedField(node);
      if (count > limit) context.reportError(queryTooComplex('repeats', count, limit, name));
    },
  });
}

/**
 * The rules that measure a document: field repeats (Jisr), depth and aliases (GraphQL Armor). Each
 * is linear in the document's size, so they can run before graphql-js's own validation.
 */
export function measureRules(limits: OperationLimits): ValidationRule[] {
  return [
    fieldRepeatsRule(MAX_FIELD_REPEATS),
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [armorRejection('depth', limits.maxDepth)],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [armorRejection('aliases', limits.maxAliases)],
    }),
  ];
}

/** Apollo's validation rules: the measures, and no operation type the schema lacks. */
export function operationLimitRules(limits: OperationLimits): ValidationRule[] {
  return [knownOperationTypesRule, ...measureRules(limits)];
}

/**
 * Measures a document at the door, before Apollo parses and validates it: the token limit while
 * parsing, then the linear measures. Apollo runs the same measures again among its validation rules,
 * but only after graphql-js's own rules, one of which is quadratic in repeated fields; this order
 * refuses a hostile document before that work starts. A document that does not parse for another
 * reason passes, for Apollo to report with GRAPHQL_PARSE_FAILED.
 */
export function measureDocument(schema: GraphQLSchema, query: string, limits: OperationLimits): JisrError[] {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens, noLocation: true });
  } catch (error) {
    const tooLong = tokenLimitError(error, limits);
    return tooLong ? [tooLong] : [];
  }
  return validate(schema, document, measureRules(limits)).filter((error): error is JisrError => error instanceof JisrError);
}

/**
 * How much document text the caches below hold, in characters: about the 4,000 largest documents the
 * body limit lets in, or hundreds of thousands of ordinary ones. Apollo's own document store (parse and
 * validation, the limit rules included) holds about 30 MiB.
 */
export const MEASURE_CACHE_CHARS = 8 * 1024 * 1024;

/**
 * measureDocument, remembered per document text. Clients send the same few documents again and again
 * with new variables; parsing and measuring each one again was a tenth of the server's own CPU per
 * request on cheap questions. The verdict depends on the text and the limits only, so a refusal is
 * remembered too (a client that repeats a refused document is refused without parsing it again).
 * Least recently used documents are forgotten first, so a client sending ever new documents costs what
 * it cost without the cache.
 */
export function documentMeasurer(schema: GraphQLSchema, limits: OperationLimits, maxChars = MEASURE_CACHE_CHARS): (query: string) => readonly JisrError[] {
  const verdicts = new LRUCache<string, readonly JisrError[]>({ maxSize: maxChars, sizeCalculation: (_verdict, query) => Math.max(1, query.length) });
  return (query) => {
    let verdict = verdicts.get(query);
    if (verdict === undefined) {
      verdict = measureDocument(schema, query, limits);
      verdicts.set(query, verdict);
    }
    return verdict;
  };
}

/** graphql-js stops parsing past `maxTokens`, before any validation rule (some are quadratic) runs. */
export function parseOptionsFor(limits: OperationLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

// graphql-js 16 words it "more that N tokens"; a later release may correct it.
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens\. Parsing aborted\.$/;

/** Counts a document's tokens to state the measured value; the body is bounded by MAX_BODY_BYTES. */
function countTokens(body: string): number | undefined {
  try {
    const lexer = new Lexer(new Source(body));
    let tokens = 0;
    while (lexer.advance().kind !== TokenKind.EOF) tokens++;
    return tokens;
  } catch {
    return undefined; // a lexical error further on: "more than the limit" is all that is known
  }
}

/**
 * graphql-js reports the token limit as a syntax error (GRAPHQL_PARSE_FAILED); the client is told
 * QUERY_TOO_COMPLEX with the count instead. Returns undefined for any other error.
 */
export function tokenLimitError(error: unknown, limits: OperationLimits): JisrError | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const parseError = error.originalError instanceof GraphQLError ? error.originalError : error;
  if (!TOKEN_LIMIT_MESSAGE.test(parseError.message)) return undefined;
  const body = parseError.source?.body ?? error.source?.body;
  const tokens = body === undefined ? undefined : countTokens(body);
  return queryTooComplex('tokens', tokens ?? `more than ${limits.maxTokens}`, limits.maxTokens);
}

/**
 * Measures the cost of the operation about to run (graphql-query-complexity, with the page-size
 * estimator) once Apollo has parsed and validated it, and refuses it before any resolver starts.
 * It runs here rather than as a validation rule because page sizes may be variables: the cost is
 * computed for every request's own variables, and remembered per document, operation and variables
 * (the same three always cost the same), so a client asking the same question again is not walked again.
 */
export function operationCostPlugin(limits: OperationLimits, maxChars = MEASURE_CACHE_CHARS): ApolloServerPlugin<BaseContext> {
  const costs = new LRUCache<string, number>({ maxSize: maxChars, sizeCalculation: (_cost, key) => Math.max(1, key.length) });
  const costOf = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, key: string): number => {
    let cost = costs.get(key);
    if (cost === undefined) {
      cost = getComplexity({
        schema,
        query: document,
        operationName: operation.name?.value,
        variables,
        estimators: [pageSizeEstimator],
        // Fragments are expanded at every spread: this bounds the walk when they nest.
        maxQueryNodes: limits.maxTokens * 10,
      });
      costs.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, queryHash }) {
          // No operation: execution answers OPERATION_RESOLUTION_FAILURE without running a resolver.
          if (!operation) return;
          const variables = request.variables ?? {};
          let cost: number;
          try {
            cost = costOf(schema, document, operation, variables, `${queryHash}\n${operation.name?.value ?? ''}\n${JSON.stringify(variables)}`);
          } catch (error) {
            if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
              throw queryTooComplex('cost', `more than ${limits.maxCost} (fragments expand to over ${limits.maxTokens * 10} fields)`, limits.maxCost);
            }
            // Variables that do not coerce: execution refuses them next, before any resolver runs.
            return;
          }
          if (cost > limits.maxCost) throw queryTooComplex('cost', cost, limits.maxCost);
        },
      };
    },
  };
}
