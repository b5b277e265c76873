import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { REPO_ROOT } from '../config';

/** One question the bench asks every target, as Jisr's GraphQL and, where it can say it, as @neo4j/graphql's. */
export interface Question {
  /** Short and stable: the key of the JSON report. */
  readonly name: string;
  /** Bounded questions have a size-independent answer (a page, a neighbourhood, a ranking); their p50 targets apply. */
  readonly bounded: boolean;
  readonly jisr: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  /** The same question for @neo4j/graphql over typeDefs of the same labels (src/bench/neo4j-graphql-schema.ts). */
  readonly neo4jGraphql?: string;
}

/** The README's ```graphql blocks by operation name: the bench asks exactly what the README shows. */
export function readmeOperations(readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')): Map<string, string> {
  const operations = new Map<string, string>();
  for (const [, query] of readme.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    const definition = parse(query).definitions[0];
    if (definition?.kind === 'OperationDefinition' && definition.name && definition.operation === 'query') operations.set(definition.name.value, query);
  }
  return operations;
}

const README_QUESTIONS: readonly [name: string, operation: string, bounded: boolean][] = [
  ['flows saferworld', 'SaferworldFlows', true],
  ['reach japan', 'JapanReach', false],
  ['network saned d2', 'SanedNetwork', true],
  ['paths saferworld-marib', 'SaferworldToMaribPolice', true],
  // Every shared activity of each partner, as the README's first partners question asks: the answer is as large as
  // what a hub shares (742 KB at a million nodes). Its bounded form is the next one.
  ['partners musaala', 'MusaalaPartners', false],
  // The same partners, each listing its first three shared activities (issue 12): the lists are what a hub's answer is made of.
  ['partners musaala 3 shared', 'MusaalaPartnersThreeShared', true],
  ['interlocks musaala-sada', 'MusaalaSadaInterlocks', true],
  ['brokers ye', 'YemenBrokers', true],
  ['timeline ma', 'MoroccoTimeline', true],
  ['3w ye', 'YemenWhoWorksWhere', false],
  ['search eu', 'SearchEuropeanUnion', true],
  ['event jenin', 'JeninMeeting', true],
  ['actors+events filtered', 'YemeniNgos', true],
  ['governorates ye', 'YemenGovernorates', true],
  ['funders largest', 'LargestFunders', true],
];

/** The questions the README asks, by their bench names: the floor's targets of issue 12 are set on these. */
export const README_QUESTION_NAMES: ReadonlySet<string> = new Set(README_QUESTIONS.map(([name]) => name));

/**
 * The largest country's 3W matrix and the largest funder's reach (Yemen holds 45 % of the synthetic graphs'
 * events; `org:eu` heads their funders): issue 12 asks that these answer, within the transaction memory limit, at
 * every size.
 */
export const LARGEST_ANSWER_QUESTIONS: ReadonlySet<string> = new Set(['3w ye', 'reach eu']);

/**
 * Every README question, the heaviest variants (the largest funder's reach and first page of flows,
 * a country's events), and the questions that @neo4j/graphql can express too, each written for both.
 */
