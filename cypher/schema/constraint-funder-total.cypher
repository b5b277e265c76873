// One FunderTotal per funder: funderReach's totals (programs, events, organisations, places, participants,
// countries), kept by every write in its own transaction (src/funding/funder-total.ts) and read with one seek of
// this index by funding/funder-reach instead of adding up every entry of the funder.
CREATE CONSTRAINT funder_total IF NOT EXISTS FOR (t:FunderTotal) REQUIRE t.funderId IS UNIQUE
