import { Field, Int, ObjectType } from 'type-graphql';
import { Actor } from '../actors/actor.interface';
import { type Edge, type Page, PageInfo } from '../common/connection';

/** One funder of a page of `funders`, with the totals it is ranked by. */
@ObjectType({ description: 'One funder in a page of funders, with the size of its reach.' })
export class FunderEdge implements Edge<Actor> {
  @Field({ description: 'Opaque cursor of this funder.' })
  cursor!: string;

  @Field(() => Actor, { description: 'The funder: an organisation or a person.' })
  node!: Actor;

  @Field(() => Int, { description: 'How many events its support reached (funderReach.eventCount): what funders are ranked by.' })
  eventCount!: number;

  @Field(() => Int, { description: 'How many programs its support reached, inside programs included (funderReach.programCount).' })
  programCount!: number;
}

@ObjectType({ description: 'A page of funders, largest first.' })
export class FunderConnection implements Page<Actor> {
  @Field(() => [FunderEdge], { description: 'The funders of this page.' })
  edges!: FunderEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many funders there are, over all pages.' })
  totalCount!: number;
}
