// Every (funder, event) pair: the funder FUNDED the event itself, or FUNDED a program that the event is
// PART_OF through a chain of programs. Program nesting in practice is 1–2 levels; 5 bounds the walk.
// A pair reached by several routes is one flow: direct when any route is direct, otherwise the route
// with the fewest hops (ties broken by program ids) is shown, so the answer never depends on plan order.
//
// With $funderId, the pairs are the funder's FunderEvent entries (derived by funding/refresh-funder-events, by
// that very rule, with the event's sort date, kind, dates and stored country): the page is read in the answer's
// order (funderId, sortDate, eventId) from the funder_event index, filtered on the entries, and stops at the page;
// the count, when $withCount (the request reads totalCount), counts the funder's entries that pass the filters;
// with no filter but the funder it is the eventCount of the funder's FunderTotal (funding/refresh-funder-totals,
// kept by every write: one entry per event the funder reaches, as here), one seek where counting read one index
// entry per flow (32,097 db hits for org:eu's first page at a million nodes).
// When $countryId is a COUNTRY place, the entries are read from funder_event_country (funderId, countryId,
// sortDate, eventId) instead, the country being the event's stored countryId as for a country's events
// (events/events-page), so no event's place chain is walked; a GOVERNORATE likewise from funder_event_region by
// the event's stored regionId.
// Without $funderId, the pairs are every funder's entries, read the same way from the same index (its order,
// funderId first, is the answer's), and counted from the label's count store when nothing but the page is asked;
// within a country or a governorate, from funder_event_in_country (countryId, funderId, sortDate, eventId) or
// funder_event_in_region, whose order is the answer's once the place is fixed: only that place's entries are read.
// Below any other place (a district, a city), with a funder or without, the entries are those of the events found
// by walking down from the place, one seek of the (eventId, funderId) constraint each. Either way the route, the programs on it and the hops' evidence are built for the page's pairs only
// ($limit of them, the caller's page + 1), never for a funder's whole portfolio.
// Each case (a funder's, every funder's, below a place) is behind a guard: exactly one of them answers one row.
CALL () {
  UNWIND CASE WHEN $funderId IS NOT NULL THEN [$funderId] ELSE [] END AS funderId
  OPTIONAL MATCH (area:Node:Place {id: $countryId})
  USING INDEX area:Node(id)
  WITH funderId, area, coalesce(area.kind = 'COUNTRY', false) AS byCountry, coalesce(area.kind = 'GOVERNORATE', false) AS byRegion,
    $eventKinds IS NULL AND $countryId IS NULL AND $fromStart IS NULL AND $toEnd IS NULL AND NOT $directOnly AS unfiltered
  // Below any other place, the last case answers. An id that names no place matches nothing.
  WHERE area IS NULL OR byCountry OR byRegion
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
      UNWIND CASE WHEN $withCount AND $countryId IS NULL AND NOT unfiltered THEN [true] ELSE [] END AS counting
      MATCH (entry:FunderEvent)
      USING INDEX entry:FunderEvent(funderId, sortDate, eventId)
      WHERE entry.funderId = $funderId AND entry.sortDate IS NOT NULL AND entry.eventId IS NOT NULL
      RETURN entry
    }
    // The filters on the entry, once for either index: a count needs no order.
    WITH entry WHERE ($eventKinds IS NULL OR entry.kind IN $eventKinds)
      AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
      AND ($toEnd IS NULL OR entry.dateStart <= $toEnd)
      AND (NOT $directOnly OR entry.direct)
    WITH count(entry) AS counted
    OPTIONAL MATCH (total:FunderTotal {funderId: $funderId})
    WHERE $withCount AND unfiltered
    // A funder that reaches nothing keeps no total.
    RETURN CASE WHEN $withCount AND unfiltered THEN coalesce(total.eventCount, 0) ELSE counted END AS totalCount
  }
  CALL (byCountry, byRegion) {
    CALL (byCountry, byRegion) {
      UNWIND CASE WHEN byCountry THEN [true] ELSE [] END AS inCountry
      // A subquery of its own that imports nothing, so that the index's order reaches its LIMIT (no sort).
      CALL () {
        MATCH (entry:FunderEvent)
        USING INDEX entry:FunderEvent(funderId, countryId, sortDate, eventId)
        // The seek starts at the cursor's date when the cursor is this funder's (a date bound, then the exact keyset).
        WHERE entry.funderId = $funderId AND entry.countryId = $countryId
          AND entry.sortDate >= CASE WHEN $afterFunder = $funderId THEN $afterDate ELSE '' END
          AND entry.eventId IS NOT NULL
          AND ($afterFunder IS NULL OR $afterFunder < $funderId
            OR ($afterFunder = $funderId AND (entry.sortDate > $afterDate OR (entry.sortDate = $afterDate AND entry.eventId > $afterEvent))))
          AND ($eventKinds IS NULL OR entry.kind IN $eventKinds)
          AND ($toEnd IS NULL OR (entry.sortDate <= $toEnd AND entry.dateStart <= $toEnd))
          AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
          AND (NOT $directOnly OR entry.direct)
        // Ordered on every key of the index, so that the index's own order reaches the LIMIT (no sort).
        WITH entry ORDER BY entry.funderId, entry.countryId, entry.sortDate, entry.eventId LIMIT $limit
        RETURN entry
      }
      RETURN entry
      UNION ALL
      // A GOVERNORATE reads funder_event_region (funderId, regionId, sortDate, eventId) the same way.
      UNWIND CASE WHEN byRegion THEN [true] ELSE [] END AS inRegion
      CALL () {
        MATCH (entry:FunderEvent)
        USING INDEX entry:FunderEvent(funderId, regionId, sortDate, eventId)
        WHERE entry.funderId = $funderId AND entry.regionId = $countryId
          AND entry.sortDate >= CASE WHEN $afterFunder = $funderId THEN $afterDate ELSE '' END
          AND entry.eventId IS NOT NULL
          AND ($afterFunder IS NULL OR $afterFunder < $funderId
            OR ($afterFunder = $funderId AND (entry.sortDate > $afterDate OR (entry.sortDate = $afterDate AND entry.eventId > $afterEvent))))
          AND ($eventKinds IS NULL OR entry.kind IN $eventKinds)
          AND ($toEnd IS NULL OR (entry.sortDate <= $toEnd AND entry.dateStart <= $toEnd))
          AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
          AND (NOT $directOnly OR entry.direct)
        WITH entry ORDER BY entry.funderId, entry.regionId, entry.sortDate, entry.eventId LIMIT $limit
        RETURN entry
      }
      RETURN entry
      UNION ALL
      UNWIND CASE WHEN $countryId IS NULL THEN [true] ELSE [] END AS anyPlace
      CALL () {
        MATCH (entry:FunderEvent)
        USING INDEX entry:FunderEvent(funderId, sortDate, eventId)
        WHERE entry.funderId = $funderId AND entry.sortDate >= CASE WHEN $afterFunder = $funderId THEN $afterDate ELSE '' END
          AND entry.eventId IS NOT NULL
          AND ($afterFunder IS NULL OR $afterFunder < $funderId
            OR ($afterFunder = $funderId AND (entry.sortDate > $afterDate OR (entry.sortDate = $afterDate AND entry.eventId > $afterEvent))))
          AND ($eventKinds IS NULL OR entry.kind IN $eventKinds)
          // dateStart <= $toEnd implies sortDate <= $toEnd (an undated event matches no range): a bound of the seek.
          AND ($toEnd IS NULL OR (entry.sortDate <= $toEnd AND entry.dateStart <= $toEnd))
          AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
          AND (NOT $directOnly OR entry.direct)
        WITH entry ORDER BY entry.funderId, entry.sortDate, entry.eventId LIMIT $limit
        RETURN entry
      }
      RETURN entry
    }
    // The page's order is set again once its routes are built.
    MATCH (e:Node {id: entry.eventId})
    USING INDEX e:Node(id)
    RETURN collect({e: e, direct: entry.direct, sortDate: entry.sortDate}) AS pairs
  }
  OPTIONAL MATCH (f:Node:Actor {id: funderId})
  USING INDEX f:Node(id)
  RETURN totalCount, [pair IN pairs | pair {.*, f: f}] AS kept
  UNION
  UNWIND CASE WHEN $funderId IS NULL THEN [true] ELSE [] END AS everyFunder
  OPTIONAL MATCH (area:Node:Place {id: $countryId})
  USING INDEX area:Node(id)
  WITH area, coalesce(area.kind = 'COUNTRY', false) AS byCountry, coalesce(area.kind = 'GOVERNORATE', false) AS byRegion,
    $eventKinds IS NULL AND $countryId IS NULL AND $fromStart IS NULL AND $toEnd IS NULL AND NOT $directOnly AS unfiltered
  // Below any other place, the last case answers. An id that names no place matches nothing.
  WHERE area IS NULL OR byCountry OR byRegion
  WITH unfiltered, byCountry, byRegion
  // Unfiltered, every entry is a flow: the label's count store.
  CALL () {
    MATCH (entry:FunderEvent)
    RETURN count(entry) AS entries
  }
  // Every entry of a country or a governorate says so, and the entries of one are read by its index alone; any
  // other filter is tested on each entry of the place (or, with no place, on every entry).
  CALL (unfiltered, byCountry, byRegion) {
    CALL (unfiltered, byCountry, byRegion) {
      UNWIND CASE WHEN $withCount AND byCountry THEN [true] ELSE [] END AS counting
      MATCH (entry:FunderEvent)
      USING INDEX entry:FunderEvent(countryId, funderId, sortDate, eventId)
      WHERE entry.countryId = $countryId AND entry.funderId IS NOT NULL AND entry.sortDate IS NOT NULL AND entry.eventId IS NOT NULL
      RETURN entry
      UNION ALL
      UNWIND CASE WHEN $withCount AND byRegion THEN [true] ELSE [] END AS counting
      MATCH (entry:FunderEvent)
      USING INDEX entry:FunderEvent(regionId, funderId, sortDate, eventId)
      WHERE entry.regionId = $countryId AND entry.funderId IS NOT NULL AND entry.sortDate IS NOT NULL AND entry.eventId IS NOT NULL
      RETURN entry
      UNION ALL
      UNWIND CASE WHEN $withCount AND NOT unfiltered AND $countryId IS NULL THEN [true] ELSE [] END AS counting
      MATCH (entry:FunderEvent)
      RETURN entry
    }
    WITH entry WHERE ($eventKinds IS NULL OR entry.kind IN $eventKinds)
      AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
      AND ($toEnd IS NULL OR entry.dateStart <= $toEnd)
      AND (NOT $directOnly OR entry.direct)
    RETURN count(entry) AS counted
  }
  CALL (byCountry, byRegion) {
    // In the answer's order (funderId, sortDate, eventId), which is that of funder_event, and of
    // funder_event_in_country and funder_event_in_region once their place is fixed: the page is read in order from
    // the cursor and stops at $limit. Walking every FUNDED edge down its PART_OF chains and sorting every pair was
    // 3,289,313 db hits and 3.1 s for a first page at a million nodes (22,508 and 43 ms now).
    CALL (byCountry, byRegion) {
      UNWIND CASE WHEN $countryId IS NULL THEN [true] ELSE [] END AS anyPlace
      // A subquery of its own that imports nothing, so that the index's order reaches its LIMIT (no sort).
      CALL () {
        MATCH (entry:FunderEvent)
        USING INDEX entry:FunderEvent(funderId, sortDate, eventId)
        WHERE entry.funderId >= coalesce($afterFunder, '') AND entry.sortDate IS NOT NULL AND entry.eventId IS NOT NULL
          AND ($afterFunder IS NULL OR entry.funderId > $afterFunder
            OR entry.sortDate > $afterDate OR (entry.sortDate = $afterDate AND entry.eventId > $afterEvent))
          AND ($eventKinds IS NULL OR entry.kind IN $eventKinds)
          AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
          AND ($toEnd IS NULL OR entry.dateStart <= $toEnd)
          AND (NOT $directOnly OR entry.direct)
        WITH entry ORDER BY entry.funderId, entry.sortDate, entry.eventId LIMIT $limit
        RETURN entry
      }
      RETURN entry
      UNION ALL
      UNWIND CASE WHEN byCountry THEN [true] ELSE [] END AS inCountry
      CALL () {
        MATCH (entry:FunderEvent)
        USING INDEX entry:FunderEvent(countryId, funderId, sortDate, eventId)
        WHERE entry.countryId = $countryId AND entry.funderId >= coalesce($afterFunder, '')
          AND entry.sortDate IS NOT NULL AND entry.eventId IS NOT NULL
          AND ($afterFunder IS NULL OR entry.funderId > $afterFunder
            OR entry.sortDate > $afterDate OR (entry.sortDate = $afterDate AND entry.eventId > $afterEvent))
          AND ($eventKinds IS NULL OR entry.kind IN $eventKinds)
          AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
          AND ($toEnd IS NULL OR entry.dateStart <= $toEnd)
          AND (NOT $directOnly OR entry.direct)
        // Ordered on every key of the index, so that the index's own order reaches the LIMIT (no sort).
        WITH entry ORDER BY entry.countryId, entry.funderId, entry.sortDate, entry.eventId LIMIT $limit
        RETURN entry
      }
      RETURN entry
      UNION ALL
      UNWIND CASE WHEN byRegion THEN [true] ELSE [] END AS inRegion
      CALL () {
        MATCH (entry:FunderEvent)
        USING INDEX entry:FunderEvent(regionId, funderId, sortDate, eventId)
        WHERE entry.regionId = $countryId AND entry.funderId >= coalesce($afterFunder, '')
          AND entry.sortDate IS NOT NULL AND entry.eventId IS NOT NULL
          AND ($afterFunder IS NULL OR entry.funderId > $afterFunder
            OR entry.sortDate > $afterDate OR (entry.sortDate = $afterDate AND entry.eventId > $afterEvent))
          AND ($eventKinds IS NULL OR entry.kind IN $eventKinds)
          AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
          AND ($toEnd IS NULL OR entry.dateStart <= $toEnd)
          AND (NOT $directOnly OR entry.direct)
        WITH entry ORDER BY entry.regionId, entry.funderId, entry.sortDate, entry.eventId LIMIT $limit
        RETURN entry
      }
      RETURN entry
    }
    MATCH (e:Node {id: entry.eventId})
    USING INDEX e:Node(id)
    MATCH (f:Node:Actor {id: entry.funderId})
    USING INDEX f:Node(id)
    RETURN collect({f: f, e: e, direct: entry.direct, sortDate: entry.sortDate}) AS kept
  }
  RETURN CASE WHEN unfiltered THEN entries ELSE counted END AS totalCount, kept
  UNION
  // Below a place that is neither a country nor a governorate (a district, a city), with a funder or without: the
  // entries of the events found by walking down from the place, one seek of the (eventId, funderId) constraint each.
  // The place's few events, where walking up from each entry took 1 s for org:eu in a district at a million nodes,
  // and 3.9 s for every funder's.
  OPTIONAL MATCH (area:Node:Place {id: $countryId})
  USING INDEX area:Node(id)
  UNWIND CASE WHEN area IS NULL OR area.kind IN ['COUNTRY', 'GOVERNORATE'] THEN [] ELSE [area] END AS place
  CALL (place) {
    WITH place WHERE $withCount
    MATCH (place)<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(e:Event)
    WITH DISTINCT e
    MATCH (entry:FunderEvent)
    USING INDEX entry:FunderEvent(eventId, funderId)
    WHERE entry.eventId = e.id AND entry.funderId IS NOT NULL AND ($funderId IS NULL OR entry.funderId = $funderId)
      AND ($eventKinds IS NULL OR entry.kind IN $eventKinds)
      AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
      AND ($toEnd IS NULL OR entry.dateStart <= $toEnd)
      AND (NOT $directOnly OR entry.direct)
    RETURN count(entry) AS totalCount
  }
  CALL (place) {
    MATCH (place)<-[:LOCATED_IN*0..6]-(:Place)<-[:HELD_IN]-(e:Event)
    WITH DISTINCT e
    MATCH (entry:FunderEvent)
    USING INDEX entry:FunderEvent(eventId, funderId)
    WHERE entry.eventId = e.id AND entry.funderId IS NOT NULL AND ($funderId IS NULL OR entry.funderId = $funderId)
      AND ($afterFunder IS NULL OR entry.funderId > $afterFunder
        OR (entry.funderId = $afterFunder AND (entry.sortDate > $afterDate OR (entry.sortDate = $afterDate AND entry.eventId > $afterEvent))))
      AND ($eventKinds IS NULL OR entry.kind IN $eventKinds)
      AND ($fromStart IS NULL OR entry.dateEnd >= $fromStart)
      AND ($toEnd IS NULL OR entry.dateStart <= $toEnd)
      AND (NOT $directOnly OR entry.direct)
    WITH entry ORDER BY entry.funderId, entry.sortDate, entry.eventId LIMIT $limit
    MATCH (e:Node {id: entry.eventId})
    USING INDEX e:Node(id)
    MATCH (f:Node:Actor {id: entry.funderId})
    USING INDEX f:Node(id)
    RETURN collect({f: f, e: e, direct: entry.direct, sortDate: entry.sortDate}) AS kept
  }
  RETURN totalCount, kept
}
CALL (kept) {
  UNWIND kept AS pair
  WITH pair.f AS f, pair.e AS e, pair.direct AS direct, pair.sortDate AS sortDate
  CALL (f, e) {
    // Up from the event (a handful of routes), then the funder's edge into each route's top: never down
    // from a hub funder's thousands of edges.
    MATCH route = (e)-[:PART_OF*0..5]->(target:Node)
    WHERE all(n IN tail(nodes(route)) WHERE n:Program)
    WITH f, route, target
    MATCH (target)<-[fund:FUNDED]-(f)
    WITH fund, route ORDER BY length(route), [n IN nodes(route) | n.id]
    LIMIT 1
    RETURN fund, route
  }
  WITH f, e, direct, sortDate, fund, route ORDER BY f.id, sortDate, e.id
  // The funder, the event and the programs come whole, or, when the request reads only some of their properties
  // ($funderProperties, $eventProperties, $programProperties), as the lists of those properties' values in that
  // order: a page of 50 whole flows repeated the funder's every property 50 times and was two thirds of the
  // statement's answer (Saferworld at 100k nodes: 97 → 32 KB for the README's question).
  RETURN collect({
    funder: CASE WHEN $funderProperties IS NULL THEN f {.*} ELSE [key IN $funderProperties | f[key]] END, funderLabels: labels(f),
    event: CASE WHEN $eventProperties IS NULL THEN e {.*} ELSE [key IN $eventProperties | e[key]] END,
    sortDate: sortDate, direct: direct,
    // Programs from the funder's side down to the one the event belongs to.
    via: [p IN reverse(tail(nodes(route))) | CASE WHEN $programProperties IS NULL THEN p {.*} ELSE [key IN $programProperties | p[key]] END],
    hops: [{type: 'FUNDED', from: f.id, to: endNode(fund).id, evidenceIds: fund.evidenceIds}] +
          [r IN reverse(relationships(route)) | {type: 'PART_OF', from: startNode(r).id, to: endNode(r).id, evidenceIds: r.evidenceIds}]
  }) AS page
}
// The evidence ids of the listed flows' hops (not of the one more read to know whether another page follows),
// whose records funding/funding-flows-with-evidence adds: the page and its evidence in one statement, not two in
// a row.
RETURN totalCount, page,
  COLLECT { UNWIND page[0..$limit - 1] AS flow UNWIND flow.hops AS hop UNWIND coalesce(hop.evidenceIds, []) AS evidenceId RETURN evidenceId } AS evidenceIds
