/**
 * Importing through the API: an editor proposes an article (nothing is written), reviews the proposal in a client,
 * and applies it with their choices as one curation batch. The proposal travels through the client as JSON, so
 * what comes back is checked whole before any of it is trusted: its version, its shape (records by the seed
 * schemas), refs that point inside it, quotes inside the article, the text it was made from. Then toChanges and
 * the curation service do the rest, with the same checks, locks, history and refusals as any other batch.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { requireRole, type Viewer } from '../auth/viewer';
import type { RequestScope } from '../context/loaders';
import { applyChanges, requestsOf } from '../curation/curation.service';
import { type CurationRepository } from '../curation/curation.repository';
import { type CurationResult } from '../curation/curation.type';
import { badUserInput } from '../errors';
import { type NodeType, idPatternOf, nodeTypeOfId } from '../model/vocabulary';
import {
  BASES, DATE_PRECISIONS, RELATION_TYPES, RELATIONSHIP_ROLES, evidenceQuoteSchema, eventSchema, organizationSchema, personSchema, placeSchema, programSchema,
} from '../seeds/seed.schema';
import { precisionOfDate } from '../text/arabic-dates';
import { ImportInputError, type ImportInputCode, checkArticleBytes } from './article.input';
import { ArticleText, type Quote } from './article.text';
import { type ReviewChoice, toChanges } from './changes';
import { type ImportRepository } from './import.repository';
import {
  type ApplyImportInput, ImportApplyResult, ImportArticle, ImportChoice, ImportEntity, type ImportChoiceInput, ImportMatch, ImportProposal, ImportQuote, ImportRelationship,
  ImportSkipped, ImportSuggestion, ImportUnresolvedMention, type ProposeImportInput,
} from './import.type';
import { proposeImport } from './importer';
import { knownNameIndex } from './known-names';
import { PROPOSAL_VERSION, type Proposal, type ProposedEntity } from './proposal';

/** Why proposeImport refuses an article: the importer's input codes, and an article that names nothing. */
export type ProposeRefusalCode = ImportInputCode | 'NOTHING_FOUND';

const refuseArticle = (code: ProposeRefusalCode, message: string) => badUserInput(`${message} Nothing was written.`, { importCode: code, argument: 'input.text' });

/** Reads an article and proposes what it would add; matches names against the graph itself. Writes nothing. */
export async function proposeArticle(input: ProposeImportInput, viewer: Viewer | null, repository: ImportRepository, scope: RequestScope): Promise<ImportProposal> {
  requireRole(viewer, 'editor', 'propose an import');
  const text = checkedText(input.text);
  if (input.published != null && precisionOfDate(input.published) === null) {
    throw badUserInput(`Expected published as YYYY, YYYY-MM or YYYY-MM-DD (a real date), but got ${JSON.stringify(input.published)}. Nothing was written.`, { importCode: 'BAD_OPTION', argument: 'input.published' });
  }
  const index = knownNameIndex(await repository.knownNodes(new ArticleText(text), scope.query));
  const proposed = proposeImport(text, index, { url: input.url ?? null, outlet: input.outlet ?? null, published: input.published ?? null });
  if (proposed.entities.length === 0) {
    throw refuseArticle('NOTHING_FOUND', 'Expected an article that names organisations, people, events, programs or places, but the text mentions nothing Jisr knows or can propose.');
  }
  const title = input.title?.trim();
  const proposal: Proposal = title ? { ...proposed, article: { ...proposed.article, title } } : proposed;
  return toImportProposal(proposal);
}

/** The article's text as the importer reads it: its UTF-8 bytes checked like a file's (size first). */
function checkedText(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  try {
    // The size is counted in UTF-8 bytes, as for a file.
    return checkArticleBytes(bytes, 'the text');
  } catch (error) {
    // The importer's messages state the limit (5 MB, 30% Arabic letters) and the fix.
    if (error instanceof ImportInputError) throw refuseArticle(error.code, error.message);
    throw error;
  }
}

