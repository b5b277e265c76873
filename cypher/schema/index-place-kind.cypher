// Places by kind: every country, where whoWorksWhere over the whole graph starts walking down.
CREATE INDEX place_kind IF NOT EXISTS FOR (p:Place) ON (p.kind)
