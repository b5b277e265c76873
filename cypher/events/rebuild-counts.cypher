// Every EventCount brought to the number of events under its key, counted afresh: the start-up migration of a
// database whose events were written before the counts existed, a bulk load's last step, and the check that the
// counts kept on write are right (it then changes nothing). Reads every event once; a count is written only
// when it is wrong, and deleted when no event is left under it. The key is events/count-keys', with its period '*'
// and its countryId '*'.
CALL () {
  MATCH (e:Event)
  UNWIND [coalesce(e.countryId, ''), '*'] + CASE WHEN e.regionId IS NULL THEN [] ELSE [e.regionId] END AS countryId
  UNWIND [coalesce(CASE e.datePrecision WHEN 'DAY' THEN left(e.date, 7) WHEN 'MONTH' THEN e.date WHEN 'YEAR' THEN e.date END, ''), '*'] AS period
  WITH countryId, period, coalesce(e.kind, '') AS kind, count(*) AS n
  RETURN collect({countryId: countryId, period: period, kind: kind, n: n}) AS wanted
}
// A subquery of its own, so that the count comes from the count store.
CALL () { MATCH (e:Event) RETURN count(e) AS events }
CALL (wanted) {
  UNWIND wanted AS w
  MERGE (tally:Derived:EventCount {countryId: w.countryId, period: w.period, kind: w.kind})
  SET tally.seen = true
  WITH tally, w WHERE tally.n IS NULL OR tally.n <> w.n
  SET tally.n = w.n
  RETURN count(tally) AS fixed
}
CALL () {
  // A count with no event left goes, as the writes' own do (events/add-to-counts).
  MATCH (tally:EventCount)
  WITH tally, tally.seen IS NULL AS stale
  REMOVE tally.seen
  WITH tally, stale
  FOREACH (_ IN CASE WHEN stale THEN [1] ELSE [] END | DETACH DELETE tally)
  RETURN sum(CASE WHEN stale THEN 1 ELSE 0 END) AS deleted
}
RETURN events AS read, fixed + deleted AS changed
