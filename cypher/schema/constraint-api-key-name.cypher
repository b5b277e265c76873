// A key's name is who acted ("amal", "etl-bot") wherever history records it, so one name stands for one key for
// all time: a revoked key keeps its name and a new key takes a new one ("amal-2"). Unique among unrevoked keys
// only would let two keys share a name in history (and Neo4j has no partial unique constraints to enforce it).
// The constraint, not a prior read, is what refuses a second key of a name two replicas create at once.
CREATE CONSTRAINT api_key_name IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.name IS UNIQUE
