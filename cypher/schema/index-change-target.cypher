// history(id): the changes of one node or relationship, found without scanning every change.
CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.targetId)
