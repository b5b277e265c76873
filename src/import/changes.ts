/**
 * From a reviewed proposal to one batch of curation changes (src/curation/curation.type.ts, ChangeInput), for
 * `applyChanges` to write all or nothing. Pure: the curator's choices in, the changes out.
 *
 * Each accepted item maps to one change: a new entity to its create mutation, a relationship to addRelationship.
 * A matched entity creates nothing (the relationships use its id); a re-pointed one takes the id the curator names
 * instead of its match or its proposed record. A rejected entity takes its relationships with it: they are listed
 * as skipped, with the reason, never sent with an end missing.
 */
import { type ChangeInput, type EvidenceInput } from '../curation/curation.type';
import { type Quote } from './article.text';
import { type Proposal, type ProposedEntity } from './proposal';

/** What the curator decided for one entity or relationship (by its ref). */
export type ReviewChoice = 'accept' | 'reject' | { readonly repoint: string };

export interface ChangeOptions {
  /** The source every quote comes from. */
  readonly sourceId: string;
  /** Create the source first (with the article's text), when the graph does not have it yet. */
  readonly createSource?: { readonly text: string; readonly language?: string };
  /** The choice for items the choices leave out: accept (default) or reject. */
  readonly otherwise?: 'accept' | 'reject';
}

export interface ChangeBatch {
  readonly changes: ChangeInput[];
  readonly skipped: ReadonlyArray<{ readonly ref: string; readonly reason: string }>;
}

export function toChanges(proposal: Proposal, choices: Readonly<Record<string, ReviewChoice>>, options: ChangeOptions): ChangeBatch {
  const changes: ChangeInput[] = [];
  const skipped: Array<{ ref: string; reason: string }> = [];
  const choiceOf = (ref: string): ReviewChoice => choices[ref] ?? options.otherwise ?? 'accept';
  const evidence = (quotes: readonly Quote[]): EvidenceInput[] => quotes.map((q) => ({ sourceId: options.sourceId, quote: q.quote, start: q.start }));
  if (options.createSource) {
    const { article } = proposal;
    changes.push({
      createSource: {
        id: options.sourceId, title: article.title, outlet: article.outlet, publishedOn: article.published?.date ?? null,
        publishedOnText: article.published?.evidence?.quote ?? null, language: options.createSource.language ?? 'ar', url: article.url, text: options.createSource.text,
      },
    });
  }
  const idOf = new Map<string, string>();
  for (const entity of proposal.entities) {
    const choice = choiceOf(entity.ref);
    if (choice === 'reject') {
      skipped.push({ ref: entity.ref, reason: 'rejected by the curator' });
      continue;
    }
    if (typeof choice === 'object') {
      idOf.set(entity.ref, choice.repoint);
      continue;
    }
    if (entity.resolution === 'matched') {
      idOf.set(entity.ref, entity.match.id);
      continue;
    }
    idOf.set(entity.ref, entity.proposed.record.id);
    changes.push(createChange(entity, evidence));
  }
  const seen = new Set<string>();
  for (const rel of proposal.relationships) {
    if (choiceOf(rel.ref) === 'reject') {
      skipped.push({ ref: rel.ref, reason: 'rejected by the curator' });
      continue;
    }
    const from = idOf.get(rel.from);
    const to = idOf.get(rel.to);
    if (!from || !to) {
      skipped.push({ ref: rel.ref, reason: `its ${from ? 'target' : 'source'} ${from ? rel.to : rel.from} was rejected` });
      continue;
    }
    const key = `${rel.type} ${from} ${to} ${rel.role ?? ''}`;
    if (seen.has(key)) {
      skipped.push({ ref: rel.ref, reason: `the same ${rel.type} from ${from} to ${to} is already in the batch (re-pointed entities met)` });
      continue;
    }
    seen.add(key);
    changes.push({
      addRelationship: {
        type: rel.type, from, to, role: rel.role ?? null, title: rel.title ?? null, basis: rel.basis, note: rel.note ?? null, evidence: evidence(rel.evidence),
      },
    });
  }
  return { changes, skipped };
}

function createChange(entity: Extract<ProposedEntity, { resolution: 'new' }>, evidence: (quotes: readonly Quote[]) => EvidenceInput[]): ChangeInput {
  const { proposed } = entity;
  switch (proposed.section) {
    case 'organizations': {
      const r = proposed.record;
      return { createOrganization: { id: r.id, kind: r.kind, nameAr: r.nameAr, nameEn: r.nameEn, aliases: r.aliases, note: r.note ?? null, evidence: evidence(r.evidence) } };
    }
    case 'persons': {
      const r = proposed.record;
      return { createPerson: { id: r.id, nameAr: r.nameAr, nameEn: r.nameEn, aliases: r.aliases, honorific: r.honorific ?? null, note: r.note ?? null, evidence: evidence(r.evidence) } };
    }
    case 'events': {
      const r = proposed.record;
      return {
        createEvent: {
          id: r.id, kind: r.kind, titleAr: r.titleAr, titleEn: r.titleEn, date: r.date, datePrecision: r.datePrecision, dateText: r.dateText,
          participantCount: r.participantCount, participantCountText: r.participantCountText, online: r.online ?? null, note: r.note ?? null, evidence: evidence(r.evidence),
        },
      };
    }
    case 'programs': {
      const r = proposed.record;
      return { createProgram: { id: r.id, nameAr: r.nameAr ?? null, nameEn: r.nameEn, aliases: r.aliases, note: r.note ?? null, evidence: evidence(r.evidence) } };
    }
    case 'places': {
      const r = proposed.record;
      return { createPlace: { id: r.id, kind: r.kind, nameAr: r.nameAr, nameEn: r.nameEn, aliases: r.aliases, basis: r.basis, note: r.note ?? null, evidence: evidence(r.evidence) } };
    }
    default: {
      const unreachable: never = proposed;
      throw new Error(`Unhandled section ${JSON.stringify(unreachable)}`);
    }
  }
}
