// What two actors have in common (LittleSis "interlocks"), in one statement from two index seeks:
// - activities: events and programs both have a direct relationship to (ORGANIZED, PARTNERED_WITH,
//   PARTICIPATED_IN, FUNDED, IMPLEMENTED);
// - funders: actors that support what each of the two organised, implemented or partnered in (the
//   contract's funderReach.organizations rule), by the funding rule: FUNDED the event or program itself,
//   or a program it is PART_OF through up to 5 levels (nesting in practice is 1–2 levels), as each actor's
//   ActorFunder entries keep them;
// - people: persons other than the two tied to both, each tie being a position held in the actor or
//   taking part in an event the actor has a direct relationship to.
// The actors are OPTIONAL so that the caller can say which id is unknown; a null actor matches nothing.
// Every list is cut to its first $first by id (funders, events, programs, people, and each funder's activities
// and each person's ties), after it is counted and before anything of it is projected: two hubs at a million
// nodes had 1.8 MB in common. Only the people listed get their ties built.
// $funderActivityProperties and $tieEventProperties are false when the operation asks nothing of the
// funders' activities, or of the ties' events, but their ids: those then come as ids (and labels) only.
// Every property of a hub's thousands of them was most of the answer and many of the db hits (at 100k nodes,
// Musa'ala and SADA: 4.2 MB, and 79,547 db hits in the funders' projection alone; 0.9 MB with ids only).
OPTIONAL MATCH (a:Node:Actor {id: $actorId})
OPTIONAL MATCH (b:Node:Actor {id: $otherId})
// The activities both have a direct relationship to are the pair's PartnerPair entry (analysis/refresh-partner-
// pairs, kept by every write by this very rule), in id order: one seek, where reading both sides' relationships
// to meet on the activity cost 90,666 db hits for Musa'ala and SADA at a million nodes (3,627 now). Only the listed
// activities' relationships to the two are read (between bound nodes, from the activity's side).
CALL (a, b) {
  OPTIONAL MATCH (pair:PartnerPair {actorId: a.id, partnerId: b.id})
  UNWIND coalesce(pair.activityIds, []) AS activityId
  MATCH (x:Node {id: activityId})
  USING INDEX x:Node(id)
  WITH x ORDER BY x.id
  // An aggregation alone answers one row, also when nothing is shared (or an actor is unknown).
  WITH collect(x) AS shared
  WITH [x IN shared WHERE x:Event] AS events, [x IN shared WHERE NOT x:Event] AS programs
  CALL (a, b, events, programs) {
    UNWIND events[..$first] + programs[..$first] AS x
    RETURN collect({
      activity: properties(x),
      labels: labels(x),
      // By type, then by relationship id: an actor may have several relationships to one activity.
      actorLinks: COLLECT {
        MATCH (a)-[r:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->(x)
        WITH r ORDER BY type(r), r.id
        RETURN {type: type(r), role: r.role, evidenceIds: r.evidenceIds}
      },
      otherLinks: COLLECT {
        MATCH (b)-[r:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->(x)
        WITH r ORDER BY type(r), r.id
        RETURN {type: type(r), role: r.role, evidenceIds: r.evidenceIds}
      }
    }) AS activities
  }
  RETURN size(events) AS eventCount, size(programs) AS programCount, activities
}
// Funders are met on the actors' ActorFunder entries (analysis/refresh-actor-funders, kept by every write by this
// very rule): the first actor's entries in funder order (one seek), and for each the other's entry for the same
// funder (one seek each). Walking both sides' activities and each activity's funders cost 350,000 db hits for two
// hubs at a million nodes (Musa'ala's 17,305 activities have 23,887 (activity, funder) pairs, from 3,469
// funders). Only the listed funders' entries are read again, for their activities, a page of each list.
CALL (a, b) {
  MATCH (mine:ActorFunder)
  USING INDEX mine:ActorFunder(actorId, funderId)
  WHERE mine.actorId = a.id AND mine.funderId IS NOT NULL AND mine.funderId <> b.id
  MATCH (:ActorFunder {actorId: b.id, funderId: mine.funderId})
  WITH mine.funderId AS funderId
  WHERE funderId <> a.id
  ORDER BY funderId
  // An aggregation alone answers one row, also when no funder is shared (or an actor is unknown).
  WITH collect(funderId) AS shared
  CALL (a, b, shared) {
    UNWIND shared[..$first] AS funderId
    MATCH (f:Node {id: funderId})
    USING INDEX f:Node(id)
    MATCH (mine:ActorFunder {actorId: a.id, funderId: funderId})
    MATCH (theirs:ActorFunder {actorId: b.id, funderId: funderId})
    // The lists are in id order: a page of each is a slice.
    WITH f, mine.activityIds AS actorIds, theirs.activityIds AS otherIds
    ORDER BY f.id
    RETURN collect({
      funder: properties(f),
      labels: labels(f),
      actorActivityCount: size(actorIds),
      otherActivityCount: size(otherIds),
      actorActivities: COLLECT {
        UNWIND actorIds[..$first] AS id
        MATCH (x:Node {id: id})
        USING INDEX x:Node(id)
        WITH x ORDER BY x.id
        RETURN {activity: CASE WHEN $funderActivityProperties THEN x {.*} ELSE x {.id} END, labels: labels(x)}
      },
      otherActivities: COLLECT {
        UNWIND otherIds[..$first] AS id
        MATCH (x:Node {id: id})
        USING INDEX x:Node(id)
        WITH x ORDER BY x.id
        RETURN {activity: CASE WHEN $funderActivityProperties THEN x {.*} ELSE x {.id} END, labels: labels(x)}
      }
    }) AS funders
  }
  RETURN size(shared) AS funderCount, funders
}
// People are found from each side the same way, as references only (person, relationship, event), and meet
// on the person: one tied to one side only, most of a hub's participants, costs no property read, and only
// the persons tied to both get their ties built. (Building every participant's ties, then testing each of
// its events against the other side, cost 231,879 db hits at 100k nodes for Musa'ala and SADA: 1,719
// persons, 471 of them shared. Walking both sides costs 47,838, the whole of this part 59,172.) Ties are
// values (type, title, event, evidence): two equal ones, as when the actor has two relationships to the same
// event, count once.
CALL (a, b) {
  UNWIND [a, b] AS side
  CALL (side) {
    MATCH (p:Person)-[r:HOLDS_POSITION]->(side)
    RETURN p, r, null AS e
    UNION
    MATCH (p:Person)-[r:PARTICIPATED_IN]->(e:Event)<-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]-(side)
    RETURN p, r, e
  }
  WITH p, side, collect({relationship: r, event: e}) AS ties
  WITH p, collect({side: side, ties: ties}) AS sides
  WHERE size(sides) = 2 AND p <> a AND p <> b
  WITH p, [s IN sides WHERE s.side = a][0].ties AS actorRefs, [s IN sides WHERE s.side = b][0].ties AS otherRefs
  ORDER BY p.id
  WITH collect({p: p, actorRefs: actorRefs, otherRefs: otherRefs}) AS shared
  // An aggregation alone in its subquery answers one row, also when no person is listed.
  CALL (shared) {
    UNWIND shared[..$first] AS s
    WITH s.p AS p, s.actorRefs AS actorRefs, s.otherRefs AS otherRefs
    CALL (actorRefs) {
      UNWIND actorRefs AS tie
      WITH DISTINCT type(tie.relationship) AS type, CASE WHEN tie.event IS NULL THEN tie.relationship.title END AS title,
        tie.event AS e, tie.relationship.evidenceIds AS evidenceIds
      // Positions (by title) before events (by id).
      ORDER BY e IS NOT NULL, coalesce(e.id, title)
      WITH collect({type: type, title: title, e: e, evidenceIds: evidenceIds}) AS ties
      RETURN size(ties) AS actorTieCount, [t IN ties[..$first] | {
        type: t.type, title: t.title, event: CASE WHEN t.e IS NULL THEN null WHEN $tieEventProperties THEN properties(t.e) ELSE {id: t.e.id} END, evidenceIds: t.evidenceIds
      }] AS actorTies
    }
    CALL (otherRefs) {
      UNWIND otherRefs AS tie
      WITH DISTINCT type(tie.relationship) AS type, CASE WHEN tie.event IS NULL THEN tie.relationship.title END AS title,
        tie.event AS e, tie.relationship.evidenceIds AS evidenceIds
      ORDER BY e IS NOT NULL, coalesce(e.id, title)
      WITH collect({type: type, title: title, e: e, evidenceIds: evidenceIds}) AS ties
      RETURN size(ties) AS otherTieCount, [t IN ties[..$first] | {
        type: t.type, title: t.title, event: CASE WHEN t.e IS NULL THEN null WHEN $tieEventProperties THEN properties(t.e) ELSE {id: t.e.id} END, evidenceIds: t.evidenceIds
      }] AS otherTies
    }
    RETURN collect({
      person: p {.*}, actorTieCount: actorTieCount, otherTieCount: otherTieCount, actorTies: actorTies, otherTies: otherTies
    }) AS people
  }
  RETURN size(shared) AS personCount, people
}
RETURN a {.*} AS actor, labels(a) AS actorLabels, b {.*} AS other, labels(b) AS otherLabels,
  eventCount, programCount, activities, funderCount, funders, personCount, people,
  // The evidence ids of the listed activities' links and people's ties, whose records
  // analysis/interlocks-with-evidence adds: one statement, not two in a row.
  reduce(ids = [], fact IN reduce(facts = [], s IN activities | facts + s.actorLinks + s.otherLinks)
    + reduce(facts = [], s IN people | facts + s.actorTies + s.otherTies) | ids + coalesce(fact.evidenceIds, [])) AS evidenceIds
