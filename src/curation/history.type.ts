import { connectionTypes } from '../common/connection';
import { Change } from './curation.type';

/** A page of a node's or relationship's changes, newest first. */
export const { EdgeType: ChangeEdge, ConnectionType: ChangeConnection } = connectionTypes<Change>(() => Change, 'Change');
