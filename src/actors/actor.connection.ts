import { connectionTypes } from '../common/connection';
import { Actor } from './actor.interface';

export const { EdgeType: ActorEdge, ConnectionType: ActorConnection } = connectionTypes<Actor>(() => Actor, 'Actor');
