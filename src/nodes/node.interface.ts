import { Field, ID, InterfaceType } from 'type-graphql';

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
}
