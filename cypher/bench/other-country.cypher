// The bench's writes: another country, the first by id.
MATCH (country:Node:Place {kind: 'COUNTRY'}) WHERE country.id <> $countryId
RETURN country.id AS id ORDER BY id LIMIT 1
