// Every addressable entity (actor, event, program, place, source) carries the label Node and a globally
// unique id, so that `node(id:)` and every traversal's entry point is one index seek whatever the type.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE
