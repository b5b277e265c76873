// Revokes the key with id $id, or else the one named $name ($name null: by id only). The key stays, so that
// history can still name it. Revoking again changes nothing: the first revocation's time and author stand.
OPTIONAL MATCH (byId:ApiKey {id: $id})
OPTIONAL MATCH (byName:ApiKey {name: $name})
WITH coalesce(byId, byName) AS k
WHERE k IS NOT NULL
WITH k, k.revokedAt IS NULL AS active
SET k.revokedAt = CASE WHEN active THEN $revokedAt ELSE k.revokedAt END,
    k.revokedBy = CASE WHEN active THEN $revokedBy ELSE k.revokedBy END
RETURN k {.id, .name, .role, .createdAt, .createdBy, .revokedAt, .revokedBy} AS key
