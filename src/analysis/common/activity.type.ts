import { Field, ObjectType, createUnionType } from 'type-graphql';
import { RelationType } from '../../common/enums';
import { Event } from '../../events/event.type';
import { Evidence } from '../../evidence/evidence.type';
import { Program } from '../../programs/program.type';

/** An event or a program: what actors share when they work together. */
export const Activity = createUnionType({
  name: 'Activity',
  description: 'An event or a program: what actors share when they organise, partner in, take part in, fund or implement the same thing.',
  types: () => [Event, Program] as const,
  resolveType: (value) => value.__typename,
});
export type Activity = Event | Program;

@ObjectType({ description: 'One relationship an actor has to an event or program, as a source states it.' })
export class ActivityLink {
  @Field(() => RelationType, { description: 'What the actor did: ORGANIZED, PARTNERED_WITH, PARTICIPATED_IN, FUNDED or IMPLEMENTED.' })
  type!: RelationType;

  @Field(() => String, { nullable: true, description: 'Role on ORGANIZED (lead, co-organiser, host) and PARTICIPATED_IN (speaker, chair, attendee); null otherwise.' })
  role!: string | null;

  @Field(() => [Evidence], { description: 'The quotes that state the relationship.' })
  evidence?: Evidence[];

  /** Resolved through the evidence loader. */
  evidenceIds!: string[];
}

@ObjectType({ description: 'An event or program that two actors both have a direct relationship to, and how each is linked to it.' })
export class SharedActivity {
  @Field(() => Activity, { description: 'The shared event or program.' })
  activity!: Activity;

  @Field(() => [ActivityLink], { description: 'The relationships of the actor asked about (actorId) to the activity, by type then role.' })
  actorLinks!: ActivityLink[];

  @Field(() => [ActivityLink], { description: 'The relationships of the other actor (the partner, or otherId) to the activity, by type then role.' })
  otherLinks!: ActivityLink[];
}
