// A part, not a statement on its own (src/neo4j/composed-statements.ts): what a request's selection set asks
// of the node `id` names (src/graph/lookahead.ts), one row per node found, for graph/lookahead (nodes by id) and
// for the pages that read their nodes' lookahead in their own statement (programs, events).
// Its links along the hops asked for ($outgoing, $incoming: RelationType values only), its evidence records
// with each record's source (metadata, never its text), an event's funders, and the country of the node itself
// ($country) or of the ends of some of its links ($countryOutgoing, $countryIncoming), and the parents of the ends
// of some of its links ($parentOutgoing, $parentIncoming). Each part answers what
// graph/outgoing, graph/incoming, evidence/evidence-by-ids, events/event-funders and graph/countries answer
// for the same node, in the same order, so that the request's loaders can be primed with it. A page that has
// its nodes already asks for them without their properties ($withNode false).
// Hops are read one relationship type at a time, each behind a guard on $outgoing / $incoming, rather than as
// `:$any($outgoing)`: Neo4j expands every relationship of a node before it tests a dynamic type, and a hub
// (an organisation that implemented thousands of programs) would be read whole for its one parent. A static
// type reads only that type's relationships; every type of the vocabulary has its branch (a unit test keeps
// the lists whole), and the ends of these types are always :Node (the vocabulary, checked on every write).
// Each branch names its type as a literal: type(r) costs a db hit per relationship, and a hub has thousands.
// The ends of the hops whose types are in $bareOutgoing / $bareIncoming are read bare, their id alone and no
// property of the relationship: the request asks nothing else of them anywhere (src/graph/lookahead.ts `bareHops`),
// and a hub program has thousands of events.
// The hint keeps the seek: on a small graph the planner may otherwise prefer scanning the whole id index.
MATCH (n:Node {id: id})
USING INDEX n:Node(id)
CALL (n) {
  CALL (n) {
    WITH n WHERE 'FUNDED' IN $outgoing
    MATCH (n)-[r:FUNDED]->(m)
    RETURN r, m, 'FUNDED' AS type
    UNION ALL
    WITH n WHERE 'IMPLEMENTED' IN $outgoing
    MATCH (n)-[r:IMPLEMENTED]->(m)
    RETURN r, m, 'IMPLEMENTED' AS type
    UNION ALL
    WITH n WHERE 'ORGANIZED' IN $outgoing
    MATCH (n)-[r:ORGANIZED]->(m)
    RETURN r, m, 'ORGANIZED' AS type
    UNION ALL
    WITH n WHERE 'PARTNERED_WITH' IN $outgoing
    MATCH (n)-[r:PARTNERED_WITH]->(m)
    RETURN r, m, 'PARTNERED_WITH' AS type
    UNION ALL
    WITH n WHERE 'PARTICIPATED_IN' IN $outgoing
    MATCH (n)-[r:PARTICIPATED_IN]->(m)
    RETURN r, m, 'PARTICIPATED_IN' AS type
    UNION ALL
    WITH n WHERE 'PART_OF' IN $outgoing
    MATCH (n)-[r:PART_OF]->(m)
    RETURN r, m, 'PART_OF' AS type
    UNION ALL
    WITH n WHERE 'HELD_IN' IN $outgoing
    MATCH (n)-[r:HELD_IN]->(m)
    RETURN r, m, 'HELD_IN' AS type
    UNION ALL
    WITH n WHERE 'LOCATED_IN' IN $outgoing
    MATCH (n)-[r:LOCATED_IN]->(m)
    RETURN r, m, 'LOCATED_IN' AS type
    UNION ALL
    WITH n WHERE 'HOLDS_POSITION' IN $outgoing
    MATCH (n)-[r:HOLDS_POSITION]->(m)
    RETURN r, m, 'HOLDS_POSITION' AS type
    UNION ALL
    WITH n WHERE 'REPORTED_BY' IN $outgoing
    MATCH (n)-[r:REPORTED_BY]->(m)
    RETURN r, m, 'REPORTED_BY' AS type
  }
  WITH r, m, type, type IN $bareOutgoing AS bare ORDER BY r.id
  RETURN collect({type: type, rel: CASE WHEN bare THEN {} ELSE properties(r) END,
    node: CASE WHEN bare THEN m {.id} ELSE m {.*, text: null} END, labels: labels(m)}) AS outgoing
}
CALL (n) {
  CALL (n) {
    WITH n WHERE 'FUNDED' IN $incoming
    MATCH (n)<-[r:FUNDED]-(m)
    RETURN r, m, 'FUNDED' AS type
    UNION ALL
    WITH n WHERE 'IMPLEMENTED' IN $incoming
    MATCH (n)<-[r:IMPLEMENTED]-(m)
    RETURN r, m, 'IMPLEMENTED' AS type
    UNION ALL
    WITH n WHERE 'ORGANIZED' IN $incoming
    MATCH (n)<-[r:ORGANIZED]-(m)
    RETURN r, m, 'ORGANIZED' AS type
    UNION ALL
    WITH n WHERE 'PARTNERED_WITH' IN $incoming
    MATCH (n)<-[r:PARTNERED_WITH]-(m)
    RETURN r, m, 'PARTNERED_WITH' AS type
    UNION ALL
    WITH n WHERE 'PARTICIPATED_IN' IN $incoming
    MATCH (n)<-[r:PARTICIPATED_IN]-(m)
    RETURN r, m, 'PARTICIPATED_IN' AS type
    UNION ALL
    WITH n WHERE 'PART_OF' IN $incoming
    MATCH (n)<-[r:PART_OF]-(m)
    RETURN r, m, 'PART_OF' AS type
    UNION ALL
    WITH n WHERE 'HELD_IN' IN $incoming
    MATCH (n)<-[r:HELD_IN]-(m)
    RETURN r, m, 'HELD_IN' AS type
    UNION ALL
    WITH n WHERE 'LOCATED_IN' IN $incoming
    MATCH (n)<-[r:LOCATED_IN]-(m)
    RETURN r, m, 'LOCATED_IN' AS type
    UNION ALL
    WITH n WHERE 'HOLDS_POSITION' IN $incoming
    MATCH (n)<-[r:HOLDS_POSITION]-(m)
    RETURN r, m, 'HOLDS_POSITION' AS type
    UNION ALL
    WITH n WHERE 'REPORTED_BY' IN $incoming
    MATCH (n)<-[r:REPORTED_BY]-(m)
    RETURN r, m, 'REPORTED_BY' AS type
  }
  WITH r, m, type, type IN $bareIncoming AS bare ORDER BY r.id
  RETURN collect({type: type, rel: CASE WHEN bare THEN {} ELSE properties(r) END,
    node: CASE WHEN bare THEN m {.id} ELSE m {.*, text: null} END, labels: labels(m)}) AS incoming
}
CALL (n) {
  UNWIND CASE WHEN $evidence THEN coalesce(n.evidenceIds, []) ELSE [] END AS evidenceId
  MATCH (e:Evidence {id: evidenceId})
  OPTIONAL MATCH (s:Node {id: e.sourceId})
  // Each record as evidence/evidence-records lists it.
  RETURN collect([e.id, e.sourceId, e.quote, e.start, e.end,
    CASE WHEN s IS NULL THEN null
      ELSE [s.id, s.version, s.title, s.outlet, s.publishedOn, s.publishedOnText, s.language, s.url] END]) AS evidence
}
// Who funded an event: directly, or through the chain of programs it is part of (as events/event-funders).
CALL (n) {
  WITH n WHERE $funders AND n:Event
  CALL (n) {
    MATCH (f:Actor)-[:FUNDED]->(n)
    RETURN f
    UNION
    MATCH (n)-[:PART_OF*1..5]->(:Program)<-[:FUNDED]-(f:Actor)
    RETURN f
  }
  WITH f ORDER BY f.id
  RETURN collect(f {.*}) AS funders, [f IN collect(f) | labels(f)] AS funderLabels
}
// Countries as graph/countries finds them: through a unit's parents, then up the place chain.
CALL (n) {
  CALL (n) {
    WITH n WHERE $country
    RETURN n AS of
    UNION
    WITH n WHERE size($countryOutgoing) > 0
    MATCH (n)-[:$any($countryOutgoing)]->(of:Node)
    RETURN of
    UNION
    WITH n WHERE size($countryIncoming) > 0
    MATCH (n)<-[:$any($countryIncoming)]-(of:Node)
    RETURN of
  }
  OPTIONAL MATCH (of)-[:PART_OF*0..3]->(:Node)-[:LOCATED_IN*0..6]->(c:Place {kind: 'COUNTRY'})
  WITH of, c ORDER BY c.id
  WITH of, head(collect(c {.*})) AS country
  RETURN collect({id: of.id, country: country}) AS countries
}
// The parents of the ends of the hops in $parentOutgoing / $parentIncoming (`organizers { parent }`), as
// graph/outgoing lists an end's PART_OF and LOCATED_IN links (the `parent` fields' hops, src/graph/link-fields.ts
// PARENT_LINKS): every such link of the end, in the same order, so that the link loader can be primed with the
// whole list of each hop. Each end is found again by its id, from the lists read above, rather than along the hop
// (a dynamic type would expand a hub's every relationship); an end has only a few links of these two types.
CALL (outgoing, incoming) {
  UNWIND [link IN outgoing WHERE link.type IN $parentOutgoing | link.node.id]
    + [link IN incoming WHERE link.type IN $parentIncoming | link.node.id] AS endId
  WITH DISTINCT endId
  MATCH (end:Node {id: endId})
  USING INDEX end:Node(id)
  CALL (end) {
    CALL (end) {
      MATCH (end)-[r:PART_OF]->(m)
      RETURN r, m, 'PART_OF' AS type
      UNION ALL
      MATCH (end)-[r:LOCATED_IN]->(m)
      RETURN r, m, 'LOCATED_IN' AS type
    }
    WITH r, m, type ORDER BY r.id
    RETURN collect({type: type, rel: properties(r), node: m {.*, text: null}, labels: labels(m)}) AS links
  }
  RETURN collect({id: endId, links: links}) AS parents
}
// One map per node, so that a page can collect them in its own row.
RETURN {id: id, node: CASE WHEN $withNode THEN n {.*, text: null} END, labels: labels(n),
  evidenceIds: CASE WHEN $evidence THEN coalesce(n.evidenceIds, []) ELSE [] END,
  outgoing: outgoing, incoming: incoming, evidence: evidence, funders: funders, funderLabels: funderLabels,
  countries: countries, parents: parents} AS lookahead
