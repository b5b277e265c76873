// Deletes the derived entries the refreshes of this write retired (actors/refresh-countries, funding/
// refresh-funder-events), all at once, as the last statement of those refreshes. Retiring first and deleting
// once keeps a large write linear: Neo4j copies the set of nodes a transaction deleted on every index seek after
// the delete. A retired entry is :Derived:Retired and nothing else, out of every index; only the transaction that
// retired it can see it, so this never touches another write's entries.
MATCH (entry:Derived:Retired)
DELETE entry
RETURN count(entry) AS deleted
