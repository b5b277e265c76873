/**
 * The export formats: one table that the CLI (`jisr export --format`), the HTTP routes (`/export/graph.<ext>`)
 * and the README read. No Node-only imports: the typed client builds download addresses from it.
 */
export const EXPORT_FORMATS = {
  gexf: { extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', graph: true, funder: true, opensIn: 'Gephi, Gephi Lite, NetworkX, graphology' },
  graphml: { extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8', graph: true, funder: true, opensIn: 'Cytoscape desktop, yEd, Gephi, NetworkX, igraph' },
  json: { extension: 'json', contentType: 'application/json; charset=utf-8', graph: true, funder: true, opensIn: 'graphology (graph.import), sigma.js' },
  cytoscape: { extension: 'cyjs', contentType: 'application/json; charset=utf-8', graph: true, funder: true, opensIn: 'Cytoscape.js (cy.json), Cytoscape desktop' },
  csv: { extension: 'csv', contentType: 'text/csv; charset=utf-8; header=present', graph: true, funder: true, opensIn: 'spreadsheets, HXL tools' },
  'nodes-csv': { extension: 'nodes.csv', contentType: 'text/csv; charset=utf-8; header=present', graph: true, funder: false, opensIn: 'spreadsheets, HXL tools' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** The formats a funder's flows come in (`nodes-csv` would only repeat the flow CSV's columns). */
export const FUNDER_FORMAT_NAMES = EXPORT_FORMAT_NAMES.filter((f) => EXPORT_FORMATS[f].funder);

export function isExportFormat(value: string): value is ExportFormat {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, value);
}

/** The format a file extension names (`gexf`, `nodes.csv`, `cyjs`); undefined for any other. */
export function formatOfExtension(extension: string): ExportFormat | undefined {
  return EXPORT_FORMAT_NAMES.find((f) => EXPORT_FORMATS[f].extension === extension);
}

/** Depth of a neighbourhood export when none is given: the `network` query's default. */
export const DEFAULT_EXPORT_DEPTH = 1;
