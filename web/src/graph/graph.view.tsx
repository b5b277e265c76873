import cytoscape, { type Core, type EdgeSingular, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { EvidencePanel } from '../evidence/evidence.panel';
import type { EvidenceSubject } from '../evidence/evidence.types';
import { directionOf, type Lang, type Messages, nameIn, titleIn, useLang } from '../i18n/i18n';
import { GraphLegend } from './graph.legend';
import {
  type NetworkEdge,
  type NetworkNode,
  neighbourhoodOf,
  nodeWithEvidence,
  type NodeType,
  type SearchHit,
  searchNodes,
} from './graph.operations';
import { colourOf, graphStylesheet, NODE_SHAPES } from './graph.style';

cytoscape.use(fcose);

declare global {
  interface Window {
    /** The graph view's Cytoscape instance, for the browser console and the browser tests. */
    jisrGraph?: Core;
  }
}

/** A node's label in the interface language: its name there, else the label the graph gives it. */
const nodeDisplay = (lang: Lang, node: Pick<NetworkNode, 'label' | 'nameAr' | 'nameEn'>) => nameIn(lang, node, node.label);

/** An edge's label: the relation in the interface language, with the role when the graph records one. */
const edgeDisplay = (t: Messages, edge: Pick<NetworkEdge, 'type' | 'role' | 'title'>) =>
  [t.relations[edge.type], edge.role ? (t.roles[edge.role] ?? edge.role) : edge.title].filter(Boolean).join(' · ');

function hitLabel(lang: Lang, hit: SearchHit['node']): string {
  if (hit.title !== undefined) return titleIn(lang, { title: hit.title, titleAr: hit.titleAr, titleEn: hit.titleEn });
  return nameIn(lang, hit, hit.name ?? hit.id);
}

const typeOfHit = (typename: SearchHit['node']['__typename']): NodeType => typename.toUpperCase() as NodeType;

/** Adds what is not drawn yet; returns the new nodes so that only the layout around them changes. */
function mergeNetwork(cy: Core, lang: Lang, t: Messages, nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], near?: NodeSingular) {
  const fresh = nodes.filter((node) => cy.getElementById(node.id).empty());
  const origin = near?.position() ?? { x: 0, y: 0 };
  const added = cy.add([
    ...fresh.map((node, index) => ({
      group: 'nodes' as const,
      data: { ...node, display: nodeDisplay(lang, node), colour: colourOf(node.type, node.kind), shape: NODE_SHAPES[node.type] },
      // New nodes start on a small circle around the one they were reached from, so the layout moves them outwards.
      position: { x: origin.x + 60 * Math.cos((2 * Math.PI * index) / Math.max(fresh.length, 1)), y: origin.y + 60 * Math.sin((2 * Math.PI * index) / Math.max(fresh.length, 1)) },
    })),
    ...edges.filter((edge) => cy.getElementById(edge.id).empty()).map((edge) => ({
      group: 'edges' as const,
      data: { ...edge, display: edgeDisplay(t, edge) },
    })),
  ]);
  return added;
}

/** Fits the drawing to the canvas, but never zooms a few nodes up to poster size. */
export function fitReadable(cy: Core, padding = 40): void {
  cy.fit(undefined, padding);
  if (cy.zoom() > 1.1) {
    cy.zoom(1.1);
    cy.center();
  }
}

