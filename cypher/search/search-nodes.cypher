// Ranked search over the node_search full-text index, in one round trip.
// $lucene is built and escaped by src/search/lucene-query.ts; $key, $phrase and $words are the normalised
// text, its words in order, and its distinct words.
//
// Lucene's relevance alone does not put an exact name first (its length norm favours short keys, and an
// alias list spreads one name over many), so each candidate gets a match tier from its keys:
//   3  a key is the whole text                  («UNDP» for org:undp)
//   2  a key contains the text as a phrase      (word for word, in order)
//   1  the keys hold every word of the text
//   0  some words or prefixes only
// The score is the tier plus Lucene's relevance squashed into [0, 1): tiers never mix, and within one the
// better Lucene match leads. Ties fall back to the id, so the order is stable across requests.
// Only Lucene's best $candidates are re-ranked: enough for every tier-3 and tier-2 match, which its boosts
// put first, and bounded however common a prefix is.
CALL db.index.fulltext.queryNodes('node_search', $lucene, {limit: $candidates}) YIELD node, score
// The values the tiers test are bound once: a parameter is read from the statement's one map at each use
// (src/neo4j/cypher-text.ts), and the tests below run once per key, word and position of every candidate.
WITH node, score, node.searchKeys AS keys, $key AS key, $phrase AS phrase, $words AS words
WITH node, score, keys, key, phrase, words, size(phrase) AS n
WITH node, score,
  CASE
    WHEN key IN keys THEN 3
    WHEN any(k IN keys WHERE any(i IN range(0, size(split(k, ' ')) - n) WHERE split(k, ' ')[i..i + n] = phrase)) THEN 2
    WHEN all(w IN words WHERE any(k IN keys WHERE w IN split(k, ' '))) THEN 1
    ELSE 0
  END AS tier
WITH node, tier + score / (score + 1.0) AS rank
ORDER BY rank DESC, node.id ASC
LIMIT $first
RETURN node {.*} AS node, labels(node) AS labels, rank AS score
