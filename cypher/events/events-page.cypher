// A page of events in date order (undated last), then id; keyset on (sortDate, id).
// A partial date compares by its bounds: an event matches from/to when its [dateStart, dateEnd]
// overlaps [$fromStart, $toEnd]; an event with an unknown date matches no date range.
// funderId follows the funding rule: FUNDED the event, or a program it is PART_OF (≤ 5 levels).
//
// A country (a COUNTRY place) is read from the events' derived countryId (events/refresh-countries, kept by
// every write): the page in order from the event_country_date index (countryId, dateStart, id), then the
// country's undated events in id order from event_country_precision (countryId, datePrecision, id), read only
// when the dated ones do not fill the page; the count sums the country's EventCounts (below), or with an
// organiser tests each of the country's events from event_country (countryId, id). A GOVERNORATE (any first-level
// division) is read the same way from the events' derived regionId (event_region_date, event_region_precision),
// its count testing each of its events from event_region (regionId, id).
// Kinds alone (no place, organiser or funder) read each kind's page in order from the event_kind_date index
// (kind, dateStart, id), merge them and keep the first $limit, then the undated ones from event_precision.
// $withCount false (the request does not select totalCount) skips the counts that only totalCount needs.
// A funder, alone or in a country or a governorate, reads its page in order from its derived FunderEvent entries
// (below). Otherwise the candidates come from the narrowest filter, walking down from its index entry, never from
// testing every event: a place's chain (a city's or a district's places, then the events held there; a funder
// there is tested on each), else the organiser's ORGANIZED edges;
// every other filter is then checked on those candidates only, which are counted as found and of which only
// the page is projected. With no filter but dates, the count comes from the count store or the
// Event.dateStart index and the page from the event_date index (dateStart, id) in order, plus the undated
// events in id order from the event_precision index. Each case is a subquery behind an UNWIND guard, so
// exactly one of them runs and answers one row.
// A page read in date order from an index starts at the first day of $fromStart's year, not at the start of
// time: an event's dateStart and dateEnd are the bounds of one partial date (src/text/arabic-dates.ts
// dateBounds, the only way they are written), so they lie in one calendar year, and an event that ends on or
// after $fromStart starts in its year or later. (Morocco's events of 2014 at a million nodes read 23,025 index
// entries for a page of 20 when the seek started at the first event ever.)
OPTIONAL MATCH (area:Node:Place {id: $countryId})
USING INDEX area:Node(id)
WITH coalesce(area.kind = 'COUNTRY', false) AS byCountry, coalesce(area.kind = 'GOVERNORATE', false) AS byRegion,
  $countryId IS NULL AND $organizerId IS NULL AND $funderId IS NULL AND $kinds IS NOT NULL AS byKind
