// An API key is found by the public id inside its secret: one index seek per authenticated request.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE
