// One ActorCountryCount per (country, kind, '' for none): how many ActorCountry entries it has, kept by
// actors/refresh-countries in the write's own transaction. The refresh MERGEs on it; the actors page sums a
// country's counts for its totalCount, from this index.
CREATE CONSTRAINT actor_country_count IF NOT EXISTS FOR (c:ActorCountryCount) REQUIRE (c.countryId, c.kind) IS UNIQUE
