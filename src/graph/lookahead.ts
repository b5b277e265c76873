import {
  type FieldNode, type FragmentDefinitionNode, getNamedType, type GraphQLOutputType, type GraphQLResolveInfo, type GraphQLSchema, isAbstractType, isObjectType,
  Kind, type OperationDefinitionNode, type SelectionSetNode, TypeInfo, visit, visitWithTypeInfo,
} from 'graphql';
import { type FieldsByTypeName, parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { NODE_KINDS, type NodeType } from '../model/vocabulary';
import { distinctLinks, LOADED_FIELDS, type LinkSpec, linkFieldsOf, linkKey, PARENT_TYPES } from './link-fields';

/**
 * What a root field's selection set asks of the nodes it returns, one hop deep: the hops its link fields
 * follow, whether it reads their evidence, an event's funders, the node's country, and the country of the ends
 * of some hops (`place { country }`) and their parents (`organizers { parent }`). The request's loaders are
 * primed with the answer of one statement (graph/lookahead), so that the field resolvers, unchanged, find it all
 * without a statement of their own. Anything deeper, or a field this does not know, is left to the loaders.
 */
export interface Lookahead {
  /** Hops to fetch, one per key (`linkKey`): two fields along the same hop share one list. */
  readonly links: readonly LinkSpec[];
  readonly evidence: boolean;
  /** An event's funders, direct or through its programs (`Event.funders`). */
  readonly funders: boolean;
  /** The node's own country (`Organization.country`, `Place.country`). */
  readonly country: boolean;
  /** Hops whose ends' countries are asked for (`Event.place { country }`). */
  readonly countryOf: readonly LinkSpec[];
  /**
   * Hops whose ends' parents are asked for (`Event.organizers { ... on Organization { parent } }`, `place { parent }`,
   * `parent { parent }`): a second hop, but one an end has at most a few of, so it costs little to read ahead.
   */
  readonly parentOf: readonly LinkSpec[];
  /**
   * Hops of `links` whose ends the whole operation asks nothing of but `id` and `__typename`, wherever it follows
   * them (`bareHops`): their ends are read without their properties, which a hub's thousands of ends make
   * costly, and they answer the link loader only, never the node loader.
   */
  readonly bare: readonly LinkSpec[];
}

/**
 * A field's selection, parsed once per field of the parsed document, parent type and variables. A resolver asks
 * several questions of it (which lists, which properties, whether evidence), a list's items resolve the same field
 * once each, and Apollo hands every request of the same text the same parsed document: the selection of a
 * question asked again is not walked again. What it holds follows from those three alone (fragments and
 * @skip/@include are the document's and the variables'). A field keeps the trees of its last few variables; a
 * request whose variables are large parses its own.
 */
const resolveTrees = new WeakMap<FieldNode, Map<string, ResolveTree | null>>();
const TREES_PER_FIELD = 32;
const MAX_VARIABLES_KEY = 4_096;
const variablesKeys = new WeakMap<object, string>();
function resolveTreeOf(info: GraphQLResolveInfo): ResolveTree | null {
  const parse = () => (parseResolveInfo(info) as ResolveTree | null | undefined) ?? null;
  const [field] = info.fieldNodes;
  let variables = variablesKeys.get(info.variableValues);
  if (variables === undefined) {
    variables = JSON.stringify(info.variableValues);
    variablesKeys.set(info.variableValues, variables);
  }
  if (!field || variables.length > MAX_VARIABLES_KEY) return parse();
  const key = `${info.parentType.name}\n${info.fieldNodes.length}\n${variables}`;
  let trees = resolveTrees.get(field);
  if (!trees) {
    trees = new Map();
    resolveTrees.set(field, trees);
  }
  let tree = trees.get(key);
  if (tree === undefined) {
    tree = parse();
    if (trees.size >= TREES_PER_FIELD) trees.clear();
    trees.set(key, tree);
  }
  return tree;
}

export const NOTHING_AHEAD: Lookahead = { links: [], evidence: false, funders: false, country: false, countryOf: [], parentOf: [], bare: [] };

export const asksNothing = (plan: Lookahead): boolean =>
  plan.links.length === 0 && !plan.evidence && !plan.funders && !plan.country && plan.countryOf.length === 0 && plan.parentOf.length === 0;

/** The GraphQL types whose `country` field the countries loader answers (Organization, Place). */
const COUNTRY_TYPENAMES: ReadonlySet<string> = new Set(LOADED_FIELDS.country.map((type) => NODE_KINDS[type].typename));
/** The GraphQL types whose `parent` field follows a hop (Organization, Program, Place). */
const PARENT_TYPENAMES: ReadonlySet<string> = new Set(PARENT_TYPES.map((type) => NODE_KINDS[type].typename));

/**
 * The lookahead of a root field for nodes of the given types. `path` leads from the root field to the nodes:
 * none for `node(id:)`, `['edges', 'node']` for a connection. Fragments, inline fragments on interfaces,
 * aliases and @skip/@include are read by graphql-parse-resolve-info.
 */
export function lookaheadOf(info: GraphQLResolveInfo, types: readonly NodeType[], path: readonly string[] = []): Lookahead {
  const root = resolveTreeOf(info);
  if (!root) return NOTHING_AHEAD;
  // Kept with the parsed selection it is read from (above), which lives as long as the document and its variables.
  const key = `${types.join(',')}\n${path.join('.')}`;
  let plans = lookaheads.get(root);
  if (!plans) {
    plans = new Map();
    lookaheads.set(root, plans);
  }
  let plan = plans.get(key);
  if (!plan) {
    plan = readLookahead(info, root, types, path);
    plans.set(key, plan);
  }
  return plan;
}

const lookaheads = new WeakMap<ResolveTree, Map<string, Lookahead>>();

function readLookahead(info: GraphQLResolveInfo, root: ResolveTree, types: readonly NodeType[], path: readonly string[]): Lookahead {
  const selections = path.reduce<FieldsByTypeName[]>(
    (at, step) => at.flatMap((byType) => Object.values(byType).flatMap((fields) => Object.values(fields).filter((f) => f.name === step).map((f) => f.fieldsByTypeName))),
    [root.fieldsByTypeName],
  );
  const plan = merge(types.flatMap((type) => selections.map((byType) => planFor(type, fieldsOf(byType, NODE_KINDS[type].typename, info.schema)))));
  const bare = bareHopsOf(info);
  return { ...plan, bare: plan.links.filter((spec) => bare.has(linkKey(spec))) };
}

/**
 * Whether the root field's selection reads the field at `path` (field names from the root field: under any alias,
 * through fragments, after @skip/@include): a connection's `totalCount` costs a count that a page alone does not
 * need, and `edges.evidence` a lookup the edges alone do not.
 */
export function selects(info: GraphQLResolveInfo, ...path: [string, ...string[]]): boolean {
  return selectsAny(info, path);
}

/** Whether the root field's selection reads the field at any of `paths`, as `selects` reads one. */
export function selectsAny(info: GraphQLResolveInfo, ...paths: readonly (readonly string[])[]): boolean {
  const root = resolveTreeOf(info);
  return root ? paths.some((path) => selectionsAt(root, path).length > 0) : false;
}

/**
 * The arguments of each selection of `name` directly under the root field, one per alias (variables and
 * defaults applied, through fragments, after @skip/@include): what a nested list's page size asks of the root's
 * statement. An argument left out is absent from its record.
 */
export function selectedArguments(info: GraphQLResolveInfo, name: string): Readonly<Record<string, unknown>>[] {
  const root = resolveTreeOf(info);
  return root ? selectionsAt(root, [name]).map((f) => f.args) : [];
}

/**
 * Whether the root field's selection asks nothing but `id` and `__typename` of what each of `paths` leads to
 * (field names from the root field: every alias, through fragments, after @skip/@include); a path it does not
 * select asks nothing. The root's statement can then return those nodes without their properties, which a hub's
 * thousands of them make costly, as long as nothing primes the node loader with them.
 */
export function asksOnlyIds(info: GraphQLResolveInfo, ...paths: (readonly string[])[]): boolean {
  const root = resolveTreeOf(info);
  if (!root) return false;
  return paths.flatMap((path) => selectionsAt(root, path))
    .every((end) => Object.values(end.fieldsByTypeName).every((fields) => Object.values(fields).every((f) => BARE_FIELDS.has(f.name))));
}

/**
 * The stored properties the root field's selection reads of the nodes each of `paths` leads to, when every field
 * it selects there is one of `propertiesOf` (a field name and the stored properties that field reads: none for
 * a field a loader answers from the node's id), `id` always included; null when it selects any other field, or
 * the root field is not found: then the nodes must come whole. A path it does not select asks `id` alone.
 */
export function storedPropertiesAsked(
  info: GraphQLResolveInfo, propertiesOf: Readonly<Record<string, readonly string[]>>, ...paths: (readonly string[])[]
): string[] | null {
  const root = resolveTreeOf(info);
  if (!root) return null;
  const fields = paths.flatMap((path) => selectionsAt(root, path))
    .flatMap((end) => Object.values(end.fieldsByTypeName).flatMap((byName) => Object.values(byName).map((f) => f.name)));
  if (!fields.every((name) => Object.hasOwn(propertiesOf, name))) return null;
  return [...new Set(['id', ...fields.flatMap((name) => propertiesOf[name]!)])];
}

/** Every selection reached from `root` along the field names of `path`, each alias and fragment included. */
function selectionsAt(root: ResolveTree, path: readonly string[]): ResolveTree[] {
  return path.reduce<ResolveTree[]>(
    (at, step) => at.flatMap((tree) => Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields).filter((f) => f.name === step))),
    [root],
  );
}

