import { Field, Int, ObjectType } from 'type-graphql';
import { GraphEdge, GraphNode } from './graph-element.type';

@ObjectType({ description: 'A subgraph ready to draw: every edge\'s ends are among the nodes.' })
export class Network {
  @Field(() => [GraphNode], { description: 'Nodes, nearest to the centre first, then by id.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Relationships whose ends are both among the nodes, ordered by id.' })
  edges!: GraphEdge[];

  @Field({ description: 'True when the limit cut the network short.' })
  truncated!: boolean;
}

@ObjectType({ description: 'One connection between two nodes, as the nodes and relationships along it.' })
export class Path {
  @Field(() => [GraphNode], { description: 'The nodes in order: the first is `fromId`, the last `toId`.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'The relationships in order; edge i joins node i and node i+1 (in either direction).' })
  edges!: GraphEdge[];

  @Field(() => Int, { description: 'Number of relationships along the path.' })
  length!: number;
}
