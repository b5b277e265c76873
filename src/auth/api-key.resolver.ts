import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { JisrContext } from '../context/context';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key.service';
import { ApiKey, ApiKeyRole, CreatedApiKey } from './api-key.type';
import { requireRole, type Role } from './viewer';

const MANAGE = 'manage API keys';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], { description: 'Every API key, revoked ones included, oldest first; never a secret. Needs an admin key.' })
  apiKeys(@Ctx() ctx: JisrContext): Promise<ApiKey[]> {
    requireRole(ctx.viewer, 'admin', MANAGE);
    return listApiKeys(ctx.repositories.apiKeys, ctx.query);
  }

  @Mutation(() => CreatedApiKey, { description: 'Creates an API key and returns its secret, this once. Needs an admin key.' })
  createApiKey(
    @Arg('name', { description: 'Who will hold the key: 1 to 100 letters, digits, spaces and . _ @ -, unique for all time.' }) name: string,
    @Arg('role', () => ApiKeyRole, { description: 'What the key may do.' }) role: Role,
    @Ctx() ctx: JisrContext,
  ): Promise<CreatedApiKey> {
    const admin = requireRole(ctx.viewer, 'admin', MANAGE);
    return createApiKey({ name, role }, admin, ctx.repositories.apiKeys, ctx.query);
  }

  @Mutation(() => ApiKey, {
    description: 'Revokes an API key: from the next request on, on every replica, it is refused with UNAUTHENTICATED. The key stays listed, so that history can still name it. Needs an admin key.',
  })
  revokeApiKey(
    @Arg('id', () => ID, { description: 'The id of the key (16 hexadecimal digits, as apiKeys lists it).' }) id: string,
    @Ctx() ctx: JisrContext,
  ): Promise<ApiKey> {
    const admin = requireRole(ctx.viewer, 'admin', MANAGE);
    return revokeApiKey(id, { byName: false, revokedBy: admin }, ctx.repositories.apiKeys, ctx.query);
  }
}
