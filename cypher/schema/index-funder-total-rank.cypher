// Funders largest first: funders reads the FunderTotal entries in this index's order (the events a funder's money
// reached, then its id, both descending) and stops at its page, however many funders there are.
CREATE INDEX funder_total_rank IF NOT EXISTS FOR (t:FunderTotal) ON (t.eventCount, t.funderId)
