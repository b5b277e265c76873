// The indexes (constraint-backed and others) that exist and whether they are usable, for /readyz.
SHOW INDEXES YIELD name, state
RETURN name, state
