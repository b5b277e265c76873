// One EventCount per (country, period, kind): how many events of that kind the country holds in the period,
// kept by every write in its own transaction (src/events/event-count.ts). countryId is the events' derived
// country ('' for none), period the timeline's (YYYY-MM for a DAY or MONTH date, YYYY for a YEAR date, '' for
// none), kind '' for none. A country's totalCount and its timeline's counts read these from this index in
// period order instead of counting the country's events.
CREATE CONSTRAINT event_count IF NOT EXISTS FOR (c:EventCount) REQUIRE (c.countryId, c.period, c.kind) IS UNIQUE