/** The fields selected on an object type: on the type itself and on each interface it implements. */
function fieldsOf(byType: FieldsByTypeName, typename: string, schema: GraphQLSchema): ResolveTree[] {
  const type = schema.getType(typename);
  const names = [typename, ...(isObjectType(type) ? type.getInterfaces().map((i) => i.name) : [])];
  return names.flatMap((name) => Object.values(byType[name] ?? {}));
}

/** What a root field's selection asks, before `bare` is read from the whole operation. */
type Asked = Omit<Lookahead, 'bare'>;

function planFor(type: NodeType, fields: readonly ResolveTree[]): Asked {
  const hops = linkFieldsOf(type);
  const links: LinkSpec[] = [];
  const countryOf: LinkSpec[] = [];
  const parentOf: LinkSpec[] = [];
  const loaded = (field: keyof typeof LOADED_FIELDS, name: string) => name === field && (LOADED_FIELDS[field] as readonly NodeType[]).includes(type);
  let evidence = false;
  let funders = false;
  let country = false;
  for (const field of fields) {
    const hop = Object.hasOwn(hops, field.name) ? hops[field.name] : undefined;
    if (hop) {
      links.push(hop);
      if (asksOf(field, COUNTRY_TYPENAMES, 'country')) countryOf.push(hop);
      if (asksOf(field, PARENT_TYPENAMES, 'parent')) parentOf.push(hop);
    } else if (loaded('evidence', field.name)) evidence = true;
    else if (loaded('funders', field.name)) funders = true;
    else if (loaded('country', field.name)) country = true;
  }
  return { links, evidence, funders, country, countryOf, parentOf };
}

