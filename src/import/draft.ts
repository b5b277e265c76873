/**
 * A proposal as a draft seed file: the curated YAML format of `seeds/graph/<stem>.yaml` (src/seeds/seed.schema.ts)
 * with a header comment that says what a curator should check. New entities become records; entities the graph
 * already has are only referred to by id. Each record and relationship is written so that the seed validator
 * accepts it beside its article: an event's dateText is kept only when it agrees with the date by the seed rules
 * (otherwise the words go to its note), a count only when the phrase has its digits.
 */
import { Document, isMap, isSeq, YAMLMap } from 'yaml';
import { NODE_SECTIONS, type NodeSection, type SeedGraphFile } from '../seeds/seed.schema';
import { checkEventDate } from '../seeds/seed.rules';
import { type Proposal, type ProposedEntity } from './proposal';

export interface DraftOptions {
  /** The source id the file names (`source:…`), as it will be in sources.yaml. */
  readonly sourceId: string;
  /** The article's file name, for the sources.yaml entry the header suggests. */
  readonly articleFile: string;
}

/** The seed-format content of a proposal (no comments): what the YAML holds. */
export function draftSeedFile(proposal: Proposal, options: Pick<DraftOptions, 'sourceId'>): SeedGraphFile {
  const idOf = new Map(proposal.entities.map((e) => [e.ref, e.resolution === 'matched' ? e.match.id : e.proposed.record.id]));
  const file: SeedGraphFile = { source: options.sourceId, organizations: [], persons: [], events: [], programs: [], places: [], relationships: [] };
  const publishedOn = proposal.article.published?.date ?? null;
  for (const entity of proposal.entities) {
    if (entity.resolution !== 'new') continue;
    const { proposed } = entity;
    switch (proposed.section) {
      case 'events': {
        const record = { ...proposed.record };
        if (record.dateText !== null && checkEventDate(record, { publishedOn }).length > 0) {
          record.note = [record.note, `Date words «${record.dateText}» (kept out of dateText: they do not fix this date alone).`].filter(Boolean).join(' ');
          record.dateText = null;
        }
        file.events.push(record);
        break;
      }
      case 'organizations': file.organizations.push(proposed.record); break;
      case 'persons': file.persons.push(proposed.record); break;
      case 'programs': file.programs.push(proposed.record); break;
      case 'places': file.places.push(proposed.record); break;
      default: {
        const unreachable: never = proposed;
        throw new Error(`Unhandled section ${JSON.stringify(unreachable)}`);
      }
    }
  }
  for (const rel of proposal.relationships) {
    const from = idOf.get(rel.from);
    const to = idOf.get(rel.to);
    if (!from || !to) continue;
    file.relationships.push({
      type: rel.type, from, to, ...(rel.role ? { role: rel.role } : {}), ...(rel.title ? { title: rel.title } : {}), basis: rel.basis,
      ...(rel.note ? { note: rel.note } : {}), evidence: rel.evidence.map((q) => ({ quote: q.quote, start: q.start, end: q.end })),
    });
  }
  return file;
}

/** The draft file's text: the header comment, then the records in the curated files' layout. */
export function draftSeedYaml(proposal: Proposal, options: DraftOptions): string {
  const file = draftSeedFile(proposal, options);
  const body: Record<string, unknown> = { source: file.source };
  for (const section of NODE_SECTIONS) if (file[section].length > 0) body[section] = file[section];
  if (file.relationships.length > 0) body.relationships = file.relationships;
  const document = new Document(body);
  // Evidence as one-line maps, like the curated files: `- { quote: "…", start: 1, end: 2 }`.
  for (const section of [...NODE_SECTIONS, 'relationships'] as const) {
    const list = document.get(section);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (!isMap(item)) continue;
      const evidence = item.get('evidence');
      if (isSeq(evidence)) for (const quote of evidence.items) if (quote instanceof YAMLMap) quote.flow = true;
      const aliases = item.get('aliases');
      if (isSeq(aliases)) aliases.flow = true;
    }
  }
  return `${header(proposal, options, file)}${document.toString({ lineWidth: 0 })}`;
}

