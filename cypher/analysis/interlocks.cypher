// What two actors have in common (LittleSis "interlocks"), in one statement from two index seeks:
// - activities: events and programs both have a direct relationship to (ORGANIZED, PARTNERED_WITH,
//   PARTICIPATED_IN, FUNDED, IMPLEMENTED);
// - funders: actors that support what each of the two organised, implemented or partnered in (the
//   contract's funderReach.organizations rule), by the funding rule: FUNDED the event or program itself,
//   or a program it is PART_OF through up to 5 levels (nesting in practice is 1–2 levels), as each actor's
//   ActorFunder entries keep them;
// - people: persons other than the two tied to both, each tie being a position held in the actor or
//   taking part in an event the actor has a direct relationship to, as each actor's ActorPerson entries keep them.
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
// very rule): one actor's entries in funder order (one seek), and for each the other's entry for the same funder
// (one seek each). Walking both sides' activities and each activity's funders cost 350,000 db hits for two
// hubs at a million nodes (Musa'ala's 17,305 activities have 23,887 (activity, funder) pairs, from 3,469
// funders). Only the listed funders' entries are read again, for their activities, a page of each list.
CALL (a, b) {
  // From the side with fewer links of those types (a node's degree is stored, not walked): its entries are fewer.
  WITH a, b, COUNT { (a)-[:ORGANIZED|IMPLEMENTED|PARTNERED_WITH]->() } <= COUNT { (b)-[:ORGANIZED|IMPLEMENTED|PARTNERED_WITH]->() } AS fromA
  WITH CASE WHEN fromA THEN a ELSE b END AS near, CASE WHEN fromA THEN b ELSE a END AS far
  MATCH (mine:ActorFunder)
  USING INDEX mine:ActorFunder(actorId, funderId)
  WHERE mine.actorId = near.id AND mine.funderId IS NOT NULL AND mine.funderId <> far.id
  MATCH (:ActorFunder {actorId: far.id, funderId: mine.funderId})
  WITH mine.funderId AS funderId
  WHERE funderId <> near.id
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
// People are met on the actors' ActorPerson entries (analysis/refresh-actor-people, kept by every write by this
// very rule): one actor's entries in person order (one seek), and for each the other's entry for the same person
// (one seek each). Walking both sides' events and their participants cost about 293,000 db hits for two
// hubs at a million nodes (Musa'ala is tied to 14,088 people). Only the listed people get their ties built, from
// their entries' events: a position held in the actor, or taking part in an event the actor has a direct
// relationship to, each tie as a reference (relationship, event). Ties are values (type, title, event,
// evidence): two equal ones, as when the person took part twice in one event, count once.
CALL (a, b) {
  // From the side with fewer links to events and positions held in it (stored degrees): its entries are fewer.
  WITH a, b, COUNT { (a)-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->() } + COUNT { (a)<-[:HOLDS_POSITION]-() }
    <= COUNT { (b)-[:ORGANIZED|PARTNERED_WITH|PARTICIPATED_IN|FUNDED|IMPLEMENTED]->() } + COUNT { (b)<-[:HOLDS_POSITION]-() } AS fromA
  WITH CASE WHEN fromA THEN a ELSE b END AS near, CASE WHEN fromA THEN b ELSE a END AS far
  MATCH (mine:ActorPerson)
  USING INDEX mine:ActorPerson(actorId, personId)
  WHERE mine.actorId = near.id AND mine.personId IS NOT NULL AND mine.personId <> far.id
  MATCH (:ActorPerson {actorId: far.id, personId: mine.personId})
  WITH mine.personId AS personId
  WHERE personId <> near.id
  ORDER BY personId
  WITH collect(personId) AS shared
  // An aggregation alone in its subquery answers one row, also when no person is listed.
  CALL (a, b, shared) {
    UNWIND shared[..$first] AS personId
    MATCH (p:Node {id: personId})
    USING INDEX p:Node(id)
    CALL (p, a) {
      MATCH (entry:ActorPerson {actorId: a.id, personId: p.id})
      CALL (p, a, entry) {
        MATCH (p)-[r:HOLDS_POSITION]->(a)
        RETURN r, null AS e
        UNION
        UNWIND entry.eventIds AS eventId
        MATCH (e:Node {id: eventId})
        USING INDEX e:Node(id)
        MATCH (p)-[r:PARTICIPATED_IN]->(e)
        RETURN r, e
      }
      RETURN collect({relationship: r, event: e}) AS actorRefs
    }
    CALL (p, b) {
      MATCH (entry:ActorPerson {actorId: b.id, personId: p.id})
      CALL (p, b, entry) {
        MATCH (p)-[r:HOLDS_POSITION]->(b)
        RETURN r, null AS e
        UNION
        UNWIND entry.eventIds AS eventId
        MATCH (e:Node {id: eventId})
        USING INDEX e:Node(id)
        MATCH (p)-[r:PARTICIPATED_IN]->(e)
        RETURN r, e
      }
      RETURN collect({relationship: r, event: e}) AS otherRefs
    }
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
    WITH p, actorTieCount, otherTieCount, actorTies, otherTies
    ORDER BY p.id
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
