import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { useEffect, useRef } from 'react';
import type { EvidenceSubject } from '../evidence/evidence.types';
import type { NodeType } from '../graph/graph.operations';
import { colourOf, graphStylesheet, NODE_SHAPES } from '../graph/graph.style';
import { fitReadable } from '../graph/graph.view';
import { directionOf, type Lang, type Messages, nameIn, titleIn, useLang } from '../i18n/i18n';
import type { FundingFlow } from './funder.operations';

cytoscape.use(dagre);

declare global {
  interface Window {
    /** The funder view's flow diagram, for the browser console and the browser tests. */
    jisrFlows?: Core;
  }
}

interface FlowEdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly display: string;
  readonly hops: FundingFlow['hops'];
}

/**
 * The flows as a drawing in the direction the money goes: funder → program(s) → event. A FUNDED hop keeps its
 * direction; a PART_OF hop (event or program → the program containing it) is drawn from the container to the part.
 */
export function flowElements(lang: Lang, t: Messages, flows: readonly FundingFlow[]): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, FlowEdgeData>();
  const addNode = (id: string, type: NodeType, kind: string | null, display: string) => {
    if (!nodes.has(id)) nodes.set(id, { group: 'nodes', data: { id, type, kind, display, colour: colourOf(type, kind), shape: NODE_SHAPES[type] } });
  };
  for (const flow of flows) {
    addNode(flow.funder.id, flow.funder.kind === 'PERSON' ? 'PERSON' : 'ORGANIZATION', flow.funder.kind, nameIn(lang, flow.funder, flow.funder.name));
    for (const step of flow.via) {
      addNode(step.id, step.__typename === 'Program' ? 'PROGRAM' : 'ORGANIZATION', null, nameIn(lang, step, step.name));
    }
    addNode(flow.event.id, 'EVENT', flow.event.kind, titleIn(lang, flow.event));
    for (const hop of flow.hops) {
      const forward = hop.type === 'FUNDED';
      const [source, target] = forward ? [hop.fromId, hop.toId] : [hop.toId, hop.fromId];
      const id = `${hop.type}:${hop.fromId}:${hop.toId}`;
      if (edges.has(id)) continue;
      const display = hop.type === 'FUNDED' ? (flow.direct ? t.fundedDirectly : t.relations.FUNDED) : t.flowIncludes;
      edges.set(id, { id, source, target, type: hop.type, display, hops: [hop] });
    }
  }
  return [...nodes.values(), ...[...edges.values()].map((data) => ({ group: 'edges' as const, data }))];
}

export function FlowDiagram({ flows, onSelect }: { flows: readonly FundingFlow[]; onSelect(subject: EvidenceSubject): void }) {
  const { t, lang } = useLang();
  const container = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!container.current) return undefined;
    const cy = cytoscape({
      container: container.current,
      style: graphStylesheet(),
      elements: flowElements(lang, t, flows),
      minZoom: 0.2,
      maxZoom: 2.5,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    // Arabic reads right to left, so the money flows from the right there.
    cy.layout({ name: 'dagre', rankDir: lang === 'ar' ? 'RL' : 'LR', nodeSep: 50, rankSep: 170, padding: 30, animate: false } as cytoscape.LayoutOptions).run();
    fitReadable(cy, 30);
    cy.on('tap', 'edge', (event) => {
      const edge = event.target as EdgeSingular;
      const data = edge.data() as FlowEdgeData;
      const label = (id: string) => String(cy.getElementById(id).data('display'));
      select.current({
        kind: 'flow',
        title: `${label(data.source)} → ${label(data.target)}`,
        subtitle: data.display,
        evidence: data.hops.flatMap((hop) => hop.evidence),
      });
    });
    cy.on('tap', 'node', (event) => {
      const node = event.target as NodeSingular;
      // A node's evidence is every quote on the hops that touch it in these flows.
      const evidence = node.connectedEdges().toArray().flatMap((edge) => (edge.data() as FlowEdgeData).hops.flatMap((hop) => hop.evidence));
      select.current({ kind: 'flow', title: String(node.data('display')), subtitle: node.id(), evidence: [...new Map(evidence.map((e) => [e.id, e])).values()] });
    });
    window.jisrFlows = cy;
    return () => {
      cy.destroy();
      if (window.jisrFlows === cy) delete window.jisrFlows;
    };
  }, [flows, lang, t]);

  return <div className="flow-canvas" ref={container} dir={directionOf(lang)} data-testid="flow-canvas" />;
}