export function GraphView({ focusId, onFocus }: { focusId: string | undefined; onFocus(id: string): void }) {
  const { t, lang } = useLang();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const langRef = useRef({ t, lang });
  langRef.current = { t, lang };
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [truncated, setTruncated] = useState(false);
  const [subject, setSubject] = useState<EvidenceSubject | null>(null);
  const [evidenceLoading, setEvidenceLoading] = useState(false);
  const [elementCount, setElementCount] = useState(0);
  /** Nodes whose neighbourhood is being fetched: a click and the hash change it causes must not fetch twice. */
  const pending = useRef(new Set<string>());

  const showNodeEvidence = useCallback(async (id: string) => {
    setEvidenceLoading(true);
    try {
      const node = await nodeWithEvidence(id);
      const { lang: current, t: messages } = langRef.current;
      if (!node) {
        setSubject(null);
        return;
      }
      const title = node.title !== undefined
        ? titleIn(current, { title: node.title, titleAr: node.titleAr, titleEn: node.titleEn })
        : nameIn(current, node, node.name ?? node.id);
      setSubject({ kind: 'node', title, subtitle: `${messages.nodeTypes[typeOfHit(node.__typename)]} · ${node.id}`, evidence: node.evidence ?? [] });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setEvidenceLoading(false);
    }
  }, []);

  /** Draws the neighbourhood of a node (once per node) and lays the graph out again. */
  const expand = useCallback(async (id: string) => {
    const cy = cyRef.current;
    if (!cy) return;
    const existing = cy.getElementById(id);
    if ((existing.nonempty() && existing.hasClass('expanded')) || pending.current.has(id)) return;
    pending.current.add(id);
    setBusy(true);
    setError(null);
    try {
      const network = await neighbourhoodOf(id);
      const { lang: current, t: messages } = langRef.current;
      const near = existing.nonempty() ? (existing as NodeSingular) : undefined;
      const added = mergeNetwork(cy, current, messages, network.nodes, network.edges, near);
      cy.getElementById(id).addClass('expanded');
      setTruncated(network.truncated);
      setElementCount(cy.elements().length);
      if (added.nonempty() || !near) {
        await new Promise<void>((resolve) => {
          const layout = cy.layout({
            name: 'fcose',
            animate: false,
            randomize: cy.nodes().length <= network.nodes.length,
            // Labels are wide (Arabic names, event titles over several lines): lay them out as part of their nodes.
            nodeDimensionsIncludeLabels: true,
            nodeRepulsion: () => 12000,
            idealEdgeLength: () => 120,
            nodeSeparation: 90,
            padding: 40,
          } as cytoscape.LayoutOptions);
          layout.one('layoutstop', () => resolve());
          layout.run();
        });
        fitReadable(cy);
      }
      cy.$(':selected').unselect();
      cy.getElementById(id).select();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      pending.current.delete(id);
      setBusy(pending.current.size > 0);
    }
  }, []);

  useEffect(() => {
    if (!container.current) return undefined;
    const cy = cytoscape({
      container: container.current,
      style: graphStylesheet(),
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    cyRef.current = cy;
    window.jisrGraph = cy;
    cy.on('tap', 'node', (event) => {
      const node = event.target as NodeSingular;
      onFocus(node.id());
      void showNodeEvidence(node.id());
    });
    cy.on('tap', 'edge', (event) => {
      const edge = event.target as EdgeSingular;
      const { lang: current, t: messages } = langRef.current;
      const data = edge.data() as NetworkEdge;
      const end = (id: string) => nodeDisplay(current, cy.getElementById(id).data() as NetworkNode);
      setSubject({
        kind: 'edge',
        title: `${end(data.source)} — ${edgeDisplay(messages, data)} → ${end(data.target)}`,
        subtitle: data.id,
        evidence: data.evidence,
      });
    });
    return () => {
      cy.destroy();
      cyRef.current = null;
      if (window.jisrGraph === cy) delete window.jisrGraph;
    };
  }, [onFocus, showNodeEvidence]);

  // The hash names the node in focus: a link (#/graph/org:saferworld) opens the graph there, a click moves it.
  useEffect(() => {
    if (!focusId) return;
    void expand(focusId);
  }, [focusId, expand]);

  // Labels follow the interface language without redrawing the layout.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => { node.data('display', nodeDisplay(lang, node.data() as NetworkNode)); });
      cy.edges().forEach((edge) => { edge.data('display', edgeDisplay(t, edge.data() as NetworkEdge)); });
    });
  }, [lang, t]);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = text.trim();
    if (!wanted) return;
    setError(null);
    setBusy(true);
    try {
      setHits(await searchNodes(wanted));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const pick = (hit: SearchHit) => {
    onFocus(hit.node.id);
    void expand(hit.node.id);
    void showNodeEvidence(hit.node.id);
  };

  const clear = () => {
    cyRef.current?.elements().remove();
    setElementCount(0);
    setSubject(null);
    setTruncated(false);
  };

  return (
    <div className="graph-layout">
      <section className="graph-main">
        <form className="search" role="search" onSubmit={(event) => void search(event)}>
          <input
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={t.searchPlaceholder}
            aria-label={t.searchPlaceholder}
            dir="auto"
            data-testid="search-input"
          />
          <button type="submit" data-testid="search-button">{t.searchButton}</button>
        </form>
        {hits !== null ? (
          hits.length === 0 ? <p className="muted">{t.searchNoHits}</p> : (
            <ul className="hits" data-testid="search-hits">
              {hits.map((hit) => (
                <li key={hit.node.id}>
                  <button type="button" onClick={() => pick(hit)} data-node-id={hit.node.id}>
                    <span className="hit-type">{t.nodeTypes[typeOfHit(hit.node.__typename)]}</span>
                    <span className="hit-label" dir="auto">{hitLabel(lang, hit.node)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : <p className="muted">{t.searchHint}</p>}
        {error ? <p className="error" role="alert">{t.errorPrefix}: {error}</p> : null}
        <div className="graph-toolbar">
          <span className="muted">{elementCount ? t.expandedHint : t.graphEmpty}</span>
          {busy ? <span className="muted">{t.loading}</span> : null}
          {truncated ? <span className="warning">{t.graphTruncated}</span> : null}
          <button type="button" onClick={() => cyRef.current && fitReadable(cyRef.current)}>{t.fit}</button>
          <button type="button" onClick={clear}>{t.clear}</button>
        </div>
        <div className="graph-canvas" ref={container} dir={directionOf(lang)} data-testid="graph-canvas" data-busy={busy ? 'true' : 'false'} />
        <GraphLegend />
      </section>
      <EvidencePanel subject={subject} loading={evidenceLoading} />
    </div>
  );
}