// A funder, alone or in a COUNTRY or a GOVERNORATE: its FunderEvent entries (below).
WITH byCountry, byRegion, byKind, $funderId IS NOT NULL AND ($countryId IS NULL OR byCountry OR byRegion) AS byFunder
CALL (byCountry, byRegion, byKind, byFunder) {
  // A COUNTRY's or a GOVERNORATE's events, from the events' derived countryId or regionId: each read that seeks an
  // event index is a pair of alternatives behind guards, the country's and the governorate's, of which one runs
  // (each reads in its own index's order, which a subquery that imports nothing keeps up to its LIMIT). The
  // counts (EventCount) are keyed by either place. A funder there is byFunder's: here $funderId is null.
  UNWIND CASE WHEN (byCountry OR byRegion) AND NOT byFunder THEN [true] ELSE [] END AS inArea
  // Each count answers one row, zero when it does not run: the total is their sum.
  CALL (byRegion) {
    // An organiser's events in the place: each of the place's events tested, the organiser last.
    UNWIND CASE WHEN $withCount AND $organizerId IS NOT NULL THEN [true] ELSE [] END AS counting
    CALL (byRegion) {
      UNWIND CASE WHEN byRegion THEN [] ELSE [true] END AS inCountry
      MATCH (e:Event)
      USING INDEX e:Event(countryId, id)
      WHERE e.countryId = $countryId AND e.id IS NOT NULL
      RETURN e
      UNION ALL
      UNWIND CASE WHEN byRegion THEN [true] ELSE [] END AS inRegion
      MATCH (e:Event)
      USING INDEX e:Event(regionId, id)
      WHERE e.regionId = $countryId AND e.id IS NOT NULL
      RETURN e
    }
    WITH e WHERE ($kinds IS NULL OR e.kind IN $kinds)
      AND ($fromStart IS NULL OR e.dateEnd >= $fromStart)
      AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
      AND ($organizerId IS NULL OR EXISTS { (e)<-[:ORGANIZED]-(:Actor {id: $organizerId}) })
    RETURN count(e) AS tested
  }
  CALL (byRegion) {
    // Otherwise the place's EventCounts (countryId, period, kind; src/events/event-count.ts: a country's or a
    // governorate's) between the range's periods, from their index: a year or a month overlaps the range when it
    // lies between the bounds' years or months. Without a range, the counts of all periods together (period '*',
    // one per kind: events/count-keys), which hold the undated too. A month that holds a bound counts its own
    // events, since a day's event there may fall on either side. (Yemen at a million nodes counted 99,466 index
    // entries, one per event; then about 1,700 counts, one per month and kind; now one per kind.)
    UNWIND CASE WHEN $withCount AND $organizerId IS NULL THEN [true] ELSE [] END AS counting
    CALL () {
      MATCH (tally:EventCount)
      USING INDEX tally:EventCount(countryId, period, kind)
      WHERE tally.countryId = $countryId
        AND tally.period >= CASE WHEN $fromStart IS NOT NULL THEN left($fromStart, 4) WHEN $toEnd IS NOT NULL THEN '0' ELSE '*' END
        AND tally.period <= CASE WHEN $fromStart IS NULL AND $toEnd IS NULL THEN '*' ELSE coalesce(left($toEnd, 7), '9999-12') END
        AND tally.kind IS NOT NULL AND ($kinds IS NULL OR tally.kind IN $kinds) AND tally.n > 0
        AND (size(tally.period) <> 7 OR $fromStart IS NULL OR tally.period >= left($fromStart, 7))
      WITH tally, size(tally.period) = 7 AND (coalesce(tally.period = left($fromStart, 7), false) OR coalesce(tally.period = left($toEnd, 7), false)) AS edge
      RETURN sum(CASE WHEN edge THEN 0 ELSE tally.n END) AS counted, collect(DISTINCT CASE WHEN edge THEN tally.period END) AS edges
    }
    CALL (byRegion, edges) {
      UNWIND edges AS month
      CALL (byRegion, month) {
        UNWIND CASE WHEN byRegion THEN [] ELSE [true] END AS inCountry
        MATCH (e:Event)
        USING INDEX e:Event(countryId, dateStart, id)
        WHERE e.countryId = $countryId AND e.dateStart >= toString(date(month)) AND e.dateStart < toString(date(month) + duration({months: 1})) AND e.id IS NOT NULL
        RETURN e
        UNION ALL
        UNWIND CASE WHEN byRegion THEN [true] ELSE [] END AS inRegion
        MATCH (e:Event)
        USING INDEX e:Event(regionId, dateStart, id)
        WHERE e.regionId = $countryId AND e.dateStart >= toString(date(month)) AND e.dateStart < toString(date(month) + duration({months: 1})) AND e.id IS NOT NULL
        RETURN e
      }
      WITH e WHERE e.datePrecision <> 'YEAR' AND ($kinds IS NULL OR e.kind IN $kinds)
        AND ($fromStart IS NULL OR e.dateEnd >= $fromStart) AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
      RETURN count(e) AS inEdges
    }
    RETURN sum(counted + inEdges) AS summed
  }
  CALL (byRegion) {
    CALL (byRegion) {
      UNWIND CASE WHEN byRegion THEN [] ELSE [true] END AS inCountry
      CALL () {
        MATCH (e:Event)
        USING INDEX e:Event(countryId, dateStart, id)
        WHERE e.countryId = $countryId AND e.id IS NOT NULL
          AND e.dateStart >= CASE WHEN $fromStart IS NULL THEN coalesce($afterDate, '') WHEN toString(date.truncate('year', date($fromStart))) > coalesce($afterDate, '') THEN toString(date.truncate('year', date($fromStart))) ELSE coalesce($afterDate, '') END
          AND ($afterDate IS NULL OR e.dateStart > $afterDate OR e.id > $afterId)
          AND ($toEnd IS NULL OR e.dateStart <= $toEnd) AND ($fromStart IS NULL OR e.dateEnd >= $fromStart)
          AND ($kinds IS NULL OR e.kind IN $kinds)
          AND ($organizerId IS NULL OR EXISTS { (e)<-[:ORGANIZED]-(:Actor {id: $organizerId}) })
        WITH e ORDER BY e.countryId, e.dateStart, e.id LIMIT $limit
        RETURN e
      }
      RETURN e
      UNION ALL
      UNWIND CASE WHEN byRegion THEN [true] ELSE [] END AS inRegion
      CALL () {
        MATCH (e:Event)
        USING INDEX e:Event(regionId, dateStart, id)
        WHERE e.regionId = $countryId AND e.id IS NOT NULL
          AND e.dateStart >= CASE WHEN $fromStart IS NULL THEN coalesce($afterDate, '') WHEN toString(date.truncate('year', date($fromStart))) > coalesce($afterDate, '') THEN toString(date.truncate('year', date($fromStart))) ELSE coalesce($afterDate, '') END
          AND ($afterDate IS NULL OR e.dateStart > $afterDate OR e.id > $afterId)
          AND ($toEnd IS NULL OR e.dateStart <= $toEnd) AND ($fromStart IS NULL OR e.dateEnd >= $fromStart)
          AND ($kinds IS NULL OR e.kind IN $kinds)
          AND ($organizerId IS NULL OR EXISTS { (e)<-[:ORGANIZED]-(:Actor {id: $organizerId}) })
        WITH e ORDER BY e.regionId, e.dateStart, e.id LIMIT $limit
        RETURN e
      }
      RETURN e
    }
    WITH e ORDER BY e.dateStart, e.id
    RETURN collect(e {.*, sortDate: e.dateStart}) AS dated
  }
  // Then the undated ones, the country's or the governorate's: one row each, never none, so that the index's order
  // reaches the LIMIT (a subquery of the union would sort them); a null bound seeks nothing, so only one reads.
  CALL (byRegion, dated) {
    WITH CASE WHEN NOT byRegion AND size(dated) < $limit AND $fromStart IS NULL AND $toEnd IS NULL
      THEN CASE WHEN $afterDate = '9999-12-31' THEN $afterId ELSE '' END
    END AS afterUndated
    MATCH (e:Event)
    USING INDEX e:Event(countryId, datePrecision, id)
    WHERE e.countryId = $countryId AND e.datePrecision = 'UNKNOWN' AND e.id > afterUndated AND e.dateStart IS NULL
      AND ($kinds IS NULL OR e.kind IN $kinds)
      AND ($organizerId IS NULL OR EXISTS { (e)<-[:ORGANIZED]-(:Actor {id: $organizerId}) })
    WITH e ORDER BY e.countryId, e.datePrecision, e.id LIMIT $limit
    RETURN collect(e {.*, sortDate: '9999-12-31'}) AS undatedInCountry
  }
  CALL (byRegion, dated) {
    WITH CASE WHEN byRegion AND size(dated) < $limit AND $fromStart IS NULL AND $toEnd IS NULL
      THEN CASE WHEN $afterDate = '9999-12-31' THEN $afterId ELSE '' END
    END AS afterUndated
    MATCH (e:Event)
    USING INDEX e:Event(regionId, datePrecision, id)
    WHERE e.regionId = $countryId AND e.datePrecision = 'UNKNOWN' AND e.id > afterUndated AND e.dateStart IS NULL
      AND ($kinds IS NULL OR e.kind IN $kinds)
      AND ($organizerId IS NULL OR EXISTS { (e)<-[:ORGANIZED]-(:Actor {id: $organizerId}) })
    WITH e ORDER BY e.regionId, e.datePrecision, e.id LIMIT $limit
    RETURN collect(e {.*, sortDate: '9999-12-31'}) AS undatedInRegion
  }
  RETURN tested + summed AS totalCount, (dated + undatedInCountry + undatedInRegion)[..$limit] AS page
  UNION
  UNWIND CASE WHEN byKind THEN [true] ELSE [] END AS kindOnly
  CALL () {
    UNWIND CASE WHEN $withCount THEN $kinds ELSE [] END AS kind
    MATCH (e:Event {kind: kind})
    USING INDEX e:Event(kind)
    WHERE ($fromStart IS NULL OR e.dateEnd >= $fromStart) AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
    RETURN count(e) AS totalCount
  }
  CALL () {
    // Each kind's first $limit in order from the index; the first $limit of their union is the page.
    UNWIND $kinds AS kind
    CALL (kind) {
      MATCH (e:Event)
      USING INDEX e:Event(kind, dateStart, id)
      WHERE e.kind = kind AND e.id IS NOT NULL
        AND e.dateStart >= CASE WHEN $fromStart IS NULL THEN coalesce($afterDate, '') WHEN toString(date.truncate('year', date($fromStart))) > coalesce($afterDate, '') THEN toString(date.truncate('year', date($fromStart))) ELSE coalesce($afterDate, '') END
        AND ($afterDate IS NULL OR e.dateStart > $afterDate OR e.id > $afterId)
        AND ($toEnd IS NULL OR e.dateStart <= $toEnd) AND ($fromStart IS NULL OR e.dateEnd >= $fromStart)
      WITH e ORDER BY e.kind, e.dateStart, e.id LIMIT $limit
      RETURN e
    }
    WITH e ORDER BY e.dateStart, e.id LIMIT $limit
    RETURN collect(e {.*, sortDate: e.dateStart}) AS dated
  }
  CALL (dated) {
    // One row, never none, so that the index's order reaches the LIMIT; a null bound seeks nothing.
    WITH CASE WHEN size(dated) < $limit AND $fromStart IS NULL AND $toEnd IS NULL
      THEN CASE WHEN $afterDate = '9999-12-31' THEN $afterId ELSE '' END
    END AS afterUndated
    MATCH (e:Event)
    USING INDEX e:Event(datePrecision, id)
    WHERE e.datePrecision = 'UNKNOWN' AND e.id > afterUndated AND e.dateStart IS NULL AND e.kind IN $kinds
    WITH e ORDER BY e.datePrecision, e.id LIMIT $limit
    RETURN collect(e {.*, sortDate: '9999-12-31'}) AS undated
  }
  RETURN totalCount, (dated + undated)[..$limit] AS page
  UNION
  // A funder's events are its FunderEvent entries (funding/refresh-funder-events derives them by the funding rule
  // above, with each event's sort date, kind, dates and stored country and region): the page is read in the list's
  // order (sortDate, eventId: dateStart, then undated last, then id) from funder_event, or funder_event_country in a
  // country, funder_event_region in a governorate, and stops at the page; kinds and dates are filtered on the entries, an organiser on the entry's
  // event. Walking down the funder's FUNDED edges and sorting its portfolio cost 387,076 db hits for org:eu at
  // 1M, and testing the funding rule on every event of Yemen 3,061,233.
  UNWIND CASE WHEN byFunder THEN [true] ELSE [] END AS funded
  WITH byCountry, byRegion, $kinds IS NULL AND $countryId IS NULL AND $fromStart IS NULL AND $toEnd IS NULL AND $organizerId IS NULL AS unfiltered
  CALL (byCountry, byRegion, unfiltered) {
    CALL (byCountry, byRegion, unfiltered) {
      UNWIND CASE WHEN $withCount AND byCountry THEN [true] ELSE [] END AS counting
      MATCH (entry:FunderEvent)
      USING INDEX entry:FunderEvent(funderId, countryId, sortDate, eventId)
      WHERE entry.funderId = $funderId AND entry.countryId = $countryId AND entry.sortDate IS NOT NULL AND entry.eventId IS NOT NULL
      RETURN entry
      UNION ALL
      UNWIND CASE WHEN $withCount AND byRegion THEN [true] ELSE [] END AS counting
      MATCH (entry:FunderEvent)
      USING INDEX entry:FunderEvent(funderId, regionId, sortDate, eventId)
      WHERE entry.funderId = $funderId AND entry.regionId = $countryId AND entry.sortDate IS NOT NULL AND entry.eventId IS NOT NULL
      RETURN entry
      UNION ALL
      UNWIND CASE WHEN $withCount AND NOT byCountry AND NOT byRegion AND NOT unfiltered THEN [true] ELSE [] END AS counting
      MATCH (entry:FunderEvent)
      USING INDEX entry:FunderEvent(funderId, sortDate, eventId)
      WHERE entry.funderId = $funderId AND entry.sortDate IS NOT NULL AND entry.eventId IS NOT NULL
      RETURN entry
    }
    WITH entry WHERE ($kinds IS NULL OR entry.kind IN $kinds)
      AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
      AND ($toEnd IS NULL OR entry.dateStart <= $toEnd)
      AND ($organizerId IS NULL OR EXISTS { (:Node {id: entry.eventId})<-[:ORGANIZED]-(:Actor {id: $organizerId}) })
    WITH count(entry) AS counted
    // With no filter but the funder, the count is the eventCount of its FunderTotal (funding/refresh-funder-totals,
    // kept by every write from these very entries), one seek instead of one index entry per event; a funder that
    // reaches nothing keeps no total.
    OPTIONAL MATCH (total:FunderTotal {funderId: $funderId})
    WHERE $withCount AND unfiltered
    RETURN CASE WHEN $withCount AND unfiltered THEN coalesce(total.eventCount, 0) ELSE counted END AS totalCount
  }
  CALL (byCountry, byRegion) {
    CALL (byCountry, byRegion) {
      UNWIND CASE WHEN byCountry THEN [true] ELSE [] END AS inCountry
      // Subqueries that import nothing, so that the index's order reaches the LIMIT (no sort).
      CALL () {
        MATCH (entry:FunderEvent)
        USING INDEX entry:FunderEvent(funderId, countryId, sortDate, eventId)
        WHERE entry.funderId = $funderId AND entry.countryId = $countryId
          AND entry.sortDate >= coalesce($afterDate, '') AND entry.eventId IS NOT NULL
          AND ($afterDate IS NULL OR entry.sortDate > $afterDate OR entry.eventId > $afterId)
          AND ($toEnd IS NULL OR (entry.sortDate <= $toEnd AND entry.dateStart <= $toEnd))
          AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
          AND ($kinds IS NULL OR entry.kind IN $kinds)
          AND ($organizerId IS NULL OR EXISTS { (:Node {id: entry.eventId})<-[:ORGANIZED]-(:Actor {id: $organizerId}) })
        WITH entry ORDER BY entry.funderId, entry.countryId, entry.sortDate, entry.eventId LIMIT $limit
        RETURN entry
      }
      RETURN entry
      UNION ALL
      UNWIND CASE WHEN byRegion THEN [true] ELSE [] END AS inRegion
      CALL () {
        MATCH (entry:FunderEvent)
        USING INDEX entry:FunderEvent(funderId, regionId, sortDate, eventId)
        WHERE entry.funderId = $funderId AND entry.regionId = $countryId
          AND entry.sortDate >= coalesce($afterDate, '') AND entry.eventId IS NOT NULL
          AND ($afterDate IS NULL OR entry.sortDate > $afterDate OR entry.eventId > $afterId)
          AND ($toEnd IS NULL OR (entry.sortDate <= $toEnd AND entry.dateStart <= $toEnd))
          AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
          AND ($kinds IS NULL OR entry.kind IN $kinds)
          AND ($organizerId IS NULL OR EXISTS { (:Node {id: entry.eventId})<-[:ORGANIZED]-(:Actor {id: $organizerId}) })
        WITH entry ORDER BY entry.funderId, entry.regionId, entry.sortDate, entry.eventId LIMIT $limit
        RETURN entry
      }
      RETURN entry
      UNION ALL
      UNWIND CASE WHEN NOT byCountry AND NOT byRegion THEN [true] ELSE [] END AS anywhere
      CALL () {
        MATCH (entry:FunderEvent)
        USING INDEX entry:FunderEvent(funderId, sortDate, eventId)
        WHERE entry.funderId = $funderId
          AND entry.sortDate >= coalesce($afterDate, '') AND entry.eventId IS NOT NULL
          AND ($afterDate IS NULL OR entry.sortDate > $afterDate OR entry.eventId > $afterId)
          AND ($toEnd IS NULL OR (entry.sortDate <= $toEnd AND entry.dateStart <= $toEnd))
          AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
          AND ($kinds IS NULL OR entry.kind IN $kinds)
          AND ($organizerId IS NULL OR EXISTS { (:Node {id: entry.eventId})<-[:ORGANIZED]-(:Actor {id: $organizerId}) })
        WITH entry ORDER BY entry.funderId, entry.sortDate, entry.eventId LIMIT $limit
        RETURN entry
      }
      RETURN entry
    }
    MATCH (e:Node:Event {id: entry.eventId})
    USING INDEX e:Node(id)
    WITH e, entry.sortDate AS sortDate ORDER BY sortDate, e.id
    RETURN collect(e {.*, sortDate: sortDate}) AS page
  }
  RETURN totalCount, page
  UNION
  UNWIND CASE WHEN NOT byCountry AND NOT byRegion AND NOT byKind AND NOT byFunder THEN [true] ELSE [] END AS elsewhere
  CALL () {
    UNWIND CASE WHEN $countryId IS NOT NULL OR $organizerId IS NOT NULL OR $funderId IS NOT NULL THEN [true] ELSE [] END AS narrowed
    CALL () {
      CALL () {
        UNWIND CASE WHEN $countryId IS NOT NULL THEN [$countryId] ELSE [] END AS placeId
        MATCH (place:Node:Place {id: placeId})<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(e:Node:Event)
        USING INDEX place:Node(id)
        RETURN e
        UNION
        UNWIND CASE WHEN $countryId IS NULL AND $organizerId IS NOT NULL THEN [$organizerId] ELSE [] END AS organizerId
        MATCH (organizer:Node:Actor {id: organizerId})-[:ORGANIZED]->(e:Node:Event)
        USING INDEX organizer:Node(id)
        RETURN e
      }
      WITH e
      WHERE ($kinds IS NULL OR e.kind IN $kinds)
        AND ($fromStart IS NULL OR e.dateEnd >= $fromStart)
        AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
        // The filter that found the events is met already; the others are checked here.
        AND ($organizerId IS NULL OR $countryId IS NULL OR EXISTS { (e)<-[:ORGANIZED]-(:Actor {id: $organizerId}) })
        AND ($funderId IS NULL OR EXISTS { (e)-[:PART_OF*0..5]->(:Node)<-[:FUNDED]-(:Actor {id: $funderId}) })
      WITH collect(e) AS matched
      CALL (matched) {
        UNWIND matched AS e
        WITH e, coalesce(e.dateStart, '9999-12-31') AS sortDate
        WHERE $afterDate IS NULL OR sortDate > $afterDate OR (sortDate = $afterDate AND e.id > $afterId)
        WITH e, sortDate ORDER BY sortDate, e.id LIMIT $limit
        RETURN collect(e {.*, sortDate: sortDate}) AS page
      }
      RETURN size(matched) AS totalCount, page
    }
    RETURN totalCount, page
    UNION
    UNWIND CASE WHEN $countryId IS NULL AND $organizerId IS NULL AND $funderId IS NULL THEN [true] ELSE [] END AS everywhere
    CALL () {
      CALL () {
        UNWIND CASE WHEN $fromStart IS NULL AND $toEnd IS NULL THEN [true] ELSE [] END AS anyDate
        // A subquery of its own, so that the count comes from the count store.
        CALL () { MATCH (e:Event) RETURN count(e) AS all }
        RETURN all AS counted
        UNION ALL
        UNWIND CASE WHEN ($fromStart IS NULL AND $toEnd IS NULL) OR NOT $withCount THEN [] ELSE [true] END AS dated
        MATCH (e:Event)
        WHERE e.dateStart <= coalesce($toEnd, '9999-12-31') AND e.id IS NOT NULL AND e.dateEnd >= coalesce($fromStart, '0000-01-01')
        RETURN count(e) AS counted
      }
      WITH sum(counted) AS totalCount
      CALL () {
        // Dated events in (dateStart, id) order straight from the event_date index.
        CALL () {
          MATCH (e:Event)
          USING INDEX e:Event(dateStart, id)
          WHERE e.id IS NOT NULL
            AND e.dateStart >= CASE WHEN $fromStart IS NULL THEN coalesce($afterDate, '') WHEN toString(date.truncate('year', date($fromStart))) > coalesce($afterDate, '') THEN toString(date.truncate('year', date($fromStart))) ELSE coalesce($afterDate, '') END
            AND ($toEnd IS NULL OR e.dateStart <= $toEnd) AND ($fromStart IS NULL OR e.dateEnd >= $fromStart)
            AND ($afterDate IS NULL OR e.dateStart > $afterDate OR e.id > $afterId)
          WITH e ORDER BY e.dateStart, e.id LIMIT $limit
          RETURN collect(e {.*, sortDate: e.dateStart}) AS dated
        }
        // Then the undated ones (no date range matches them; their datePrecision is UNKNOWN, the seed rules
        // allow no other), in id order from the event_precision index (datePrecision, id), after the cursor's
        // id when the cursor is among them: read only when the dated events do not fill the page.
        CALL (dated) {
          // One row, never none, so that the index's order reaches the LIMIT; a null bound seeks nothing.
          WITH CASE WHEN size(dated) < $limit AND $fromStart IS NULL AND $toEnd IS NULL
            THEN CASE WHEN $afterDate = '9999-12-31' THEN $afterId ELSE '' END
          END AS afterUndated
          MATCH (e:Event)
          USING INDEX e:Event(datePrecision, id)
          WHERE e.datePrecision = 'UNKNOWN' AND e.id > afterUndated AND e.dateStart IS NULL
          WITH e ORDER BY e.datePrecision, e.id LIMIT $limit
          RETURN collect(e {.*, sortDate: '9999-12-31'}) AS undated
        }
        RETURN (dated + undated)[..$limit] AS page
      }
      RETURN totalCount, page
    }
    RETURN totalCount, page
  }
  RETURN totalCount, page
}
RETURN totalCount, page
