import { ObjectType } from 'type-graphql';
import { Node } from '../nodes/node.interface';
import { Actor } from './actor.interface';

@ObjectType({ implements: [Node, Actor], description: 'A named person, with the positions sources give them.' })
export class Person extends Actor {
  readonly __typename = 'Person' as const;
}
