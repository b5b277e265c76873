// A funder's events in one country in the order fundingFlows answers them (funderId, countryId, sortDate,
// eventId): a funder's page of flows in a COUNTRY reads its pairs in order from this index and stops at the page,
// without walking any event's place chain. countryId is the event's stored country (events/refresh-countries),
// copied onto its FunderEvent entries by funding/refresh-funder-events.
CREATE INDEX funder_event_country IF NOT EXISTS FOR (f:FunderEvent) ON (f.funderId, f.countryId, f.sortDate, f.eventId)
