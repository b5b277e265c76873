// The bench's writes: the organisation with the most ORGANIZED edges.
MATCH (organiser:Node:Organization)
WITH organiser, COUNT { (organiser)-[:ORGANIZED]->() } AS organized
ORDER BY organized DESC, organiser.id
LIMIT 1
RETURN organiser.id AS id, organized, coalesce(organiser.nameEn, organiser.name) AS nameEn
