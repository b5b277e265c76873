// One ActorFunder entry per (actor, funder): the refresh MERGEs on it, so two batches that add the same pair at the
// same time leave one entry. Its index finds an actor's entries in funder order, and one pair's entry by a seek:
// interlocks meets two actors' funders on it.
CREATE CONSTRAINT actor_funder_entry IF NOT EXISTS FOR (e:ActorFunder) REQUIRE (e.actorId, e.funderId) IS UNIQUE