/** Whether a link field's selection reads `name` (`country`, `parent`) of its ends of the given types. */
function asksOf(field: ResolveTree, typenames: ReadonlySet<string>, name: string): boolean {
  return Object.entries(field.fieldsByTypeName).some(([typename, fields]) =>
    typenames.has(typename) && Object.values(fields).some((f) => f.name === name));
}

function merge(plans: readonly Asked[]): Asked {
  return {
    links: distinctLinks(plans.flatMap((p) => p.links)),
    evidence: plans.some((p) => p.evidence),
    funders: plans.some((p) => p.funders),
    country: plans.some((p) => p.country),
    countryOf: distinctLinks(plans.flatMap((p) => p.countryOf)),
    parentOf: distinctLinks(plans.flatMap((p) => p.parentOf)),
  };
}

/**
 * `bareHops` of the request's operation, read once per parsed document: Apollo keeps a parsed operation for as
 * long as its text is asked again, and the answer depends on the text alone (not on variables).
 */
const bareHopsByOperation = new WeakMap<OperationDefinitionNode, ReadonlySet<string>>();
function bareHopsOf(info: GraphQLResolveInfo): ReadonlySet<string> {
  let bare = bareHopsByOperation.get(info.operation);
  if (!bare) {
    bare = bareHops(info.schema, info.operation, info.fragments);
    bareHopsByOperation.set(info.operation, bare);
  }
  return bare;
}

