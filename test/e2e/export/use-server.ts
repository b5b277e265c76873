import { startHardeningServer, type HardeningServer } from '../hardening/hardening-server';

/** The real HTTP server over the test Neo4j for one describe block: started before its first test, stopped after its last. */
export function useServer(overrides: Parameters<typeof startHardeningServer>[0] = {}): () => HardeningServer {
  let server: HardeningServer | undefined;
  beforeAll(async () => {
    server = await startHardeningServer(overrides);
  });
  afterAll(() => server?.stop());
  return () => server!;
}
