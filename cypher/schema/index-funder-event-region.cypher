// A funder's events in one governorate (any first-level division) in the order fundingFlows answers them
// (funderId, regionId, sortDate, eventId): a funder's page of flows there reads its pairs in order from this index
// and stops at the page, as funder_event_country does for a country. regionId is the event's stored region
// (events/refresh-countries), copied onto its FunderEvent entries by funding/refresh-funder-events.
CREATE INDEX funder_event_region IF NOT EXISTS FOR (f:FunderEvent) ON (f.funderId, f.regionId, f.sortDate, f.eventId)
