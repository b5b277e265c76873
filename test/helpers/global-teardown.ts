/** Stops the throwaway Neo4j that global-setup started and deletes its data; a NEO4J_URI given from outside is left alone. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__JISR_TEST_NEO4J__?.stop();
  globalThis.__JISR_TEST_NEO4J__ = undefined;
}
