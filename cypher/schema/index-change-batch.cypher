// revertBatch: the changes of one batch, found without scanning every change.
CREATE INDEX change_batch IF NOT EXISTS FOR (c:Change) ON (c.batchId)