/** Applies a reviewed proposal with the curator's choices: one batch, all or nothing. */
export async function applyReviewedImport(input: ApplyImportInput, viewer: Viewer | null, repository: CurationRepository, scope: RequestScope): Promise<ImportApplyResult> {
  requireRole(viewer, 'editor', 'change the graph');
  const proposal = parseProposal(input.proposal);
  const choices = choicesOf(proposal, input.choices ?? []);
  const sourceId = sourceIdOf(proposal, input);
  const batch = toChanges(proposal, choices, {
    sourceId,
    ...(input.createSource ? { createSource: { text: input.text! } } : {}),
    otherwise: input.otherwise === 'REJECT' ? 'reject' : 'accept',
  });
  const writes = batch.changes.filter((change) => !('createSource' in change));
  if (writes.length === 0) {
    throw badUserInput(`Nothing to apply: the choices reject every entity and relationship of the proposal (${batch.skipped.length} skipped). Accept at least one, or leave the article out. Nothing was written.`, { argument: 'input.choices' });
  }
  // requestsOf checks the batch's size as applyChanges does; the curation service's refusals (problems, CONFLICT) pass through as they are.
  const result: CurationResult = await applyChanges(requestsOf(batch.changes as Record<string, unknown>[]), viewer, repository, scope);
  return Object.assign(new ImportApplyResult(), { result, skipped: batch.skipped.map((s) => Object.assign(new ImportSkipped(), s)) });
}

function sourceIdOf(proposal: Proposal, input: ApplyImportInput): string {
  const given = input.sourceId ?? null;
  if (given !== null && nodeTypeOfId(given) !== 'SOURCE') {
    throw badUserInput(`Expected sourceId like "source:marib-2022-11", but got ${JSON.stringify(given)}.`, { argument: 'input.sourceId' });
  }
  if (!input.createSource) {
    if (given === null) throw badUserInput('Expected sourceId, the source the quotes come from, or createSource: true (with text) to create it from the article. Nothing was written.', { argument: 'input.sourceId' });
    return given;
  }
  if (input.text == null) {
    throw badUserInput('Expected text with createSource: the article\'s text, the very text the proposal was made from. Nothing was written.', { argument: 'input.text' });
  }
  const sha256 = createHash('sha256').update(input.text).digest('hex');
  if (sha256 !== proposal.article.sha256) {
    throw badUserInput(`Expected the text the proposal was made from (SHA-256 ${proposal.article.sha256}, ${proposal.article.length} characters), but the text given has SHA-256 ${sha256} (${input.text.length} characters): its quotes would not be at their offsets. Send the same text, or propose again. Nothing was written.`, { argument: 'input.text' });
  }
  return given ?? `source:article-${sha256.slice(0, 12)}`;
}

/** The curator's choices by ref; every problem at once. */
function choicesOf(proposal: Proposal, inputs: readonly ImportChoiceInput[]): Record<string, ReviewChoice> {
  const entities = new Map(proposal.entities.map((e) => [e.ref, e]));
  const relationships = new Set(proposal.relationships.map((r) => r.ref));
  const problems: string[] = [];
  const choices: Record<string, ReviewChoice> = {};
  inputs.forEach((input, i) => {
    const at = `choices[${i}] (${JSON.stringify(input.ref)})`;
    const entity = entities.get(input.ref);
    if (!entity && !relationships.has(input.ref)) return problems.push(`${at}: no entity or relationship of the proposal has this ref`);
    if (input.ref in choices) return problems.push(`${at}: the ref was already decided; give each ref one choice`);
    if (input.choice !== ImportChoice.REPOINT) {
      if (input.repointTo != null) return problems.push(`${at}: repointTo goes with REPOINT only, but the choice is ${input.choice}`);
      choices[input.ref] = input.choice === ImportChoice.REJECT ? 'reject' : 'accept';
      return undefined;
    }
    if (!entity) return problems.push(`${at}: only an entity can be re-pointed; accept or reject a relationship`);
    if (input.repointTo == null) return problems.push(`${at}: REPOINT needs repointTo, the existing node it is instead`);
    if (!idPatternOf(entity.type).test(input.repointTo)) {
      return problems.push(`${at}: repointTo ${JSON.stringify(input.repointTo)} is not an id of ${entity.type.toLowerCase()} like ${JSON.stringify(exampleId(entity.type))}`);
    }
    choices[input.ref] = { repoint: input.repointTo };
    return undefined;
  });
  if (problems.length > 0) {
    throw badUserInput(`Nothing was written: ${problems.length} of the choices cannot be applied.\n${problems.join('\n')}`, { argument: 'input.choices', problems });
  }
  return choices;
}

const exampleId = (type: NodeType): string => ({ ORGANIZATION: 'org:undp', PERSON: 'person:waheeb-al-dhibani', EVENT: 'event:2009-06-18-jenin-open-meeting', PROGRAM: 'program:saned-community-peace', PLACE: 'place:ye-lahj', SOURCE: 'source:seed-000' })[type];

