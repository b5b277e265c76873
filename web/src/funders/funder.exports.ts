/**
 * Where the export buttons of the funder view point. The exports are served by Jisr itself (src/server/export.router.ts);
 * `{id}` is the funder's id, URL-encoded.
 */
export const FUNDER_EXPORTS = [
  { format: 'csv', label: 'exportFlowsCsv', path: '/export/funders/{id}/flows.csv' },
  { format: 'json', label: 'exportFlowsJson', path: '/export/funders/{id}/flows.json' },
  { format: 'gexf', label: 'exportGexf', path: '/export/funders/{id}/flows.gexf' },
  { format: 'graphml', label: 'exportGraphml', path: '/export/funders/{id}/flows.graphml' },
] as const;

export const exportHref = (path: string, funderId: string) => path.replace('{id}', encodeURIComponent(funderId));
