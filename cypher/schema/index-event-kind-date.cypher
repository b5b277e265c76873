// A page of events of one kind in date order straight from the index (kind, dateStart, id): the workshops page
// stops at its LIMIT instead of sorting every workshop (a quarter of all events). Undated events have no
// dateStart and are not in it; they come from event_precision.
CREATE INDEX event_kind_date IF NOT EXISTS FOR (e:Event) ON (e.kind, e.dateStart, e.id)