function header(proposal: Proposal, options: DraftOptions, file: SeedGraphFile): string {
  const { article } = proposal;
  const lines: string[] = [];
  lines.push(`Draft proposed by \`jisr import\` from ${options.articleFile} (sha256 ${article.sha256.slice(0, 12)}…): «${article.title}».`);
  lines.push('Nothing here is curated yet. Check every record and relationship against the article, edit or delete, then load with `jisr seed`.');
  lines.push('');
  lines.push(`Add the article to seeds/articles/ (as ${options.articleFile}) and this entry to seeds/articles/sources.yaml:`);
  lines.push(`  - id: ${options.sourceId}`);
  lines.push(`    file: ${options.articleFile}`);
  lines.push(`    title: ${JSON.stringify(article.title)}`);
  lines.push(`    outlet: ${article.outlet === null ? 'null' : JSON.stringify(article.outlet)}`);
  lines.push(`    publishedOn: ${article.published ? JSON.stringify(article.published.date) : 'null'}`);
  lines.push(`    publishedOnText: ${article.published?.evidence ? JSON.stringify(article.published.evidence.quote) : 'null'}`);
  lines.push('    language: ar');
  lines.push(`    url: ${article.url === null ? 'null' : JSON.stringify(article.url)}`);
  lines.push('');
  lines.push('What to check:');
  const matched = proposal.entities.filter((e) => e.resolution === 'matched');
  if (matched.length > 0) {
    lines.push('- Matched to nodes the graph already has (referred to by id, not repeated here):');
    for (const e of matched) if (e.resolution === 'matched') lines.push(`    ${e.match.id}: ${e.match.reason}`);
  }
  const fresh = proposal.entities.filter((e): e is Extract<ProposedEntity, { resolution: 'new' }> => e.resolution === 'new');
  lines.push('- Every nameEn of a new record is a letter-by-letter transliteration unless it came from the gazetteer or the actor lexicon: write the real one.');
  lines.push('- Ids are proposals: rename them to the graph\'s style before loading (and in the relationships that use them).');
  const suggested = fresh.filter((e) => e.suggestedBy);
  if (suggested.length > 0) lines.push(`- Names from the gazetteer or the actor lexicon: ${suggested.map((e) => e.proposed.record.id).join(', ')}.`);
  const unsure = fresh.filter((e) => e.confidence < 0.7);
  if (unsure.length > 0) lines.push(`- Low-confidence entities: ${unsure.map((e) => `${e.proposed.record.id} (${e.confidence.toFixed(2)}, ${e.rule})`).join('; ')}.`);
  const kinds = fresh.filter((e) => e.proposed.section === 'organizations');
  if (kinds.length > 0) lines.push(`- Organisation kinds are guessed from the words of the name: ${kinds.map((e) => `${e.proposed.record.id} ${'kind' in e.proposed.record ? e.proposed.record.kind : ''}`).join(', ')}.`);
  for (const event of file.events) {
    lines.push(`- ${event.id}: kind ${event.kind} from the words «${event.titleAr.slice(0, 40)}»; date ${event.date ?? 'null'} (${event.datePrecision})${event.note ? `: ${event.note}` : ''}.`);
  }
  const inferred = proposal.relationships.filter((r) => r.confidence < 0.6 || r.note);
  if (inferred.length > 0) lines.push(`- Inferred or weak links (${inferred.length}): ${inferred.map((r) => `${r.type} ${r.from}→${r.to} (${r.rule})`).join('; ')}.`);
  if (proposal.unresolved.length > 0) {
    lines.push('- Mentions the importer could not resolve (not in this file):');
    for (const u of proposal.unresolved.slice(0, 30)) lines.push(`    «${u.text}» at ${u.start}: ${u.reason}`);
    if (proposal.unresolved.length > 30) lines.push(`    … and ${proposal.unresolved.length - 30} more (see \`jisr import --json\`).`);
  }
  for (const warning of proposal.warnings) lines.push(`- ${warning}`);
  return `${lines.map((line) => (line === '' ? '#' : `# ${line}`)).join('\n')}\n`;
}

/** The sections of a draft, for messages. */
export const DRAFT_SECTIONS: readonly NodeSection[] = NODE_SECTIONS;
