import { jisr } from '../api/jisr';

/** The export buttons of the funder view: a funder's flows in each format the exports serve (src/export/export.formats.ts). */
export const FUNDER_EXPORTS = [
  { format: 'csv', label: 'exportFlowsCsv' },
  { format: 'json', label: 'exportFlowsJson' },
  { format: 'gexf', label: 'exportGexf' },
  { format: 'graphml', label: 'exportGraphml' },
] as const;

/** Where the download is: /export/funders/<id>/flows.<ext> on this origin, as the typed client addresses it. */
export const exportHref = (format: (typeof FUNDER_EXPORTS)[number]['format'], funderId: string) => jisr.exportUrl({ format, funderId });
