// The time a batch is recorded at: the database's clock, so that replicas of the service with skewed clocks
// still record one order.
RETURN datetime.transaction().epochMillis AS now
