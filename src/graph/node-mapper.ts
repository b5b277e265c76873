import { Organization } from '../actors/organization.type';
import { Person } from '../actors/person.type';
import { ActorKind, DatePrecision, type EventKind, type PlaceKind } from '../common/enums';
import { Event } from '../events/event.type';
import { Place } from '../places/place.type';
import { Program } from '../programs/program.type';
import { Source } from '../sources/source.type';

export type GraphNodeObject = Organization | Person | Event | Program | Place | Source;
export type StoredProperties = Record<string, unknown>;

/** Stored properties arrive untyped; these read one as the GraphQL field's type, absent as null or []. */
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const int = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** Turns a stored node (its properties and labels) into the GraphQL object of its type. */
export function toGraphObject(p: StoredProperties, labels: readonly string[]): GraphNodeObject {
  const id = String(p.id);
  const common = { id, evidenceIds: strs(p.evidenceIds) };
  const named = { name: str(p.name) ?? id, nameAr: str(p.nameAr), nameEn: str(p.nameEn), aliases: strs(p.aliases) };
  if (labels.includes('Organization')) return Object.assign(new Organization(), common, named, { kind: p.kind as ActorKind });
  if (labels.includes('Person')) return Object.assign(new Person(), common, named, { kind: ActorKind.PERSON });
  if (labels.includes('Place')) return Object.assign(new Place(), common, named, { kind: p.kind as PlaceKind });
  if (labels.includes('Program')) return Object.assign(new Program(), common, named);
  if (labels.includes('Event')) {
    return Object.assign(new Event(), common, {
      kind: p.kind as EventKind,
      title: str(p.title) ?? id,
      titleAr: str(p.titleAr),
      titleEn: str(p.titleEn),
      date: str(p.date),
      datePrecision: (str(p.datePrecision) ?? DatePrecision.UNKNOWN) as DatePrecision,
      dateText: str(p.dateText),
      participantCount: int(p.participantCount),
      participantCountText: str(p.participantCountText),
    });
  }
  if (labels.includes('Source')) {
    return Object.assign(new Source(), {
      id,
      title: String(p.title),
      outlet: str(p.outlet),
      publishedOn: str(p.publishedOn),
      publishedOnText: str(p.publishedOnText),
      language: String(p.language),
      url: str(p.url),
    });
  }
  throw new Error(`Node ${id} has none of the labels Jisr knows: ${labels.join(', ')}`);
}
