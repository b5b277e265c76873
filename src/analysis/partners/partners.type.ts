import { Field, Int, ObjectType } from 'type-graphql';
import { Actor } from '../../actors/actor.interface';
import type { SharedActivity } from '../common/activity.type';

@ObjectType({ description: 'An actor that works with the actor asked about: both have direct relationships to the same events or programs.' })
export class Partner {
  @Field(() => Actor, { description: 'The partner.' })
  actor!: Actor;

  @Field(() => Int, { description: 'How many events and programs the two share, all of them however many `shared` lists; partners are ranked by it.' })
  sharedCount!: number;

  /**
   * The shared activities by id, as many as the longest `shared` field of the request asks for; the `shared`
   * field (PartnersResolver) cuts them to its own `first`.
   */
  shared!: SharedActivity[];
}
