// Every change of one batch, last applied first: the order a batch is reverted in.
MATCH (c:Change {batchId: $batchId})
RETURN properties(c) AS change
ORDER BY c.seq DESC
