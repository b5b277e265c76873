import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeType, RelationType } from '../common/enums';

@ObjectType({ description: 'A node of a network, shaped for drawing (sigma.js, cytoscape.js, Gephi).' })
export class GraphNode {
  @Field(() => ID, { description: 'The node\'s id, stable across requests: use it as the drawing\'s node key.' })
  id!: string;

  @Field(() => NodeType, { description: 'What the node is.' })
  type!: NodeType;

  @Field(() => String, { nullable: true, description: 'The actor, event or place kind, as a string.' })
  kind!: string | null;

  @Field({ description: 'Display label: English where known, else Arabic.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Arabic name or title, for right-to-left labels.' })
  nameAr!: string | null;

  @Field(() => String, { nullable: true, description: 'English name or title.' })
  nameEn!: string | null;
}

@ObjectType({ description: 'A directed relationship between two nodes of a network.' })
export class GraphEdge {
  @Field(() => ID, { description: 'The relationship\'s stable id, e.g. `rel:FUNDED:org:saferworld:program:saned-community-peace`.' })
  id!: string;

  @Field(() => ID, { description: 'Id of the node the relationship starts from.' })
  source!: string;

  @Field(() => ID, { description: 'Id of the node the relationship points to.' })
  target!: string;

  @Field(() => RelationType, { description: 'What the relationship means.' })
  type!: RelationType;

  @Field(() => Int, { description: 'Incremented by every change; an update or removal names the version it read (absent from the seed load: 1).' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Role on ORGANIZED (lead, co-organiser, host) and PARTICIPATED_IN (speaker, chair, attendee).' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'Title on HOLDS_POSITION, as the source gives it.' })
  title!: string | null;

  /** Resolved on demand through the evidence loader. */
  evidenceIds!: string[];
}