const NODE_TYPE_OF_TYPENAME: ReadonlyMap<string, NodeType> = new Map(Object.entries(NODE_KINDS).map(([type, kind]) => [kind.typename, type as NodeType]));
const BARE_FIELDS: ReadonlySet<string> = new Set(['id', '__typename']);

/**
 * The hops (by `linkKey`) whose ends every field of the operation that follows them asks only `id` and
 * `__typename` of: under any root field, alias or fragment, on any type whose field follows the same hop (the
 * link loader is one per hop and request, so an end read bare must never reach a field that wants more). A
 * field counts when it answers the ends themselves (a node type, or an interface of node types; not
 * `positions`, built from the relationship too) and asks nothing else of them; @skip/@include are not read,
 * so a skipped field still counts as asking.
 */
export function bareHops(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Readonly<Record<string, FragmentDefinitionNode>>): ReadonlySet<string> {
  const bare = new Map<string, boolean>();
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      if (!parent) return;
      const answersEnds = answersNodes(schema, typeInfo.getType()) && asksIdOnly(node.selectionSet, fragments);
      for (const object of isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent]) {
        const type = NODE_TYPE_OF_TYPENAME.get(object.name);
        const hops = type ? linkFieldsOf(type) : {};
        if (!Object.hasOwn(hops, node.name.value)) continue;
        const key = linkKey(hops[node.name.value]!);
        bare.set(key, (bare.get(key) ?? true) && answersEnds);
      }
    },
  });
  for (const definition of [operation, ...Object.values(fragments)]) visit(definition, visitor);
  return new Set([...bare].filter(([, only]) => only).map(([key]) => key));
}

/** Whether a field's type is a node type, a list of them, or an interface or union whose types are all node types. */
function answersNodes(schema: GraphQLSchema, type: GraphQLOutputType | null | undefined): boolean {
  const named = type ? getNamedType(type) : undefined;
  if (isObjectType(named)) return NODE_TYPE_OF_TYPENAME.has(named.name);
  return isAbstractType(named) && schema.getPossibleTypes(named).every((object) => NODE_TYPE_OF_TYPENAME.has(object.name));
}

/** Whether a selection set asks only `id` and `__typename`, through inline fragments and fragment spreads. */
function asksIdOnly(selectionSet: SelectionSetNode | undefined, fragments: Readonly<Record<string, FragmentDefinitionNode>>): boolean {
  return (selectionSet?.selections ?? []).every((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return BARE_FIELDS.has(selection.name.value) && !selection.selectionSet;
      case Kind.INLINE_FRAGMENT:
        return asksIdOnly(selection.selectionSet, fragments);
      case Kind.FRAGMENT_SPREAD: {
        const fragment = fragments[selection.name.value];
        return !!fragment && asksIdOnly(fragment.selectionSet, fragments);
      }
      default:
        throw new Error(`Unexpected selection ${JSON.stringify(selection)}`);
    }
  });
}
