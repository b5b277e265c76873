import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Actor } from '../../actors/actor.interface';

@ObjectType({ description: 'An actor\'s place in the collaboration network: how much it lies between others.' })
export class Broker {
  @Field(() => Actor, { description: 'The actor.' })
  actor!: Actor;

  @Field(() => Float, {
    description: 'Normalised betweenness centrality, 0 to 1: the share of shortest paths between pairs of other actors that pass through this one '
      + '(ties share the credit). 0 for an actor no path needs.',
  })
  score!: number;

  @Field(() => Int, { description: 'How many actors this one shares an event or program with.' })
  degree!: number;
}

@ObjectType({ description: 'Who brokers in the actor collaboration network: actors joined when they share an event or program, ranked by betweenness.' })
export class BrokerRanking {
  @Field(() => [Broker], { description: 'The actors with the highest scores, then highest degree, then by id; at most `first`.' })
  ranking!: Broker[];

  @Field(() => Int, { description: 'How many actors the network holds (every actor with a relationship to an event or program in scope, isolates included).' })
  actorCount!: number;

  @Field(() => Int, { description: 'How many pairs of actors share at least one event or program: the network\'s edges.' })
  collaborationCount!: number;

  @Field(() => Int, {
    description: 'How many actors the shortest paths were followed from: every actor (`actorCount`) when the scores are exact. '
      + 'A network too large for that (about actors × (actors + pairs) > 20 million) is estimated from a sample of source actors '
      + '(Brandes and Pich\'s estimator), drawn with a fixed seed: the same network always gives the same ranking.',
  })
  sourceCount!: number;

  @Field(() => Boolean, { description: 'True when every actor was a source and the scores are exact; false when they are estimates (see `sourceCount`).' })
  exact!: boolean;
}
