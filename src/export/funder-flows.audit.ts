import type { Organization } from '../actors/organization.type';
import type { Person } from '../actors/person.type';
import type { Event } from '../events/event.type';
import type { Place } from '../places/place.type';
import type { Program } from '../programs/program.type';
import type { Source } from '../sources/source.type';
import { type CsvColumn, LIST_SEPARATOR, listCell } from './csv.writer';

/**
 * The funder audit CSV: one row per funding flow, as `fundingFlows` lists them, with what an auditor asks next:
 * where (the place chain up to the country), when and how precisely, how many took part, who organised the event
 * and who implemented the programs on the way, and the evidence of every hop with its sources and their addresses.
 */

export interface FlowAuditRow {
  readonly funder: Organization | Person;
  readonly direct: boolean;
  readonly via: readonly Program[];
  readonly event: Event;
  /** The event's place first, then the places it lies in, up to the country. */
  readonly placeChain: readonly Place[];
  readonly organizers: readonly (Organization | Person)[];
  readonly implementers: readonly (Organization | Person)[];
  /** Every hop's quotes, hop by hop. */
  readonly evidence: readonly string[];
  /** The sources of those quotes, each once, in the order first quoted. */
  readonly sources: readonly Source[];
}

const names = (items: readonly { name: string }[]) => listCell(items.map((i) => i.name));
const countryOf = (row: FlowAuditRow) => row.placeChain.find((p) => p.kind === 'COUNTRY') ?? null;

export const FLOW_AUDIT_COLUMNS: readonly CsvColumn<FlowAuditRow>[] = [
  { header: 'funder_id', hxl: '#org+funder+code', value: (r) => r.funder.id },
  { header: 'funder', hxl: '#org+funder+name', value: (r) => r.funder.name },
  { header: 'funder_ar', hxl: '#org+funder+name+i_ar', value: (r) => r.funder.nameAr },
  { header: 'direct', hxl: '#x_flow+direct', value: (r) => r.direct },
  { header: 'via_ids', hxl: '#activity+programme+code+list', value: (r) => listCell(r.via.map((p) => p.id)) },
  { header: 'via', hxl: '#activity+programme+name+list', value: (r) => names(r.via) },
  { header: 'event_id', hxl: '#event+code', value: (r) => r.event.id },
  { header: 'event', hxl: '#event+name', value: (r) => r.event.title },
  { header: 'event_ar', hxl: '#event+name+i_ar', value: (r) => r.event.titleAr },
  { header: 'event_kind', hxl: '#event+type', value: (r) => r.event.kind },
  { header: 'date', hxl: '#date', value: (r) => r.event.date },
  { header: 'date_precision', hxl: '#date+precision', value: (r) => r.event.datePrecision },
  { header: 'country', hxl: '#country+name', value: (r) => countryOf(r)?.name ?? null },
  { header: 'country_id', hxl: '#country+code', value: (r) => countryOf(r)?.id ?? null },
  { header: 'governorate', hxl: '#adm1+name', value: (r) => r.placeChain.find((p) => p.kind === 'GOVERNORATE')?.name ?? null },
  { header: 'place', hxl: '#loc+name', value: (r) => r.placeChain[0]?.name ?? null },
  { header: 'place_id', hxl: '#loc+code', value: (r) => r.placeChain[0]?.id ?? null },
  // Country first, as an address reads from the top down in the chain's own order reversed.
  { header: 'place_chain', hxl: '#loc+name+chain', value: (r) => (r.placeChain.length > 0 ? [...r.placeChain].reverse().map((p) => p.name).join(' > ') : null) },
  { header: 'participants', hxl: '#reached', value: (r) => r.event.participantCount },
  { header: 'participants_text', hxl: '#reached+text', value: (r) => r.event.participantCountText },
  { header: 'organizers', hxl: '#org+organiser+name+list', value: (r) => names(r.organizers) },
  { header: 'implementers', hxl: '#org+impl+name+list', value: (r) => names(r.implementers) },
  { header: 'evidence', hxl: '#description+evidence+list', value: (r) => (r.evidence.length > 0 ? r.evidence.join('\n') : null) },
  { header: 'sources', hxl: '#meta+source+name+list', value: (r) => listCell(r.sources.map((s) => s.title)) },
  // One entry per source, in the same order; an unknown address stays an empty entry (all unknown: empty cell).
  { header: 'source_urls', hxl: '#meta+source+url+list', value: (r) => (r.sources.some((s) => s.url) ? r.sources.map((s) => s.url ?? '').join(LIST_SEPARATOR) : null) },
];
