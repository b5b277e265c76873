// Every EventCount brought to the number of events under its key, counted afresh: the start-up migration of a
// database whose events were written before the counts existed, a bulk load's last step, and the check that the
// counts kept on write are right (it then changes nothing). Reads every event once; a count is written only
// when it is wrong. The key is events/count-keys'.
CALL () {
  MATCH (e:Event)
  WITH coalesce(e.countryId, '') AS countryId,
    coalesce(CASE e.datePrecision WHEN 'DAY' THEN left(e.date, 7) WHEN 'MONTH' THEN e.date WHEN 'YEAR' THEN e.date END, '') AS period,
    coalesce(e.kind, '') AS kind, count(*) AS n
  RETURN collect({countryId: countryId, period: period, kind: kind, n: n}) AS wanted, sum(n) AS events
}
CALL (wanted) {
  UNWIND wanted AS w
  MERGE (tally:Derived:EventCount {countryId: w.countryId, period: w.period, kind: w.kind})
  SET tally.seen = true
  WITH tally, w WHERE tally.n IS NULL OR tally.n <> w.n
  SET tally.n = w.n
  RETURN count(tally) AS fixed
}
CALL () {
  // A count with no event left is zero.
  MATCH (tally:EventCount)
  WITH tally, tally.seen IS NULL AND tally.n <> 0 AS stale
  FOREACH (_ IN CASE WHEN stale THEN [1] ELSE [] END | SET tally.n = 0)
  REMOVE tally.seen
  RETURN sum(CASE WHEN stale THEN 1 ELSE 0 END) AS zeroed
}
RETURN events, fixed + zeroed AS changed
