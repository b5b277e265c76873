import { connectionTypes } from '../common/connection';
import { Program } from './program.type';

export const { EdgeType: ProgramEdge, ConnectionType: ProgramConnection } = connectionTypes<Program>(() => Program, 'Program');
