// Every API key, revoked ones included (they name the authors of past changes), oldest first. Never the hash.
MATCH (k:ApiKey)
RETURN k {.id, .name, .role, .createdAt, .createdBy, .revokedAt, .revokedBy} AS key
ORDER BY k.createdAt, k.name
