// A funder's events in the order fundingFlows answers them (funderId, sortDate, eventId): a funder's page of
// flows reads its (funder, event) pairs in order from this index and stops at the page, and counts them from it.
// FunderEvent entries are derived (funding/refresh-funder-events), never a fact of their own, and not :Node.
CREATE INDEX funder_event IF NOT EXISTS FOR (f:FunderEvent) ON (f.funderId, f.sortDate, f.eventId)
