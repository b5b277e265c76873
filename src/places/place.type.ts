import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PlaceKind } from '../common/enums';
import { Evidence } from '../evidence/evidence.type';
import { Node } from '../nodes/node.interface';

@ObjectType({ implements: Node, description: 'A place, from a venue up to a country, with its parent chain.' })
export class Place implements Node {
  readonly __typename = 'Place' as const;

  @Field(() => ID, { description: 'Stable id such as `place:ye-lahj-radfan`.' })
  id!: string;

  @Field(() => Int, { description: 'Incremented by every change; an update names the version it read (absent from the seed load: 1).' })
  version!: number;

  @Field(() => PlaceKind, { description: 'Level of the place in the administrative chain.' })
  kind!: PlaceKind;

  @Field({ description: 'Display name: English where known, else Arabic.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The Arabic name as published.' })
  nameAr!: string | null;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn!: string | null;

  @Field(() => [String], { description: 'Other names and spellings (French forms for Morocco, transliterations).' })
  aliases!: string[];

  @Field(() => Place, { nullable: true, description: 'The place this one lies in; null for a country.' })
  parent?: Place | null;

  @Field(() => Place, { nullable: true, description: 'The country at the top of the chain (the place itself for a country).' })
  country?: Place | null;

  @Field(() => [Evidence], { description: 'The quotes that name this place.' })
  evidence?: Evidence[];

  evidenceIds!: string[];
}
