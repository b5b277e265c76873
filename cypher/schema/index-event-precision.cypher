// Undated events (datePrecision UNKNOWN) in id order: the last pages of every event, past the dated ones, seek
// this index instead of reading the event range of the node_id index (69,231 db hits at 100k nodes).
CREATE INDEX event_precision IF NOT EXISTS FOR (e:Event) ON (e.datePrecision, e.id)
