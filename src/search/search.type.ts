import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../nodes/node.interface';

@ObjectType({ description: 'One result of `search`: a node whose names, aliases or title match the text, and how well.' })
export class SearchHit {
  @Field(() => Node, { description: 'The matching actor (organisation or person), event, program or place.' })
  node!: Node;

  @Field(() => Float, {
    description:
      'Higher is better; hits come best first. The whole part is the match tier: 3 a name or alias is exactly the text, ' +
      '2 a name contains the text as a phrase, 1 the names hold every word, 0 some words or prefixes; ' +
      'the fraction is the full-text relevance within the tier.',
  })
  score!: number;
}
