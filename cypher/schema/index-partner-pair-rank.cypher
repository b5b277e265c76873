// An actor's partners in the ranking's order (actorId, rank = -shared, partnerId): partners reads its first
// page from this index and stops at it, for a hub of any size. PartnerPair entries are derived
// (analysis/refresh-partner-pairs), never a fact of their own, and not :Node.
CREATE INDEX partner_pair_rank IF NOT EXISTS FOR (p:PartnerPair) ON (p.actorId, p.rank, p.partnerId)
