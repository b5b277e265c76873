// Evidence nodes hold the quote, its offsets and its source id; relationships point at them by id.
UNWIND $evidence AS ev
MERGE (e:Evidence {id: ev.id})
SET e = ev
RETURN count(e) AS merged
