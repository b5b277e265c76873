// Every funder's events in one country in the order fundingFlows answers them once the country is fixed
// (countryId, funderId, sortDate, eventId): a page of every funder's flows in a COUNTRY reads its pairs in order
// from this index and stops at the page, and a count of them reads only the country's entries. Led by the funder
// (funder_event_country) it serves one funder's flows there; led by the country, every funder's, where reading
// every entry in funder order and testing its country cost a page in a small governorate 80 ms at 100k nodes.
CREATE INDEX funder_event_in_country IF NOT EXISTS FOR (f:FunderEvent) ON (f.countryId, f.funderId, f.sortDate, f.eventId)
