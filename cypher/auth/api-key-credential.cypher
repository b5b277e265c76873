// What a presented secret is checked against, read on every authenticated request (never cached, so that a
// revocation holds at once on every replica). The only statement that reads secretHash.
MATCH (k:ApiKey {id: $id})
RETURN k {.id, .name, .role, .secretHash, .revokedAt} AS credential
