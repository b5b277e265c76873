// Evidence ids are derived from source and offsets; uniqueness makes re-loading a quote idempotent.
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE
