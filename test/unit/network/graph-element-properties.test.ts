import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RelationType } from '../../../src/common/enums';
import { REPO_ROOT } from '../../../src/config';
import { labelsOf, NODE_TYPES } from '../../../src/model/vocabulary';
import { GRAPH_EDGE_PROPERTIES, GRAPH_NODE_PROPERTIES, toGraphEdge, toGraphNode } from '../../../src/network/graph-element.mapper';

// The network and paths statements project a node's and a relationship's drawable properties only. A property the
// mappers read and the statements leave out would come back empty in every network, with no error: these tests
// keep the two in step.
const statement = (name: string) => readFileSync(path.join(REPO_ROOT, 'cypher', `${name}.cypher`), 'utf8')
  .split('\n').filter((line) => !line.trimStart().startsWith('//')).join('\n');

/** Every property name read from the object. */
function recordingReads(properties: Record<string, unknown>): { stored: Record<string, unknown>; read: Set<string> } {
  const read = new Set<string>();
  const stored = new Proxy(properties, { get: (target, key) => { if (typeof key === 'string') read.add(key); return Reflect.get(target, key); } });
  return { stored, read };
}

describe('what a drawable node and edge read', () => {
  it.each(NODE_TYPES)('a %s node reads no property but GRAPH_NODE_PROPERTIES', (type) => {
    const { stored, read } = recordingReads({ id: 'x:1', kind: 'NGO', name: 'n', title: 't', nameAr: 'ن', titleAr: 'ت', nameEn: 'n', titleEn: 't', aliases: ['a'], searchKeys: ['k'] });
    toGraphNode(stored, labelsOf(type));
    expect([...read].filter((key) => !(GRAPH_NODE_PROPERTIES as readonly string[]).includes(key))).toEqual([]);
  });

  it('an edge reads no property but GRAPH_EDGE_PROPERTIES', () => {
    const { stored, read } = recordingReads({ id: 'rel:1', version: 2, role: 'host', title: 'director', evidenceIds: ['evidence:1'], since: '2020' });
    toGraphEdge({ id: 'rel:1', source: 'org:a', target: 'event:b', type: RelationType.ORGANIZED, props: stored });
    expect([...read].filter((key) => !(GRAPH_EDGE_PROPERTIES as readonly string[]).includes(key))).toEqual([]);
  });

  it.each(['network/neighbourhood', 'network/shortest-paths'])('%s projects exactly those properties of its nodes and edges', (name) => {
    const text = statement(name);
    const projected = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!.split(',').map((key) => key.trim().replace(/^\./, '')));
    expect(projected(/\{node: n \{([^}]*)\}/g)).toEqual([[...GRAPH_NODE_PROPERTIES]]);
    expect(projected(/props: r \{([^}]*)\}/g)).toEqual([[...GRAPH_EDGE_PROPERTIES]]);
  });
});
