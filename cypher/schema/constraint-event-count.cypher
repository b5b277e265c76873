// One EventCount per (country or governorate, period, kind): how many events of that kind the place holds in the
// period, kept by every write in its own transaction (src/events/event-count.ts). countryId is the events'
// derived country ('' for none) or region, period the timeline's (YYYY-MM for a DAY or MONTH date, YYYY for a YEAR
// date, '' for none), kind '' for none. A country's or a governorate's totalCount and a country's timeline's
// counts read these from this index in period order instead of counting the place's events.
CREATE CONSTRAINT event_count IF NOT EXISTS FOR (c:EventCount) REQUIRE (c.countryId, c.period, c.kind) IS UNIQUE
