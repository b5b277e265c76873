import { connectionTypes } from '../common/connection';
import { Place } from './place.type';

export const { EdgeType: PlaceEdge, ConnectionType: PlaceConnection } = connectionTypes<Place>(() => Place, 'Place');
