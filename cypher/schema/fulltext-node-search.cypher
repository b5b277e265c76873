// Full-text index behind `search`: the searchKeys of every actor, event, program and place (normalised
// nameAr, nameEn and aliases; titles for events), a LIST<STRING> that Neo4j 5.26 indexes element by element.
//
// Analyzer `whitespace`, deliberately: the keys are already normalised by src/text/arabic-normalize.ts
// (alef, hamza seats, taa marbuta, alef maqsura, diacritics, tatweel, NFKC, Latin case and accents,
// punctuation to spaces), and the query text goes through the same function, so Lucene only has to split on
// the spaces that normalisation leaves; index terms and query words are then the same strings.
// The built-in `arabic` analyzer would stem and drop stop words: «الامن» and «امن» or «منظمه» and «منظم» would
// merge, and a name made of stop words would vanish. `standard-no-stop-words` would re-tokenise with rules
// of its own (UAX#29) that the query builder (src/search/lucene-query.ts) would have to mirror.
// Raw names are not indexed: with this analyzer their capitals and hamzas could never meet a normalised query.
//
// IF NOT EXISTS keeps start-up idempotent; it also means a changed definition needs a new index name.
CREATE FULLTEXT INDEX node_search IF NOT EXISTS
FOR (n:Organization|Person|Event|Program|Place) ON EACH [n.searchKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } }
