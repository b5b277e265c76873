// Every funder's events in one governorate (any first-level division) in the order fundingFlows answers them once
// the governorate is fixed (regionId, funderId, sortDate, eventId), as funder_event_in_country does for a country.
CREATE INDEX funder_event_in_region IF NOT EXISTS FOR (f:FunderEvent) ON (f.regionId, f.funderId, f.sortDate, f.eventId)
