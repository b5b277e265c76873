// A country's actors of one kind in id order (countryId, kind, actorId): each kind's first page is a seek, and
// the kinds' pages merge into the answer's id order.
CREATE INDEX actor_country_kind IF NOT EXISTS FOR (c:ActorCountry) ON (c.countryId, c.kind, c.actorId)
