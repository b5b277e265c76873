/**
 * The checks one graph file needs beyond its format: every record against the rules (seed.rules.ts)
 * with the file's article, and no id written twice in the file. What needs several files (references,
 * merges, cycles) is the merge's (seed.merge.ts).
 */
import { type SeedError } from './seed.model';
import { type ParsedGraphFile, nodeRecordLabel, relationshipRecordLabel } from './seed.read';
import {
  type RecordProblem, checkEventDate, checkParticipantCount, checkQuotes, checkRelationshipFields, seedErrorsOf,
} from './seed.rules';
import { type EvidenceQuote, NODE_SECTIONS } from './seed.schema';

const LOCATE_QUOTES_COMMAND = 'npx ts-node --transpile-only src/seeds/locate-quotes.ts';

/** Every problem of one parsed graph file's records, in the order a curator reads the file. */
export function checkGraphFile(file: ParsedGraphFile): SeedError[] {
  const { data, source } = file;
  const errors: SeedError[] = [];
  const report = (record: string, problems: readonly RecordProblem[]): void => {
    errors.push(...seedErrorsOf(file.path, record, problems));
  };
  const fixOffsets = `Fix the offsets, or run: ${LOCATE_QUOTES_COMMAND} ${file.path}`;

  const seenIds = new Map<string, string>();
  for (const section of NODE_SECTIONS) {
    (data[section] as ReadonlyArray<{ id: string; evidence: EvidenceQuote[] }>).forEach((record, index) => {
      const label = nodeRecordLabel(section, index, record.id);
      const previous = seenIds.get(record.id);
      if (previous) report(label, [{ field: 'id', message: `duplicate id "${record.id}" (also ${previous}); merge the two records into one` }]);
      else seenIds.set(record.id, label);
      report(label, checkQuotes(record.evidence, source, fixOffsets));
    });
  }
  data.events.forEach((event, index) => report(nodeRecordLabel('events', index, event.id), checkEventDate(event, source.source)));
  data.events.forEach((event, index) => report(nodeRecordLabel('events', index, event.id), checkParticipantCount(event)));
  data.relationships.forEach((relationship, index) => {
    const label = relationshipRecordLabel(index, relationship);
    report(label, checkQuotes(relationship.evidence, source, fixOffsets));
    report(label, checkRelationshipFields(relationship));
  });
  return errors;
}
