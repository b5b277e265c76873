// `jisr import`: the organisations, people, programs and places whose search keys are among $keys (the normalised
// phrases of the article, src/import/import.repository.ts), each with what the importer matches on: names,
// aliases, kind, the countries it lies in (through LOCATED_IN and, for units, PART_OF; at most 8 hops) and a
// place's parent. Events are never matched by name. One round trip; $keys is bounded by the article's length.
MATCH (n:Node)
WHERE (n:Organization OR n:Person OR n:Program OR n:Place) AND any(k IN n.searchKeys WHERE k IN $keys)
RETURN n.id AS id, labels(n) AS labels, n.kind AS kind, n.nameAr AS nameAr, n.nameEn AS nameEn, coalesce(n.aliases, []) AS aliases,
  COLLECT { MATCH (n)-[:LOCATED_IN|PART_OF*1..8]->(c:Place {kind: 'COUNTRY'}) RETURN DISTINCT c.id } AS countryIds,
  COLLECT { MATCH (n:Place)-[:LOCATED_IN]->(p:Place) RETURN p.id ORDER BY p.id LIMIT 1 } AS parents
ORDER BY id
