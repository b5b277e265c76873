// What two actors have in common (LittleSis "interlocks"), in one statement from two index seeks:
// - activities: events and programs both have a direct relationship to (ORGANIZED, PARTNERED_WITH,
//   PARTICIPATED_IN, FUNDED, IMPLEMENTED);
// - funders: actors that support what each of the two organised, implemented or partnered in (the
//   contract's funderReach.organizations rule), by the funding rule: FUNDED the event or program itself,
//   or a program it is PART_OF through up to 5 levels (nesting in practice is 1–2 levels);
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
// Funders are found from each side up: its activities, and each activity's funders; each side's walk runs
// once, and the two meet on the funder. (Walking down from a hub funder's thousands of FUNDED edges to the
// other side's activities cost 60 million db hits at 100k nodes.) Each (side, activity) is looked up once.
CALL (a, b) {
  UNWIND [a, b] AS side
  // No label is tested: the vocabulary sends these types from an actor to an event or a program only.
  MATCH (side)-[:ORGANIZED|IMPLEMENTED|PARTNERED_WITH]->(x)
  WITH DISTINCT side, x
  CALL (x) {
    // An event's funders by this very rule are its FunderEvent entries (funding/refresh-funder-events, kept on
    // every write), one seek each: walking each event up its PART_OF chain and reading the FUNDED edges of every
    // program reached was most of the statement (Musa'ala and SADA at a million nodes: 580,000 of 1,202,188 db
    // hits).
    WITH x WHERE x:Event
    MATCH (entry:FunderEvent)
    USING INDEX entry:FunderEvent(eventId, funderId)
    WHERE entry.eventId = x.id AND entry.funderId IS NOT NULL
    RETURN entry.funderId AS funderId
    UNION
    // A program is walked up its chain.
    WITH x WHERE x:Program
    MATCH (x)-[:PART_OF*0..5]->(t:Node)<-[:FUNDED]-(f:Node:Actor)
    RETURN f.id AS funderId
  }
  WITH funderId, side, collect(DISTINCT x) AS activities
  WHERE funderId <> a.id AND funderId <> b.id
  WITH funderId, collect({side: side, activities: activities}) AS sides
  WHERE size(sides) = 2
  MATCH (f:Node {id: funderId})
  USING INDEX f:Node(id)
  WITH f, [s IN sides WHERE s.side = a][0].activities AS actorActivities, [s IN sides WHERE s.side = b][0].activities AS otherActivities
  ORDER BY f.id
  WITH collect({f: f, actorActivities: actorActivities, otherActivities: otherActivities}) AS shared
  RETURN size(shared) AS funderCount, [s IN shared[..$first] | {
    funder: properties(s.f),
    labels: labels(s.f),
    actorActivityCount: size(s.actorActivities),
    otherActivityCount: size(s.otherActivities),
    actorActivities: COLLECT {
      UNWIND s.actorActivities AS x
      WITH x ORDER BY x.id LIMIT $first
      RETURN {activity: CASE WHEN $funderActivityProperties THEN x {.*} ELSE x {.id} END, labels: labels(x)}
    },
    otherActivities: COLLECT {
      UNWIND s.otherActivities AS x
      WITH x ORDER BY x.id LIMIT $first
      RETURN {activity: CASE WHEN $funderActivityProperties THEN x {.*} ELSE x {.id} END, labels: labels(x)}
    }
  }] AS funders
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
