// One jest project per test layer (see STYLE.md); `npm run test:<layer>` selects one.
// swc transpiles with decorator metadata (type-graphql needs it); `npm run typecheck` does the type checking.
const transform = {
  '^.+\\.ts$': ['@swc/jest', {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  }],
};

// Layers that touch data share one throwaway local Neo4j (or NEO4J_URI when set). Jest runs a project's
// global setup only when one of its tests is selected, so `npm run test:unit` never starts Neo4j.
const withNeo4j = {
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
};

const layer = (name, extra = {}) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  ...extra,
});

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,
  projects: [
    layer('unit'),
    layer('cypher', withNeo4j),
    layer('integration', withNeo4j),
    layer('e2e', withNeo4j),
  ],
};
