// Places of some kinds in id order: places(filter: { kinds }) (the explorer's list of countries) reads the seek
// of each kind, not every place.
CREATE INDEX place_kind IF NOT EXISTS FOR (p:Place) ON (p.kind, p.id)
