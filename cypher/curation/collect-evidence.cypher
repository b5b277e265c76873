// A quote no fact cites any more goes with the last fact that cited it, as a seed load never holds one (a
// revert restores it from its source). The check scans the facts' evidence ids; it runs only for the quotes
// a batch took off.
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
WHERE NOT EXISTS { MATCH (n:Node) WHERE id IN n.evidenceIds }
  AND NOT EXISTS { MATCH ()-[r]->() WHERE id IN r.evidenceIds }
DELETE e
RETURN count(*) AS collected
