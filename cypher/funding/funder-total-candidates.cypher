// Every actor that may have funderReach totals: each that FUNDED something, and each that has a total now (a
// stale one is retired by the refresh). For the bulk refresh of every total (rebuildFunderTotals).
CALL () {
  MATCH (f:Node:Actor)
  WHERE EXISTS { (f)-[:FUNDED]->() }
  RETURN f.id AS funderId
  UNION
  MATCH (total:FunderTotal)
  RETURN total.funderId AS funderId
}
WITH funderId ORDER BY funderId
RETURN collect(funderId) AS funderIds
