import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ApiKeyRecord } from './api-key.repository';
import { ROLES, type Role } from './viewer';

/** The roles as GraphQL names them (READER …), standing for the roles of viewer.ts (reader …). */
export const ApiKeyRole = Object.freeze(Object.fromEntries(ROLES.map((role) => [role.toUpperCase(), role]))) as {
  readonly [R in Role as Uppercase<R>]: R;
};

registerEnumType(ApiKeyRole, {
  name: 'ApiKeyRole',
  description: 'What an API key may do. Each role can do what the roles before it can.',
  valuesConfig: {
    READER: { description: 'Read the graph (needed only where the service requires a key for reads).' },
    EDITOR: { description: 'Read, and change the graph.' },
    ADMIN: { description: 'Everything, including managing API keys and reverting the changes of others.' },
  },
});

@ObjectType({ description: 'An API key: who holds it and what it may do. Its secret is shown once, when it is created, and never again.' })
export class ApiKey implements ApiKeyRecord {
  @Field(() => ID, { description: 'The public id, also part of the secret (`jisr_<id>_…`): 16 hexadecimal digits.' })
  id!: string;

  @Field({ description: 'Who holds the key (a person, a team or a tool); unique for all time, and what history records as the author of changes.' })
  name!: string;

  @Field(() => ApiKeyRole, { description: 'What the key may do.' })
  role!: Role;

  @Field({ description: 'When the key was created: an ISO 8601 instant in UTC.' })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: 'The name of the admin key that created it; null when it was created with `jisr keys create`.' })
  createdBy!: string | null;

  @Field(() => String, { nullable: true, description: 'When the key was revoked (ISO 8601, UTC); null while it works.' })
  revokedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The name of the admin key that revoked it; null while it works, or when `jisr keys revoke` did.' })
  revokedBy!: string | null;
}

@ObjectType({ description: 'A key just created, with its secret. Store the secret now: Jisr keeps only its hash and cannot show it again.' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The new key.' })
  key!: ApiKey;

  @Field({ description: 'The whole secret, `jisr_<id>_<random>`, to send as `Authorization: Bearer <secret>`. Shown this once.' })
  secret!: string;
}
