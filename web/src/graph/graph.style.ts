import type { StylesheetJson } from 'cytoscape';
import type { NodeType } from './graph.operations';

/**
 * The font every label is drawn with. It is bundled (@fontsource/noto-sans-arabic, loaded before the first draw),
 * so Arabic is shaped the same on any machine, with or without system fonts.
 */
export const LABEL_FONT = '"Noto Sans Arabic", "DejaVu Sans", sans-serif';

/** The shape tells the node's type at a glance, the colour its kind. */
export const NODE_SHAPES: Readonly<Record<NodeType, string>> = {
  ORGANIZATION: 'round-rectangle',
  PERSON: 'ellipse',
  EVENT: 'diamond',
  PROGRAM: 'hexagon',
  PLACE: 'round-triangle',
  SOURCE: 'rectangle',
};

/** Colours by actor kind (organisations and people) and by type for everything else. */
export const KIND_COLOURS: Readonly<Record<string, string>> = {
  SECURITY_AGENCY: '#1f4e79',
  GOVERNMENT_BODY: '#4a6f8a',
  NGO: '#2e7d4f',
  INTERNATIONAL_NGO: '#15806f',
  INTERNATIONAL_ORGANIZATION: '#6a3d9a',
  FOREIGN_GOVERNMENT: '#b35806',
  MEDIA: '#b0306d',
  POLITICAL_PARTY: '#8c510a',
  PERSON: '#5d6d7e',
  OTHER: '#7f8c8d',
};

export const TYPE_COLOURS: Readonly<Record<NodeType, string>> = {
  ORGANIZATION: '#7f8c8d',
  PERSON: '#5d6d7e',
  EVENT: '#d98e04',
  PROGRAM: '#c0392b',
  PLACE: '#95a5a6',
  SOURCE: '#34495e',
};

export function colourOf(type: NodeType, kind: string | null): string {
  return (type === 'ORGANIZATION' || type === 'PERSON') && kind && KIND_COLOURS[kind] ? KIND_COLOURS[kind] : TYPE_COLOURS[type];
}

export const graphStylesheet = (): StylesheetJson => [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
      width: 34,
      height: 34,
      label: 'data(display)',
      'font-family': LABEL_FONT,
      'font-size': 13,
      color: '#1b2631',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '170px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[type = "EVENT"]', style: { width: 30, height: 30 } },
  { selector: 'node[type = "PROGRAM"]', style: { width: 38, height: 34 } },
  { selector: 'node.expanded', style: { 'border-color': '#1b2631', 'border-width': 3 } },
  { selector: 'node:selected', style: { 'border-color': '#f1c40f', 'border-width': 5 } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#aab7b8',
      'target-arrow-color': '#aab7b8',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(display)',
      'font-family': LABEL_FONT,
      'font-size': 11,
      color: '#566573',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
    },
  },
  { selector: 'edge[type = "FUNDED"]', style: { 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', width: 3 } },
  { selector: 'edge[type = "PART_OF"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge:selected', style: { 'line-color': '#f1c40f', 'target-arrow-color': '#f1c40f', width: 4 } },
];
