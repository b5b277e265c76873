// Events in date order, then id: a page of events without a narrowing filter reads its rows from this index
// in the order it answers them (dateStart, id), so it costs the same at any size; date ranges seek on it too.
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.dateStart, e.id)
