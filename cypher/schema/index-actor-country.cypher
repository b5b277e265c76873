// A country's or a governorate's actors in id order: the actors page filtered by one reads its page from this index in the
// order it answers it (countryId, actorId) and counts the country's actors from it without reading an actor.
// ActorCountry entries are derived (actors/refresh-countries), never a fact of their own, and not :Node.
CREATE INDEX actor_country IF NOT EXISTS FOR (c:ActorCountry) ON (c.countryId, c.actorId)
