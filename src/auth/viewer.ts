import { ErrorCode, JisrError } from '../errors';

/**
 * Who is asking. A request that sends `Authorization: Bearer <key>` with a valid, unrevoked API key has a
 * viewer with that key's name and role; a request without one has none (reads stay open unless configured
 * otherwise). Keys live in Neo4j, hashed, so every replica of the service sees the same keys.
 */

/** Roles in increasing power: each one can do what the roles before it can. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  /** The key's id (the public part of the secret), recorded as the author of every change. */
  readonly keyId: string;
  /** The name given to the key when it was created (a person or a tool), shown in history. */
  readonly name: string;
  readonly role: Role;
}

/** Whether a viewer's role includes what `needed` allows. */
export function hasRole(viewer: Viewer | null | undefined, needed: Role): boolean {
  return viewer !== null && viewer !== undefined && ROLES.indexOf(viewer.role) >= ROLES.indexOf(needed);
}

/**
 * Throws UNAUTHENTICATED when there is no viewer, FORBIDDEN when the viewer's role is below `needed`;
 * `action` completes the sentence "… needs an editor key to …".
 */
export function requireRole(viewer: Viewer | null | undefined, needed: Role, action: string): Viewer {
  const article = needed === 'admin' ? 'an' : needed === 'editor' ? 'an' : 'a';
  if (!viewer) {
    throw new JisrError(ErrorCode.UNAUTHENTICATED, `This operation needs ${article} ${needed} API key to ${action}: send it as "Authorization: Bearer <key>" (create one with \`jisr keys create\`).`);
  }
  if (!hasRole(viewer, needed)) {
    throw new JisrError(ErrorCode.FORBIDDEN, `The key "${viewer.name}" has the role ${viewer.role}; ${article} ${needed} key is needed to ${action}.`, { role: viewer.role, needed });
  }
  return viewer;
}
