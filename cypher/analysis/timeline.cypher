// Events grouped into periods: the month (YYYY-MM) of a DAY or MONTH date, the year (YYYY) of a YEAR
// date, and null for an UNKNOWN date. Filters and partial-date semantics are those of events-page: a
// date matches from/to when its [dateStart, dateEnd] overlaps [$fromStart, $toEnd]; funderId follows the
// funding rule (FUNDED the event, or a program it is PART_OF, ≤ 5 levels); countryId takes events held in
// the place or anywhere inside it (≤ 6 LOCATED_IN hops).
// An undated event cannot overlap a date range, so under one it does not match; its group comes back
// with inRange false and no events, only a count, so that the caller can say how many were left out.
// Each group carries its exact count and at most $perBucket events, in date order then id.
// An event comes as a map of its properties, or, when the request asks only some ($eventProperties), as the list
// of their values in that order: the whole of each of a page's thousands of events was half the statement's time.
//
// A country's or a governorate's timeline without a funder reads its counts, not its events: the place's
// EventCounts (countryId, period, kind: src/events/event-count.ts, kept by every write) in period order give each
// period's count; only a month at an edge of the date range, where a day's event may fall outside it, counts that
// month's events. The page's periods then list their first $perBucket events each from the event_country_date
// index, or event_region_date for a governorate (a month's dates, a year's first day), and the undated ones from
// event_country_precision or event_region_precision. Morocco at a million nodes read every one of its 50,000
// events for the counts. The whole graph's timeline (no place, no funder; kinds or dates may be given) is read the
// same way, from the counts of every place together (countryId '*') and the event_date and event_precision
// indexes: it read every event of the graph, for every page, and the explorer opens on it.
//
// Otherwise the events are found from the narrowest filter given: a city's or a district's walking down its chain
// (its places, then the events held there), else the funder's FunderEvent entries; a place and a funder together
// start from the place (a country's from the event_country index, a governorate's from event_region). The UNWIND
// guards keep the other branches from running.
OPTIONAL MATCH (country:Node:Place {id: $countryId})
USING INDEX country:Node(id)
WHERE country.kind IN ['COUNTRY', 'GOVERNORATE'] AND $funderId IS NULL
// A governorate's counts and events are read as a country's, by the events' regionId, and the whole graph's from
// indexes of every event: each seek of an event index comes in three, and a null bound makes the others read nothing.
// Where the counts and the listed events are read from: a country's keys ('country'), a governorate's ('region'), or
// the whole graph's ('all'); null when the events must be found one by one.
WITH CASE WHEN country IS NOT NULL THEN CASE WHEN country.kind = 'GOVERNORATE' THEN 'region' ELSE 'country' END
  WHEN $countryId IS NULL AND $funderId IS NULL THEN 'all' END AS scope
