// One PartnerPair entry per (actor, partner): the refresh MERGEs on it, so two batches that add the same pair at
// the same time leave one entry, the second waiting for the first. Its index also finds an actor's entries.
CREATE CONSTRAINT partner_pair_entry IF NOT EXISTS FOR (p:PartnerPair) REQUIRE (p.actorId, p.partnerId) IS UNIQUE
