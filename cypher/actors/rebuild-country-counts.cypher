// Every ActorCountryCount brought to the number of ActorCountry entries of its (country, kind), counted afresh:
// the start-up migration of a database whose entries were written before their counts existed, and the check
// that the counts kept on write are right (it then changes nothing). Reads every entry once.
CALL () {
  MATCH (entry:ActorCountry)
  WHERE entry.countryId IS NOT NULL
  WITH entry.countryId AS countryId, coalesce(entry.kind, '') AS kind, count(*) AS n
  RETURN collect({countryId: countryId, kind: kind, n: n}) AS wanted, sum(n) AS entries
}
CALL (wanted) {
  // A count whose entries are all gone is zero (a country and kind: a few dozen counts in all).
  MATCH (tally:ActorCountryCount)
  WITH tally, [w IN wanted WHERE w.countryId = tally.countryId AND w.kind = tally.kind] AS found
  WHERE size(found) = 0 AND tally.n <> 0
  SET tally.n = 0
  RETURN count(tally) AS zeroed
}
CALL (wanted) {
  UNWIND wanted AS w
  MERGE (tally:Derived:ActorCountryCount {countryId: w.countryId, kind: w.kind})
  WITH tally, w WHERE tally.n IS NULL OR tally.n <> w.n
  SET tally.n = w.n
  RETURN count(tally) AS fixed
}
RETURN entries AS read, zeroed + fixed AS changed