CALL (scope) {
  UNWIND CASE WHEN scope IS NOT NULL THEN [true] ELSE [] END AS fromCounts
  CALL (scope) {
    MATCH (tally:EventCount)
    USING INDEX tally:EventCount(countryId, period, kind)
    // Period by period: not the counts of all periods together ('*', events/count-keys).
    WHERE tally.countryId = coalesce($countryId, '*') AND tally.period IS NOT NULL AND tally.period <> '*' AND tally.kind IS NOT NULL
      AND tally.n > 0 AND ($kinds IS NULL OR tally.kind IN $kinds)
    WITH tally.period AS period, sum(tally.n) AS n
    // inRange as below: null for the undated under a date range, false for a period outside it. A year overlaps the
    // range when it lies between the bounds' years, a month when between their months.
    WITH period, n, CASE WHEN period = '' THEN CASE WHEN $fromStart IS NULL AND $toEnd IS NULL THEN true END
      ELSE ($fromStart IS NULL OR period >= left($fromStart, size(period))) AND ($toEnd IS NULL OR period <= left($toEnd, size(period))) END AS inRange
    WHERE inRange IS NULL OR inRange
    CALL (period, n, scope) {
      // A month that holds a bound of the range: its events of a day may fall on either side.
      WITH period, n, size(period) = 7 AND (coalesce(period = left($fromStart, 7), false) OR coalesce(period = left($toEnd, 7), false)) AS edge
      CALL (period, n, edge, scope) {
        WITH n WHERE NOT edge
        RETURN n AS count
        UNION
        // The seek's bounds are a month's only (null otherwise: the planner may seek before it filters).
        WITH CASE WHEN edge AND scope = 'country' THEN period END AS month
        MATCH (e:Event)
        USING INDEX e:Event(countryId, dateStart, id)
        WHERE e.countryId = $countryId AND e.dateStart >= toString(date(month)) AND e.dateStart < toString(date(month) + duration({months: 1}))
          AND e.id IS NOT NULL AND e.datePrecision <> 'YEAR' AND ($kinds IS NULL OR e.kind IN $kinds)
          AND ($fromStart IS NULL OR e.dateEnd >= $fromStart) AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
        RETURN count(e) AS count
        UNION
        WITH CASE WHEN edge AND scope = 'region' THEN period END AS month
        MATCH (e:Event)
        USING INDEX e:Event(regionId, dateStart, id)
        WHERE e.regionId = $countryId AND e.dateStart >= toString(date(month)) AND e.dateStart < toString(date(month) + duration({months: 1}))
          AND e.id IS NOT NULL AND e.datePrecision <> 'YEAR' AND ($kinds IS NULL OR e.kind IN $kinds)
          AND ($fromStart IS NULL OR e.dateEnd >= $fromStart) AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
        RETURN count(e) AS count
        UNION
        WITH CASE WHEN edge AND scope = 'all' THEN period END AS month
        MATCH (e:Event)
        USING INDEX e:Event(dateStart, id)
        WHERE e.dateStart >= toString(date(month)) AND e.dateStart < toString(date(month) + duration({months: 1}))
          AND e.id IS NOT NULL AND e.datePrecision <> 'YEAR' AND ($kinds IS NULL OR e.kind IN $kinds)
          AND ($fromStart IS NULL OR e.dateEnd >= $fromStart) AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
        RETURN count(e) AS count
      }
      RETURN count
    }
    WITH period, inRange IS NOT NULL AS inRange, count
    WHERE count > 0
    RETURN period, inRange, count
    ORDER BY period
  }
  WITH collect({period: period, inRange: inRange, count: count}) AS groups
  WITH groups, [g IN groups WHERE g.period <> '' AND g.inRange AND ($afterPeriod IS NULL OR g.period > $afterPeriod) | g.period][..$firstPeriods] AS page
  UNWIND groups AS g
  CALL (g, page, scope) {
    // A country's events, a governorate's or the whole graph's: the guard is taken once per period, and only one of
    // the three runs.
    CALL (g, page, scope) {
      UNWIND CASE WHEN scope = 'country' AND g.inRange AND (g.period = '' OR g.period IN page) THEN [g.period] ELSE [] END AS period
      CALL (period) {
        // A month's events of a day or the month, in date order.
        WITH CASE WHEN size(period) = 7 THEN period END AS month
        MATCH (e:Event)
        USING INDEX e:Event(countryId, dateStart, id)
        WHERE e.countryId = $countryId AND e.dateStart >= toString(date(month)) AND e.dateStart < toString(date(month) + duration({months: 1}))
          AND e.id IS NOT NULL AND e.datePrecision <> 'YEAR' AND ($kinds IS NULL OR e.kind IN $kinds)
          AND ($fromStart IS NULL OR e.dateEnd >= $fromStart) AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
        WITH e ORDER BY e.countryId, e.dateStart, e.id LIMIT $perBucket
        RETURN e
        UNION
        // A year's events dated only to the year: all start on its first day.
        WITH CASE WHEN size(period) = 4 THEN period END AS year
        MATCH (e:Event)
        USING INDEX e:Event(countryId, dateStart, id)
        WHERE e.countryId = $countryId AND e.dateStart = toString(date(year)) AND e.id IS NOT NULL
          AND e.datePrecision = 'YEAR' AND ($kinds IS NULL OR e.kind IN $kinds)
        WITH e ORDER BY e.countryId, e.dateStart, e.id LIMIT $perBucket
        RETURN e
        UNION
        // The undated ones. Each branch's seek reads nothing for another branch's period (a null bound): the
        // planner may seek before it filters the period.
        WITH CASE WHEN period = '' THEN 'UNKNOWN' END AS undated
        MATCH (e:Event)
        USING INDEX e:Event(countryId, datePrecision, id)
        WHERE e.countryId = $countryId AND e.datePrecision = undated AND e.id IS NOT NULL AND ($kinds IS NULL OR e.kind IN $kinds)
        WITH e ORDER BY e.countryId, e.datePrecision, e.id LIMIT $perBucket
        RETURN e
      }
      RETURN e
      UNION ALL
      UNWIND CASE WHEN scope = 'region' AND g.inRange AND (g.period = '' OR g.period IN page) THEN [g.period] ELSE [] END AS period
      CALL (period) {
        // A month's events of a day or the month, in date order.
        WITH CASE WHEN size(period) = 7 THEN period END AS month
        MATCH (e:Event)
        USING INDEX e:Event(regionId, dateStart, id)
        WHERE e.regionId = $countryId AND e.dateStart >= toString(date(month)) AND e.dateStart < toString(date(month) + duration({months: 1}))
          AND e.id IS NOT NULL AND e.datePrecision <> 'YEAR' AND ($kinds IS NULL OR e.kind IN $kinds)
          AND ($fromStart IS NULL OR e.dateEnd >= $fromStart) AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
        WITH e ORDER BY e.regionId, e.dateStart, e.id LIMIT $perBucket
        RETURN e
        UNION
        // A year's events dated only to the year: all start on its first day.
        WITH CASE WHEN size(period) = 4 THEN period END AS year
        MATCH (e:Event)
        USING INDEX e:Event(regionId, dateStart, id)
        WHERE e.regionId = $countryId AND e.dateStart = toString(date(year)) AND e.id IS NOT NULL
          AND e.datePrecision = 'YEAR' AND ($kinds IS NULL OR e.kind IN $kinds)
        WITH e ORDER BY e.regionId, e.dateStart, e.id LIMIT $perBucket
        RETURN e
        UNION
        // The undated ones. The same, by the events' regionId.
        WITH CASE WHEN period = '' THEN 'UNKNOWN' END AS undated
        MATCH (e:Event)
        USING INDEX e:Event(regionId, datePrecision, id)
        WHERE e.regionId = $countryId AND e.datePrecision = undated AND e.id IS NOT NULL AND ($kinds IS NULL OR e.kind IN $kinds)
        WITH e ORDER BY e.regionId, e.datePrecision, e.id LIMIT $perBucket
        RETURN e
      }
      RETURN e
      UNION ALL
      UNWIND CASE WHEN scope = 'all' AND g.inRange AND (g.period = '' OR g.period IN page) THEN [g.period] ELSE [] END AS period
      CALL (period) {
        // The same, from every event of the graph: event_date and event_precision.
        WITH CASE WHEN size(period) = 7 THEN period END AS month
        MATCH (e:Event)
        USING INDEX e:Event(dateStart, id)
        WHERE e.dateStart >= toString(date(month)) AND e.dateStart < toString(date(month) + duration({months: 1}))
          AND e.id IS NOT NULL AND e.datePrecision <> 'YEAR' AND ($kinds IS NULL OR e.kind IN $kinds)
          AND ($fromStart IS NULL OR e.dateEnd >= $fromStart) AND ($toEnd IS NULL OR e.dateStart <= $toEnd)
        WITH e ORDER BY e.dateStart, e.id LIMIT $perBucket
        RETURN e
        UNION
        WITH CASE WHEN size(period) = 4 THEN period END AS year
        MATCH (e:Event)
        USING INDEX e:Event(dateStart, id)
        WHERE e.dateStart = toString(date(year)) AND e.id IS NOT NULL
          AND e.datePrecision = 'YEAR' AND ($kinds IS NULL OR e.kind IN $kinds)
        WITH e ORDER BY e.dateStart, e.id LIMIT $perBucket
        RETURN e
        UNION
        WITH CASE WHEN period = '' THEN 'UNKNOWN' END AS undated
        MATCH (e:Event)
        USING INDEX e:Event(datePrecision, id)
        WHERE e.datePrecision = undated AND e.id IS NOT NULL AND ($kinds IS NULL OR e.kind IN $kinds)
        WITH e ORDER BY e.datePrecision, e.id LIMIT $perBucket
        RETURN e
      }
      RETURN e
    }
    RETURN collect(CASE WHEN $eventProperties IS NULL THEN e {.*} ELSE [key IN $eventProperties | e[key]] END) AS events
  }
  RETURN CASE WHEN g.period <> '' THEN g.period END AS period, g.inRange AS inRange, g.count AS count, events
  UNION
  UNWIND CASE WHEN scope IS NULL THEN [true] ELSE [] END AS fromEvents
  CALL () {
    // With a funder (without one, the counts above answer): a country's events straight from the event_country
    // index (their derived countryId, events/refresh-countries),
    UNWIND CASE WHEN $countryId IS NOT NULL THEN [$countryId] ELSE [] END AS placeId
    MATCH (country:Node:Place {id: placeId})
    USING INDEX country:Node(id)
    WHERE country.kind = 'COUNTRY'
    MATCH (e:Event)
    USING INDEX e:Event(countryId, id)
    WHERE e.countryId = country.id AND e.id IS NOT NULL
    RETURN e
    UNION
    // a governorate's from event_region (their derived regionId, the same refresh),
    UNWIND CASE WHEN $countryId IS NOT NULL THEN [$countryId] ELSE [] END AS placeId
    MATCH (region:Node:Place {id: placeId})
    USING INDEX region:Node(id)
    WHERE region.kind = 'GOVERNORATE'
    MATCH (e:Event)
    USING INDEX e:Event(regionId, id)
    WHERE e.regionId = region.id AND e.id IS NOT NULL
    RETURN e
    UNION
    // any other place's walking its chain down.
    UNWIND CASE WHEN $countryId IS NOT NULL THEN [$countryId] ELSE [] END AS placeId
    MATCH (place:Node:Place {id: placeId})<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(e:Node:Event)
    USING INDEX place:Node(id)
    WHERE NOT coalesce(place.kind IN ['COUNTRY', 'GOVERNORATE'], false)
    RETURN e
    UNION
    // A funder's events are its FunderEvent entries (funding/refresh-funder-events derives them by the funding
    // rule, one per event), read from the funder_event index: no walk down its FUNDED edges and program chains.
    UNWIND CASE WHEN $countryId IS NULL AND $funderId IS NOT NULL THEN [$funderId] ELSE [] END AS funderId
    MATCH (entry:FunderEvent)
    USING INDEX entry:FunderEvent(funderId, sortDate, eventId)
    WHERE entry.funderId = funderId AND entry.sortDate IS NOT NULL AND entry.eventId IS NOT NULL
    MATCH (e:Node:Event {id: entry.eventId})
    USING INDEX e:Node(id)
    RETURN e
  }
  WITH e
  WHERE ($kinds IS NULL OR e.kind IN $kinds)
    // Found from the place, an event still has to meet the funder filter when both are given.
    AND ($countryId IS NULL OR $funderId IS NULL OR EXISTS { (e)-[:PART_OF*0..5]->(:Node)<-[:FUNDED]-(:Actor {id: $funderId}) })
  WITH e,
    CASE e.datePrecision WHEN 'DAY' THEN left(e.date, 7) WHEN 'MONTH' THEN e.date WHEN 'YEAR' THEN e.date END AS period,
    ($fromStart IS NULL OR e.dateEnd >= $fromStart) AND ($toEnd IS NULL OR e.dateStart <= $toEnd) AS inRange
  // inRange is null exactly for an undated event under a date range; false for a dated event outside it.
  WHERE inRange IS NULL OR inRange
  WITH e, period, inRange IS NOT NULL AS inRange
  ORDER BY e.dateStart, e.id
  WITH period, inRange, count(e) AS count, collect(e)[..$perBucket] AS listed
  // The page of periods: the first $firstPeriods dated periods after $afterPeriod, in period order (text order:
  // a year before its months). Every group keeps its exact count; only the page's dated periods and the undated
  // bucket project their events, so the answer grows with the page, not with the years the graph spans.
  ORDER BY period
  WITH collect({period: period, inRange: inRange, count: count, listed: listed}) AS groups
  WITH groups, [g IN groups WHERE g.period IS NOT NULL AND g.inRange AND ($afterPeriod IS NULL OR g.period > $afterPeriod) | g.period][..$firstPeriods] AS page
  UNWIND groups AS g
  RETURN g.period AS period, g.inRange AS inRange, g.count AS count,
    CASE WHEN g.inRange AND (g.period IS NULL OR g.period IN page)
      THEN [x IN g.listed | CASE WHEN $eventProperties IS NULL THEN x {.*} ELSE [key IN $eventProperties | x[key]] END] ELSE [] END AS events
}
RETURN period, inRange, count, events
