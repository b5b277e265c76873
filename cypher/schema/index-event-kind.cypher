// Events by kind: events(filter: { kinds }) and timeline start from these entries, not from every event.
CREATE INDEX event_kind IF NOT EXISTS FOR (e:Event) ON (e.kind)
