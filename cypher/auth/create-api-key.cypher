// A new API key. Only the SHA-256 of its secret is stored; the secret itself never reaches the database.
// createdBy is the name of the admin key that made it; absent when `jisr keys create` made it.
CREATE (k:ApiKey {id: $id, name: $name, role: $role, secretHash: $secretHash, createdAt: $createdAt})
SET k.createdBy = $createdBy
RETURN k {.id, .name, .role, .createdAt, .createdBy, .revokedAt, .revokedBy} AS key
