// `jisr dump`: how many sources, other nodes and quotes there are to read, for the progress display.
CALL () { MATCH (s:Node:Source) RETURN count(s) AS sources }
CALL () { MATCH (n:Node) WHERE NOT n:Source RETURN count(n) AS nodes }
CALL () { MATCH (e:Evidence) RETURN count(e) AS evidence }
RETURN sources, nodes, evidence
