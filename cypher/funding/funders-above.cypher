// The funders above the nodes of $ids: those that FUNDED one of them, or a program one of them is PART_OF
// through up to 5 levels (funderReach's rule). A write that changes a program's chain, funding or organisations
// refreshes these funders' totals (funding/refresh-funder-totals).
UNWIND $ids AS id
MATCH (x:Node {id: id})
USING INDEX x:Node(id)
MATCH (x)-[:PART_OF*0..5]->(:Node)<-[:FUNDED]-(f:Node:Actor)
RETURN collect(DISTINCT f.id) AS funderIds
