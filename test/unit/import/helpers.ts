import { proposeImport } from '../../../src/import/importer';
import { type KnownNode, knownNameIndex } from '../../../src/import/known-names';
import { type Proposal } from '../../../src/import/proposal';

/** The proposal for a text, matched against the gazetteer and actor lexicon (and any nodes given). */
export function propose(text: string, nodes: readonly KnownNode[] = [], published: string | null = null): Proposal {
  return proposeImport(text, knownNameIndex(nodes), { published });
}

/** The proposal's relationships as «type from → to», by label, for assertions that read like the article. */
export function links(proposal: Proposal): string[] {
  const label = new Map(proposal.entities.map((e) => [e.ref, e.type === 'EVENT' ? `event:${e.resolution === 'new' && e.proposed.section === 'events' ? e.proposed.record.kind : ''}` : e.label]));
  return proposal.relationships.map((r) => `${r.type} ${label.get(r.from)} → ${label.get(r.to)}${r.role ? ` (${r.role})` : ''}`);
}

export const labels = (proposal: Proposal, type: string): string[] => proposal.entities.filter((e) => e.type === type).map((e) => e.label);
