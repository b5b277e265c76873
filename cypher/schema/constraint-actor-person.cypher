// One ActorPerson entry per (actor, person): the refresh MERGEs on it, so two batches that add the same pair at the
// same time leave one entry. Its index finds an actor's entries in person order, and one pair's entry by a seek:
// interlocks meets two actors' people on it.
CREATE CONSTRAINT actor_person_entry IF NOT EXISTS FOR (e:ActorPerson) REQUIRE (e.actorId, e.personId) IS UNIQUE
