import { Field, ObjectType } from 'type-graphql';
import { Node } from '../nodes/node.interface';
import { Place } from '../places/place.type';
import { Actor } from './actor.interface';

@ObjectType({ implements: [Node, Actor], description: 'An organisation: an NGO, a security agency or one of its units, a donor, a party, a ministry.' })
export class Organization extends Actor {
  readonly __typename = 'Organization' as const;

  @Field(() => Organization, { nullable: true, description: 'The organisation this one is a unit of, if any.' })
  parent?: Organization | null;

  @Field(() => Place, { nullable: true, description: 'The country the organisation is based in, when a source places it.' })
  country?: Place | null;
}
