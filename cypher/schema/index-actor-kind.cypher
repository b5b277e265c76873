// Actors by kind: actors(filter: { kinds }) counts (and, without a country, pages) them without a label scan.
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)
