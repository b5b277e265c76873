import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActivityLinkResolver } from '../analysis/common/activity.resolver';
import { BrokersResolver } from '../analysis/brokers/brokers.resolver';
import { InterlocksResolver, PersonTieResolver } from '../analysis/interlocks/interlocks.resolver';
import { PartnersResolver } from '../analysis/partners/partners.resolver';
import { TimelineResolver } from '../analysis/timeline/timeline.resolver';
import { WhoWorksWhereResolver } from '../analysis/who-works-where/who-works-where.resolver';
import { ActorResolver } from '../actors/actor.resolver';
import { ApiKeyResolver } from '../auth/api-key.resolver';
import { CurationResolver } from '../curation/curation.resolver';
import { HistoryResolver } from '../curation/history.resolver';
import { Organization } from '../actors/organization.type';
import { OrganizationResolver } from '../actors/organization.resolver';
import { Person } from '../actors/person.type';
import { PersonResolver } from '../actors/person.resolver';
import { PositionResolver } from '../actors/position.resolver';
import { EventResolver } from '../events/event.resolver';
import { EvidenceResolver } from '../evidence/evidence.resolver';
import { FunderReachResolver, FundingFlowResolver, FundingHopResolver } from '../funding/funding.resolver';
import { ImportResolver } from '../import/import.resolver';
import { GraphEdgeResolver, NetworkResolver } from '../network/network.resolver';
import { NodeResolver } from '../nodes/node.resolver';
import { PlaceResolver } from '../places/place.resolver';
import { ProgramResolver } from '../programs/program.resolver';
import { SearchResolver } from '../search/search.resolver';
import { Source } from '../sources/source.type';

/** The executable schema, from the type-graphql classes. Resolvers are stateless; state comes from the context. */
export function buildJisrSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      NodeResolver, ActorResolver, OrganizationResolver, PersonResolver, PositionResolver,
      EventResolver, ProgramResolver, PlaceResolver, EvidenceResolver,
      FundingFlowResolver, FundingHopResolver, FunderReachResolver, NetworkResolver, GraphEdgeResolver, SearchResolver,
      PartnersResolver, InterlocksResolver, PersonTieResolver, ActivityLinkResolver, BrokersResolver, TimelineResolver, WhoWorksWhereResolver,
      CurationResolver, HistoryResolver, ImportResolver,
      ApiKeyResolver,
    ],
    // Types reachable only through an interface must be listed, or they would not be in the schema.
    orphanedTypes: [Source, Organization, Person],
    validate: false,
  });
}

/** The SDL committed as schema/schema.graphql: sorted, so that diffs show real changes only. */
export function printJisrSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
