import { Field, ID, Int, InterfaceType } from 'type-graphql';

/** Every object returned through the Node interface carries its GraphQL type name, set by its repository. */
export interface Typed {
  readonly __typename: string;
}

@InterfaceType('Node', {
  description: 'Anything in the graph, addressed by a stable, readable id such as `org:undp` or `event:2009-06-18-jenin-open-meeting`.',
  resolveType: (value: Typed) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable, readable id, typed by its prefix (org:, person:, event:, program:, place:, source:).' })
  id!: string;

  @Field(() => Int, { description: 'Incremented by every change; an update names the version it read (absent from the seed load: 1).' })
  version!: number;
}
