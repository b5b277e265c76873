// The ActorCountry entries of one actor, for the refresh that rewrites them when a write moves the actor.
CREATE INDEX actor_country_actor IF NOT EXISTS FOR (c:ActorCountry) ON (c.actorId)
