// One FunderEvent entry per (event, funder): the refresh MERGEs on it, so two batches that add the same pair at
// the same time leave one entry, the second waiting for the first. Its index also finds an event's entries.
CREATE CONSTRAINT funder_event_entry IF NOT EXISTS FOR (f:FunderEvent) REQUIRE (f.eventId, f.funderId) IS UNIQUE
