// Takes the write lock of every node a batch touches before anything of them is read. Neo4j reads what is
// committed (read-committed isolation), so a batch that waited here for another one reads what that one
// left, and compares versions against it: of two editors changing one node at once, the second sees the
// first's version and gets CONFLICT. An id with no node yet is held too (a write statement's unique-index seek
// locks the index entry), so of two batches creating one id the second waits, then finds it taken. Ids come
// sorted, so two batches lock in the same order and wait for each other instead of deadlocking. Setting and
// removing a property takes the lock and changes nothing.
UNWIND $ids AS id
MATCH (n:Node {id: id})
SET n.jisrLock = true
REMOVE n.jisrLock
RETURN count(n) AS locked
