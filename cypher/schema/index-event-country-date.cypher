// A country's events in date order, then id: the events page filtered by a country reads its page from this
// index in the order it answers it (countryId, dateStart, id), and counts the country's dated events from it
// without reading an event. countryId is derived (events/refresh-countries), never a fact of its own.
CREATE INDEX event_country_date IF NOT EXISTS FOR (e:Event) ON (e.countryId, e.dateStart, e.id)
