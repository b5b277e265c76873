import { type ExportGraph, type ExportNode, displayLabel } from './export.model';

/**
 * CSV for spreadsheets and humanitarian tools (RFC 4180): UTF-8 with a byte-order mark (without it Excel reads
 * Arabic as Latin-1), CRLF line ends, a header row, then an HXL hashtag row (the Humanitarian Exchange
 * Language: `#org+funder+name`, `#adm1+name`, `#reached` …) that HXL tools read and a spreadsheet shows as a
 * second header. Lists of names and ids in one cell are separated by " | ", quotes by line breaks.
 */

export type CsvValue = string | number | boolean | null;

export interface CsvColumn<Row> {
  readonly header: string;
  /** Core HXL hashtags where one fits; `#x_…` extension hashtags (HXL's own convention) where none does. */
  readonly hxl: string;
  readonly value: (row: Row) => CsvValue;
}

const BOM = '\uFEFF';
export const LIST_SEPARATOR = ' | ';

// A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) is prefixed with
// an apostrophe, as OWASP advises against CSV injection: names and quotes come from curated, editable text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: quoted when it holds a comma, a quote, a line break or surrounding spaces; quotes doubled. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (cells: readonly CsvValue[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** The byte-order mark, the header row and the HXL row. */
export const csvHead = <Row>(columns: readonly CsvColumn<Row>[]): string =>
  BOM + csvRow(columns.map((c) => c.header)) + csvRow(columns.map((c) => c.hxl));

export const csvRows = <Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string =>
  rows.map((row) => csvRow(columns.map((c) => c.value(row)))).join('');

/** A list in one cell; empty when there is nothing. */
export const listCell = (items: readonly string[]): string | null => (items.length > 0 ? items.join(LIST_SEPARATOR) : null);

export const NODE_COLUMNS: readonly CsvColumn<ExportNode>[] = [
  { header: 'id', hxl: '#x_node+code', value: (n) => n.id },
  { header: 'type', hxl: '#x_node+type', value: (n) => n.type },
  { header: 'kind', hxl: '#x_node+kind', value: (n) => n.kind },
  { header: 'label', hxl: '#x_node+name', value: displayLabel },
  { header: 'name_ar', hxl: '#x_node+name+i_ar', value: (n) => n.nameAr },
  { header: 'name_en', hxl: '#x_node+name+i_en', value: (n) => n.nameEn },
];

interface RelationshipRow {
  readonly id: string;
  readonly from: ExportNode;
  readonly to: ExportNode;
  readonly relation: string;
  readonly role: string | null;
  readonly title: string | null;
  readonly evidence: readonly string[];
}

const end = (side: 'from' | 'to', pick: (row: RelationshipRow) => ExportNode): CsvColumn<RelationshipRow>[] => [
  { header: `${side}_id`, hxl: `#x_${side}+code`, value: (r) => pick(r).id },
  { header: `${side}_type`, hxl: `#x_${side}+type`, value: (r) => pick(r).type },
  { header: `${side}_kind`, hxl: `#x_${side}+kind`, value: (r) => pick(r).kind },
  { header: `${side}_label`, hxl: `#x_${side}+name`, value: (r) => displayLabel(pick(r)) },
  { header: `${side}_name_en`, hxl: `#x_${side}+name+i_en`, value: (r) => pick(r).nameEn },
];

export const RELATIONSHIP_COLUMNS: readonly CsvColumn<RelationshipRow>[] = [
  ...end('from', (r) => r.from),
  { header: 'relation', hxl: '#x_relation+type', value: (r) => r.relation },
  { header: 'role', hxl: '#x_relation+role', value: (r) => r.role },
  { header: 'title', hxl: '#x_relation+title', value: (r) => r.title },
  ...end('to', (r) => r.to),
  { header: 'evidence', hxl: '#description+evidence', value: (r) => (r.evidence.length > 0 ? r.evidence.join('\n') : null) },
  { header: 'relationship_id', hxl: '#x_relation+code', value: (r) => r.id },
];

/**
 * The relationships table: one row per relationship, both ends named, so that a spreadsheet needs no lookup.
 * The nodes are kept by id while their batches pass (their names, not the file's text), then each edge batch
 * becomes rows.
 */
export async function* relationshipsCsvChunks(graph: ExportGraph): AsyncGenerator<string> {
  yield csvHead(RELATIONSHIP_COLUMNS);
  const nodes = new Map<string, ExportNode>();
  for await (const batch of graph.nodeBatches()) for (const node of batch) nodes.set(node.id, node);
  for await (const batch of graph.edgeBatches()) {
    const rows = batch.flatMap((edge) => {
      const from = nodes.get(edge.source);
      const to = nodes.get(edge.target);
      return from && to ? [{ id: edge.id, from, to, relation: edge.relation, role: edge.role, title: edge.title, evidence: edge.evidence }] : [];
    });
    if (rows.length > 0) yield csvRows(RELATIONSHIP_COLUMNS, rows);
  }
}

/** The nodes table: one row per node (the relationships table leaves out nodes without relationships). */
export async function* nodesCsvChunks(graph: ExportGraph): AsyncGenerator<string> {
  yield csvHead(NODE_COLUMNS);
  for await (const batch of graph.nodeBatches()) if (batch.length > 0) yield csvRows(NODE_COLUMNS, batch);
}
