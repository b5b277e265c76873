// History: every recorded change has a unique id, the handle revertChange takes.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE
