// A funder's events in id order (funderId, eventId): funderReach's page of events reads its page from this
// index and stops at it, for a portfolio of any size. FunderEvent entries are derived
// (funding/refresh-funder-events), never a fact of their own, and not :Node.
CREATE INDEX funder_event_id IF NOT EXISTS FOR (f:FunderEvent) ON (f.funderId, f.eventId)
