// A governorate's events in id order, dated or not: its count, tested event by event against the page's filters
// without walking the place chain.
CREATE INDEX event_region IF NOT EXISTS FOR (e:Event) ON (e.regionId, e.id)
