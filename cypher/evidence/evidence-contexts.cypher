// The words around quotes, cut from their sources' text in the database, so that a reader sees a quote where it
// stands without the whole article travelling. Offsets are UTF-16 code units, as Neo4j's substring counts them.
// The source is found by the node id index (sources are :Node): matched as :Source alone, which no index covers,
// Neo4j scanned every source for each quote (768,880 rows for 20 quotes at a million nodes; the explorer's first
// page of the EU's flows, 100 flows and their 700 quotes, took 2.3 s).
UNWIND $items AS item
MATCH (e:Evidence {id: item.id})
MATCH (s:Node:Source {id: e.sourceId})
USING INDEX s:Node(id)
WITH item, e, s, CASE WHEN e.start > item.chars THEN e.start - item.chars ELSE 0 END AS from
RETURN item.key AS key,
       substring(s.text, from, e.start - from) AS before,
       substring(s.text, e.end, item.chars) AS after,
       from = 0 AS atStart,
       e.end + item.chars >= size(s.text) AS atEnd
