// The FunderEvent entries of one event, for the refresh that rewrites them when a write moves the event.
CREATE INDEX funder_event_event IF NOT EXISTS FOR (f:FunderEvent) ON (f.eventId)
