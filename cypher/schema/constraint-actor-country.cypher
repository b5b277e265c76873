// One ActorCountry entry per (actor, country or governorate): the refresh MERGEs on it, so two batches that add the same entry
// at the same time (say, one moves a city into a country, the other adds an event there for an actor of it)
// leave one entry, the second waiting for the first. Its index also finds an actor's entries for the refresh.
CREATE CONSTRAINT actor_country_entry IF NOT EXISTS FOR (c:ActorCountry) REQUIRE (c.actorId, c.countryId) IS UNIQUE
