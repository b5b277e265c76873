/**
 * What `npm start` (and the bench's servers) run as: NODE_ENV=production unless the environment names a mode.
 *
 * Outside production, graphql-js looks for a second copy of itself on every `instanceof` that fails (it reads the
 * class name of the value; `isListType`, `isNonNullType` and the rest fail on most of the types they are asked
 * about), once or more for every field of every answer. That check was 11% of the server's CPU on a hub's
 * timeline (3,000 events listed), and nothing else Jisr loads behaves differently: Apollo's choices that depend
 * on NODE_ENV are all set explicitly in src/server/server.ts, and Express's only changes its own error pages,
 * which Jisr replaces. Tests run with jest's NODE_ENV=test and keep graphql-js's check.
 */
export function defaultToProduction(env: NodeJS.ProcessEnv): void {
  if (!env.NODE_ENV) env.NODE_ENV = 'production';
}

// Before anything loads graphql-js, which reads NODE_ENV once, when it is first required: the entry points import
// this module first.
defaultToProduction(process.env);
