import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../nodes/node.interface';

@ObjectType({ implements: Node, description: 'A published article or document that the graph\'s facts come from.' })
export class Source implements Node {
  readonly __typename = 'Source' as const;

  @Field(() => ID, { description: 'Stable id such as `source:seed-000`.' })
  id!: string;

  @Field(() => Int, { description: 'Incremented by every change; an update names the version it read (absent from the seed load: 1).' })
  version!: number;

  @Field({ description: 'Headline or title as published, never altered.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The outlet that published it, as it names itself; null when the source does not say.' })
  outlet!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD.' })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The verbatim words the publication date was read from.' })
  publishedOnText!: string | null;

  @Field({ description: 'BCP 47 language tag of the text, e.g. `ar`.' })
  language!: string;

  @Field(() => String, { nullable: true, description: 'Where the source can be read, when known.' })
  url!: string | null;
}
