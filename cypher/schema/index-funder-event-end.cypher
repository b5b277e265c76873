// A funder's events by the day they end, then id (FunderEvent entries: funding/refresh-funder-events): funderReach's
// lastDate is the first entry read backwards, and the lowest id among those ending that day, two seeks instead of
// sorting the funder's portfolio. Undated events have no dateEnd and are not in it.
CREATE INDEX funder_event_end IF NOT EXISTS FOR (f:FunderEvent) ON (f.funderId, f.dateEnd, f.eventId)
