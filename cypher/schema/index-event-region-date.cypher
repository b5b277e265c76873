// A governorate's (any first-level division's) page of events in date order: read from this index in the order it
// answers it (regionId, dateStart, id) instead of walking the governorate's place chain down to every one of its
// events and sorting them. regionId is derived (events/refresh-countries), never a fact of its own.
CREATE INDEX event_region_date IF NOT EXISTS FOR (e:Event) ON (e.regionId, e.dateStart, e.id)
