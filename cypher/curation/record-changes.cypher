// History: one Change node per node or relationship written, never linked to the graph (so no traversal,
// count or export of facts meets it) and found by targetId, batchId and id through their indexes.
UNWIND $changes AS change
CREATE (c:Change)
SET c = change
RETURN count(c) AS recorded
