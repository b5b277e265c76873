// A country's undated events (datePrecision UNKNOWN) in id order: the last pages of a country's events, past
// its dated ones, seek this index instead of reading every event of the country.
CREATE INDEX event_country_precision IF NOT EXISTS FOR (e:Event) ON (e.countryId, e.datePrecision, e.id)
