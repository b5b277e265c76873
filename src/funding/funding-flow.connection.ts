import { connectionTypes } from '../common/connection';
import { FundingFlow } from './funding-flow.type';

export const { EdgeType: FundingFlowEdge, ConnectionType: FundingFlowConnection } = connectionTypes<FundingFlow>(() => FundingFlow, 'FundingFlow');