// The proposal's shape, as proposal.ts declares it; new records are checked by the seed file schemas themselves.
const text = z.string().min(1);
const confidence = z.number().min(0).max(1);
const entityTypes = ['ORGANIZATION', 'PERSON', 'EVENT', 'PROGRAM', 'PLACE'] as const;
const entityBase = { ref: text, type: z.enum(entityTypes), label: z.string(), mentions: z.array(evidenceQuoteSchema), rule: z.string(), confidence };
const proposedRecordSchema = z.discriminatedUnion('section', [
  z.strictObject({ section: z.literal('organizations'), record: organizationSchema }),
  z.strictObject({ section: z.literal('persons'), record: personSchema }),
  z.strictObject({ section: z.literal('events'), record: eventSchema }),
  z.strictObject({ section: z.literal('programs'), record: programSchema }),
  z.strictObject({ section: z.literal('places'), record: placeSchema }),
]);
const SECTION_TYPE = { organizations: 'ORGANIZATION', persons: 'PERSON', events: 'EVENT', programs: 'PROGRAM', places: 'PLACE' } as const;
const entitySchema = z.discriminatedUnion('resolution', [
  z.strictObject({ ...entityBase, resolution: z.literal('matched'), match: z.strictObject({ id: text, span: evidenceQuoteSchema, name: z.string(), reason: z.string() }) }),
  z.strictObject({
    ...entityBase,
    resolution: z.literal('new'),
    proposed: proposedRecordSchema,
    suggestedBy: z.strictObject({ origin: z.enum(['gazetteer', 'lexicon']), reason: z.string() }).optional(),
    reading: z.strictObject({ participantCount: z.number().int().nonnegative().optional(), participantCountApproximate: z.boolean().optional(), endDate: z.string().optional(), dateReason: z.string().optional() }).optional(),
  }),
]);
const relationshipSchema = z.strictObject({
  ref: text, type: z.enum(RELATION_TYPES), from: text, to: text, role: z.enum(RELATIONSHIP_ROLES).optional(), title: text.optional(), basis: z.enum(BASES),
  evidence: z.array(evidenceQuoteSchema).min(1), rule: z.string(), cue: evidenceQuoteSchema.optional(), confidence, note: z.string().optional(),
});
const proposalSchema = z.strictObject({
  version: z.literal(PROPOSAL_VERSION),
  article: z.strictObject({
    path: z.string().optional(), title: z.string(), url: z.string().nullable(), outlet: z.string().nullable(),
    published: z.strictObject({ date: text, precision: z.enum(DATE_PRECISIONS).exclude(['UNKNOWN']), from: z.enum(['dateline', 'option']), evidence: evidenceQuoteSchema.optional() }).nullable(),
    country: z.string().nullable(), length: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  }),
  entities: z.array(entitySchema),
  relationships: z.array(relationshipSchema),
  unresolved: z.array(z.strictObject({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), type: z.enum(entityTypes).optional(), reason: z.string() })),
  warnings: z.array(z.string()),
});

/**
 * The proposal a client sent back, checked whole: its shape, then what the shape cannot say — refs unique and
 * pointing inside it, each new record under its entity's type, every quote inside the article and as long as its
 * offsets. A proposal edited by hand may still be refused later by the curation service (a quote that is not at
 * its offsets in the source, an id that exists); that refusal, too, writes nothing.
 */
export function parseProposal(value: unknown): Proposal {
  const version = (value as { version?: unknown } | null)?.version;
  if (version !== PROPOSAL_VERSION) {
    throw badUserInput(`Expected a proposal as proposeImport returns it (ImportProposal.proposal, version ${PROPOSAL_VERSION}), but got one with version ${JSON.stringify(version ?? null)}. Propose the article again and send its proposal back. Nothing was written.`, { argument: 'input.proposal' });
  }
  const parsed = proposalSchema.safeParse(value);
  const problems: string[] = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(proposal)'}: ${issue.message}`);
  if (parsed.success) problems.push(...consistencyProblems(parsed.data as Proposal));
  if (problems.length > 0) {
    const shown = problems.slice(0, 20);
    const more = problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
    throw badUserInput(`Expected a proposal as proposeImport returns it (version ${PROPOSAL_VERSION}), but this one has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written. Send the proposal back as it came, deciding with choices instead of editing it.\n${shown.join('\n')}${more}`, { argument: 'input.proposal', problems: shown });
  }
  return parsed.data as Proposal;
}

