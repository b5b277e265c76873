// The counts (EventCount) the events beneath the nodes of $ids fall under as they stand: each event among
// $ids, and every event held at a place among $ids or anywhere beneath it (the events whose count a write may
// move: events/refresh-countries finds them the same way). A write tallies them before it changes anything
// and again after, and adds the difference (src/events/event-count.ts); the events are found once for all of
// $ids, so an event beneath two of them counts once.
// With $lock, each event is locked before it is read: a concurrent write that changes one of them (its kind, its
// date) then waits for this one, and tallies what this write leaves, never what both read.
// The key is the timeline's: countryId (a country's or a governorate's id, '' for no country, '*' for the whole graph),
// period (YYYY-MM of a DAY or MONTH date, YYYY of a YEAR date, '' undated) and kind ('' for none).
UNWIND $ids AS id
MATCH (n:Node {id: id})
USING INDEX n:Node(id)
CALL (n) {
  MATCH (n:Event)
  RETURN n AS e
  UNION
  MATCH (n:Place)<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(e:Event)
  RETURN e
}
WITH DISTINCT e
ORDER BY e.id
FOREACH (_ IN CASE WHEN $lock THEN [1] ELSE [] END | SET e.countLock = true REMOVE e.countLock)
// An event counts under its country, under the whole graph ('*': the timeline without a place), and, when it has one,
// under its region too (a governorate's counts). Under each,
// it counts once in its period and once more in the period '*', all periods together: a place's totalCount without a
// date range then reads one count per kind (events/events-page), not one per month and kind (about 1,700 for Yemen
// at 100k nodes). '*' sorts before every year and before '0', so a range of periods never reads it.
WITH e
UNWIND [coalesce(e.countryId, ''), '*'] + CASE WHEN e.regionId IS NULL THEN [] ELSE [e.regionId] END AS countryId
UNWIND [coalesce(CASE e.datePrecision WHEN 'DAY' THEN left(e.date, 7) WHEN 'MONTH' THEN e.date WHEN 'YEAR' THEN e.date END, ''), '*'] AS period
WITH countryId, period, coalesce(e.kind, '') AS kind, count(*) AS n
RETURN countryId, period, kind, n
