// A country's events in id order, dated or not: the country's count (an index seek, no event read) and its
// undated events (last on the events page, after every dated one), which event_country_date cannot hold.
CREATE INDEX event_country IF NOT EXISTS FOR (e:Event) ON (e.countryId, e.id)