function consistencyProblems(proposal: Proposal): string[] {
  const problems: string[] = [];
  const { length } = proposal.article;
  const refs = new Set<string>();
  const checkQuote = (quote: Quote, where: string): void => {
    if (quote.end > length || quote.end - quote.start !== quote.quote.length) problems.push(`${where}: the quote «${quote.quote}» at ${quote.start}-${quote.end} is not inside the article (${length} characters) at its offsets`);
  };
  const checkRef = (ref: string, where: string): void => {
    if (refs.has(ref)) problems.push(`${where}.ref: ${JSON.stringify(ref)} is used twice`);
    refs.add(ref);
  };
  proposal.entities.forEach((entity, i) => {
    const where = `entities.${i}`;
    checkRef(entity.ref, where);
    entity.mentions.forEach((q, j) => checkQuote(q, `${where}.mentions.${j}`));
    if (entity.resolution === 'matched') {
      checkQuote(entity.match.span, `${where}.match.span`);
      if (nodeTypeOfId(entity.match.id) !== entity.type) problems.push(`${where}.match.id: ${JSON.stringify(entity.match.id)} is not an id of ${entity.type.toLowerCase()}`);
      return;
    }
    if (SECTION_TYPE[entity.proposed.section] !== entity.type) problems.push(`${where}.proposed.section: ${entity.proposed.section} holds no ${entity.type.toLowerCase()}`);
    entity.proposed.record.evidence.forEach((q, j) => checkQuote(q, `${where}.proposed.record.evidence.${j}`));
  });
  proposal.relationships.forEach((rel, i) => {
    const where = `relationships.${i}`;
    checkRef(rel.ref, where);
    for (const end of ['from', 'to'] as const) {
      if (!proposal.entities.some((e) => e.ref === rel[end])) problems.push(`${where}.${end}: ${JSON.stringify(rel[end])} is no entity of the proposal`);
    }
    rel.evidence.forEach((q, j) => checkQuote(q, `${where}.evidence.${j}`));
  });
  return problems;
}

/** The proposal as the API shows it: typed for a review UI, and whole as JSON to send back. */
function toImportProposal(proposal: Proposal): ImportProposal {
  const { article } = proposal;
  return Object.assign(new ImportProposal(), {
    version: proposal.version,
    article: Object.assign(new ImportArticle(), {
      title: article.title, url: article.url, outlet: article.outlet, published: article.published?.date ?? null, country: article.country, length: article.length, sha256: article.sha256,
    }),
    entities: proposal.entities.map(toImportEntity),
    relationships: proposal.relationships.map((r) => Object.assign(new ImportRelationship(), {
      ref: r.ref, type: r.type, from: r.from, to: r.to, role: r.role ?? null, title: r.title ?? null, basis: r.basis, evidence: r.evidence.map(toQuote),
      rule: r.rule, cue: r.cue ? toQuote(r.cue) : null, confidence: r.confidence, note: r.note ?? null,
    })),
    unresolved: proposal.unresolved.map((u) => Object.assign(new ImportUnresolvedMention(), { text: u.text, start: u.start, end: u.end, type: u.type ?? null, reason: u.reason })),
    warnings: [...proposal.warnings],
    // A JSON round trip: exactly what a client receives, and plain data for the scalar.
    proposal: JSON.parse(JSON.stringify(proposal)) as Record<string, unknown>,
  });
}

function toImportEntity(entity: ProposedEntity): ImportEntity {
  const common = {
    ref: entity.ref, resolution: entity.resolution, type: entity.type, label: entity.label, mentions: entity.mentions.map(toQuote), rule: entity.rule, confidence: entity.confidence,
  };
  if (entity.resolution === 'matched') {
    const { match } = entity;
    return Object.assign(new ImportEntity(), {
      ...common, kind: null, names: [...new Set([entity.label, match.name])], proposed: null, suggestedBy: null, reading: null,
      match: Object.assign(new ImportMatch(), { id: match.id, span: toQuote(match.span), name: match.name, reason: match.reason }),
    });
  }
  const { record } = entity.proposed;
  const names = 'titleAr' in record ? [record.titleAr, record.titleEn] : [record.nameAr, record.nameEn, ...record.aliases];
  return Object.assign(new ImportEntity(), {
    ...common, kind: 'kind' in record ? record.kind : null, names: [...new Set(names.filter((n): n is string => Boolean(n)))], match: null,
    proposed: JSON.parse(JSON.stringify(entity.proposed)) as Record<string, unknown>,
    suggestedBy: entity.suggestedBy ? Object.assign(new ImportSuggestion(), entity.suggestedBy) : null,
    reading: entity.reading ? { ...entity.reading } : null,
  });
}

const toQuote = (q: Quote): ImportQuote => Object.assign(new ImportQuote(), { quote: q.quote, start: q.start, end: q.end });
