/**
 * The ids curation gives and reads: node ids derived from a name as readable slugs, like the curated
 * seed's (`org:saferworld`, `event:2014-08-07-sidi-bernoussi-meeting`, `event:undated-…`), and the
 * relationship and evidence ids the seed loader derives (seed.model.ts), parsed back into their parts.
 */
import { createHash } from 'node:crypto';
import { ID_MAX_LENGTH, NODE_KINDS, type NodeType, RELATION_TYPES, type RelationType, nodeTypeOfId } from '../model/vocabulary';
import { evidenceIdOf, relationshipIdOf } from '../seeds/seed.model';

/** A slug is cut at a word boundary: ids stay short enough to read and type. */
const SLUG_MAX = 60;

/** `Saferworld (UK)` → `saferworld-uk`; Latin letters lose their accents, other scripts drop out. */
export function slugOf(text: string): string {
  const slug = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= SLUG_MAX) return slug;
  const cut = slug.slice(0, SLUG_MAX);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : SLUG_MAX).replace(/-+$/, '');
}

/** The id a new node gets from its name, or undefined when the name has nothing to make a slug of. */
export function derivedNodeId(type: NodeType, fields: Readonly<Record<string, unknown>>): string | undefined {
  const prefix = `${NODE_KINDS[type].idPrefix}:`;
  switch (type) {
    case 'EVENT': {
      // As the seed's events: the date as known first, so that ids sort by time.
      const slug = slugOf(String(fields.titleEn ?? ''));
      const date = typeof fields.date === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(fields.date) ? fields.date : 'undated';
      return slug ? `${prefix}${date}-${slug}` : undefined;
    }
    case 'SOURCE': {
      // Headlines are mostly Arabic: without Latin letters, the date and a digest of the text name the article.
      const slug = slugOf(String(fields.title ?? ''));
      if (slug) return `${prefix}${slug}`;
      const digest = createHash('sha256').update(String(fields.text ?? '')).digest('hex').slice(0, 12);
      const date = typeof fields.publishedOn === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(fields.publishedOn) ? `${fields.publishedOn}-` : '';
      return `${prefix}${date}${digest}`;
    }
    case 'ORGANIZATION':
    case 'PERSON':
    case 'PROGRAM':
    case 'PLACE': {
      const slug = slugOf(String(fields.nameEn ?? ''));
      return slug ? `${prefix}${slug}` : undefined;
    }
    default: {
      const unreachable: never = type;
      throw new Error(`Unhandled node type ${String(unreachable)}`);
    }
  }
}

export interface RelationshipIdParts {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly role?: string;
}

/** The parts of `rel:<TYPE>:<from>:<to>[:<role>]`, or undefined when the id is not one the loader gives. */
export function parseRelationshipId(id: string): RelationshipIdParts | undefined {
  if (id.length > 3 * ID_MAX_LENGTH) return undefined;
  const [rel, type, fromPrefix, fromSlug, toPrefix, toSlug, role, ...rest] = id.split(':');
  if (rel !== 'rel' || rest.length > 0 || !(RELATION_TYPES as readonly string[]).includes(type ?? '')) return undefined;
  const from = `${fromPrefix}:${fromSlug}`;
  const to = `${toPrefix}:${toSlug}`;
  if (!nodeTypeOfId(from) || !nodeTypeOfId(to)) return undefined;
  const parts = { type: type as RelationType, from, to, ...(role === undefined ? {} : { role }) };
  // Only ids the loader itself would give: a round trip through relationshipIdOf gives the same text.
  return relationshipIdOf(parts.type, from, to, parts.role) === id ? parts : undefined;
}

export interface EvidenceIdParts {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
}

/** The source and offsets an evidence id is made of (`evidence:seed-003:512-587`), or undefined. */
export function parseEvidenceId(id: string): EvidenceIdParts | undefined {
  const match = /^evidence:([a-z0-9][a-z0-9-]*):(\d+)-(\d+)$/.exec(id);
  if (!match) return undefined;
  const sourceId = `source:${match[1]}`;
  const [start, end] = [Number(match[2]), Number(match[3])];
  return evidenceIdOf(sourceId, start, end) === id ? { sourceId, start, end } : undefined;
}
