import { Field, Int, ObjectType } from 'type-graphql';
import { Actor } from '../../actors/actor.interface';
import { SharedActivity } from '../common/activity.type';

@ObjectType({ description: 'An actor that works with the actor asked about: both have direct relationships to the same events or programs.' })
export class Partner {
  @Field(() => Actor, { description: 'The partner.' })
  actor!: Actor;

  @Field(() => Int, { description: 'How many events and programs the two share; partners are ranked by it.' })
  sharedCount!: number;

  @Field(() => [SharedActivity], { description: 'The shared events and programs, by id, with the relationships each side has to them.' })
  shared!: SharedActivity[];
}
