import { connectionTypes } from '../common/connection';
import { Event } from './event.type';

export const { EdgeType: EventEdge, ConnectionType: EventConnection } = connectionTypes<Event>(() => Event, 'Event');