export function benchQuestions(): Question[] {
  const readme = readmeOperations();
  const questions: Question[] = README_QUESTIONS.map(([name, operation, bounded]) => {
    const jisr = readme.get(operation);
    if (!jisr) throw new Error(`The README has no query ${operation}; the bench asks the README's questions.`);
    return { name, bounded, jisr };
  });
  questions.push(
    {
      // How a client reads a hub funder's reach: the totals, and the first page of its events.
      name: 'reach eu first page',
      bounded: true,
      jisr: `query EuReachFirstPage { funderReach(funderId: "org:eu") { programCount eventCount organizationCount placeCount countries { id } participantCount eventsWithParticipantCount firstDate lastDate eventsPage(first: 20) { totalCount truncated endCursor nodes { id title date participantCount } } } }`,
    },
    {
      // The plain lists, as the README's JapanReach asks them (each stops at the first 1,000 by id).
      name: 'reach eu',
      bounded: false,
      jisr: `query EuReach { funderReach(funderId: "org:eu") { programs { id } events { id participantCount } organizations { id } countries { id } participantCount eventsWithParticipantCount firstDate lastDate } }`,
    },
    {
      name: 'flows eu first 20',
      bounded: true,
      jisr: `query EuFlows { fundingFlows(filter: { funderId: "org:eu" }, first: 20) { totalCount edges { node { event { id title date } direct via { id } hops { type fromId toId evidence { quote source { id } } } } } } }`,
    },
    {
      name: 'events ye',
      bounded: true,
      jisr: `query YemenEvents { events(filter: { countryId: "place:ye" }, first: 20) { totalCount edges { node { id title date } } } }`,
    },
    // A governorate's lists, the largest governorate of the synthetic graphs (Lahj: 3,581 events at 100k): read from
    // the events' stored region and the entries' (issue 12), where a governorate used to walk its place chain.
    {
      name: 'events lahj',
      bounded: true,
      jisr: `query LahjEvents { events(filter: { countryId: "place:ye-lahj" }, first: 20) { totalCount edges { node { id title date } } } }`,
    },
    {
      name: 'flows eu lahj',
      bounded: true,
      jisr: `query EuFlowsInLahj { fundingFlows(filter: { funderId: "org:eu", countryId: "place:ye-lahj" }, first: 20) { totalCount edges { node { event { id title date } direct via { id } } } } }`,
    },
    {
      name: 'actors lahj',
      bounded: true,
      jisr: `query LahjActors { actors(filter: { countryId: "place:ye-lahj" }, first: 20) { totalCount edges { node { id name } } } }`,
    },
    {
      // The explorer's first view: the whole graph's timeline, its first 120 periods. It read every event of the graph
      // for its counts until the twentieth round (docs/benchmarks.md); now the counts of every place together.
      name: 'timeline all',
      bounded: true,
      jisr: `query WholeTimeline { timeline(eventsPerBucket: 5) { totalCount truncated buckets { period count events { id title date } } undated { count } } }`,
    },
    {
      name: 'event with organisers, place, evidence',
      bounded: true,
      jisr: `query EventCard { node(id: "event:2009-06-18-jenin-open-meeting") { ... on Event {
        id title date datePrecision place { name country { name } }
        organizers { __typename id name } funders { __typename id name }
        evidence { quote start end source { id title } } } } }`,
      neo4jGraphql: `query EventCard { events(where: { id: { eq: "event:2009-06-18-jenin-open-meeting" } }) {
        id title date datePrecision place { name country { name } }
        organizers { __typename ... on Organization { id name } ... on Person { id name } }
        funders { __typename ... on Organization { id name } ... on Person { id name } }
        evidence { quote start end source { id title } } } }`,
    },
    {
      name: 'events with organisers and funders',
      bounded: true,
      jisr: `query EventList { events(first: 20) { edges { node { id title date
        organizers { __typename id name } funders { __typename id name } } } } }`,
      neo4jGraphql: `query EventList { events(limit: 20, sort: [{ dateStart: ASC }, { id: ASC }]) { id title date
        organizers { __typename ... on Organization { id name } ... on Person { id name } }
        funders { __typename ... on Organization { id name } ... on Person { id name } } } }`,
    },
    {
      name: 'workshops page',
      bounded: true,
      jisr: `query Workshops { events(filter: { kinds: [WORKSHOP] }, first: 20) { edges { node { id title date participantCount } } } }`,
      neo4jGraphql: `query Workshops { events(where: { kind: { eq: "WORKSHOP" } }, limit: 20, sort: [{ dateStart: ASC }, { id: ASC }]) { id title date participantCount } }`,
    },
    {
      name: 'programs with funders',
      bounded: true,
      jisr: `query ProgramList { programs(first: 20) { edges { node { id name funders { id } implementers { id } partners { id } events { id } } } } }`,
      neo4jGraphql: `query ProgramList { programs(limit: 20, sort: [{ id: ASC }]) { id name
        funders { ... on Organization { id } ... on Person { id } } implementers { ... on Organization { id } ... on Person { id } }
        partners { ... on Organization { id } ... on Person { id } } events { id } } }`,
    },
    {
      name: 'organisation with evidence',
      bounded: true,
      jisr: `query Org { node(id: "org:saferworld") { ... on Organization { id name nameAr aliases parent { id name } evidence { quote start end } } } }`,
      neo4jGraphql: `query Org { organizations(where: { id: { eq: "org:saferworld" } }) { id name nameAr aliases parent { id name } evidence { quote start end } } }`,
    },
  );
  return questions;
}
