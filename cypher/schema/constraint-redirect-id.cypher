// A merged-away id has one redirect: mergeActors MERGEs it and every lookup of an unknown id seeks it.
CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (r:Redirect) REQUIRE r.id IS UNIQUE
