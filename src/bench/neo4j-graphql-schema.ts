import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

/**
 * @neo4j/graphql (the library users would otherwise pick) over the same graph: typeDefs for Jisr's labels and
 * relationship types, written as a user of the library would. Relationships are `@relationship` fields; what
 * Jisr derives by traversal (funders through program chains, a place's country, evidence by id) is `@cypher`
 * with the same Cypher rule. Every type also carries the `Node` label, so that an id lookup is a seek of Jisr's
 * `node_id` index rather than a label scan (a user would add an index of their own; this is the fair one).
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  union Actor = Organization | Person

  type Organization @node(labels: ["Organization", "Node"]) {
    id: ID!
    kind: String!
    name: String!
    nameAr: String
    nameEn: String
    aliases: [String!]
    evidenceIds: [String!]
    parent: [Organization!]! @relationship(type: "PART_OF", direction: OUT)
    evidence: [Evidence!]! @cypher(statement: "MATCH (e:Evidence) WHERE e.id IN this.evidenceIds RETURN e", columnName: "e")
  }

  type Person @node(labels: ["Person", "Node"]) {
    id: ID!
    kind: String!
    name: String!
    nameAr: String
    nameEn: String
    aliases: [String!]
    evidenceIds: [String!]
    organizations: [Organization!]! @relationship(type: "HOLDS_POSITION", direction: OUT)
  }

  type Event @node(labels: ["Event", "Node"]) {
    id: ID!
    kind: String!
    title: String!
    titleAr: String
    titleEn: String
    date: String
    datePrecision: String!
    dateText: String
    dateStart: String
    dateEnd: String
    participantCount: Int
    participantCountText: String
    evidenceIds: [String!]
    place: [Place!]! @relationship(type: "HELD_IN", direction: OUT)
    organizers: [Actor!]! @relationship(type: "ORGANIZED", direction: IN)
    participants: [Actor!]! @relationship(type: "PARTICIPATED_IN", direction: IN)
    programs: [Program!]! @relationship(type: "PART_OF", direction: OUT)
    sources: [Source!]! @relationship(type: "REPORTED_BY", direction: OUT)
    funders: [Actor!]!
      @cypher(
        statement: """
        CALL (this) {
          MATCH (f:Actor)-[:FUNDED]->(this) RETURN f
          UNION
          MATCH (this)-[:PART_OF*1..5]->(:Program)<-[:FUNDED]-(f:Actor) RETURN f
        }
        RETURN f ORDER BY f.id
        """
        columnName: "f"
      )
    evidence: [Evidence!]! @cypher(statement: "MATCH (e:Evidence) WHERE e.id IN this.evidenceIds RETURN e", columnName: "e")
  }

  type Program @node(labels: ["Program", "Node"]) {
    id: ID!
    name: String!
    nameAr: String
    nameEn: String
    aliases: [String!]
    evidenceIds: [String!]
    parent: [Program!]! @relationship(type: "PART_OF", direction: OUT)
    funders: [Actor!]! @relationship(type: "FUNDED", direction: IN)
    implementers: [Actor!]! @relationship(type: "IMPLEMENTED", direction: IN)
    partners: [Actor!]! @relationship(type: "PARTNERED_WITH", direction: IN)
    events: [Event!]! @relationship(type: "PART_OF", direction: IN)
    evidence: [Evidence!]! @cypher(statement: "MATCH (e:Evidence) WHERE e.id IN this.evidenceIds RETURN e", columnName: "e")
  }

  type Place @node(labels: ["Place", "Node"]) {
    id: ID!
    kind: String!
    name: String!
    nameAr: String
    nameEn: String
    parent: [Place!]! @relationship(type: "LOCATED_IN", direction: OUT)
    country: Place
      @cypher(statement: "MATCH (this)-[:LOCATED_IN*0..6]->(c:Place {kind: 'COUNTRY'}) RETURN c LIMIT 1", columnName: "c")
  }

  type Source @node(labels: ["Source", "Node"]) {
    id: ID!
    title: String!
    outlet: String
    publishedOn: String
    language: String!
    url: String
  }

  type Evidence @node {
    id: ID!
    quote: String!
    start: Int!
    end: Int!
    sourceId: String!
    source: Source @cypher(statement: "MATCH (s:Source:Node {id: this.sourceId}) RETURN s", columnName: "s")
  }
`;

/** The executable schema; read-only (no mutations are generated, none are benchmarked). */
export async function buildNeo4jGraphqlSchema(driver: Driver): Promise<GraphQLSchema> {
  // Loaded lazily: a devDependency, needed only by the bench.
  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  const library = new Neo4jGraphQL({
    typeDefs: `${NEO4J_GRAPHQL_TYPE_DEFS}\n extend schema @mutation(operations: [])`,
    driver,
  });
  return library.getSchema();
}
