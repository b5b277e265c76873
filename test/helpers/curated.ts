/**
 * The items of `actual` that belong to `curated` (say, the seed graph's funding flows), in the order
 * `actual` gives them. Comparing this with an expected list pins the curated items — which are there,
 * which are not, and their order relative to each other — and holds whatever else the database holds:
 * other tests' own nodes, or a curator's additions.
 */
export function amongCurated<T>(actual: readonly T[], curated: readonly T[]): T[] {
  const wanted = new Set(curated);
  return actual.filter((item) => wanted.has(item));
}
