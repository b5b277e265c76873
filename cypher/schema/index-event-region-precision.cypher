// A governorate's undated events (datePrecision UNKNOWN) in id order: the last pages of its events, past its dated
// ones, seek this index instead of reading every event of the governorate.
CREATE INDEX event_region_precision IF NOT EXISTS FOR (e:Event) ON (e.regionId, e.datePrecision, e.id)
