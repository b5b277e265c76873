import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Actor } from '../actors/actor.interface';
import { Evidence } from '../evidence/evidence.type';
import { Node } from '../nodes/node.interface';

@ObjectType({ implements: Node, description: 'A funded project, program or campaign that events belong to.' })
export class Program implements Node {
  readonly __typename = 'Program' as const;

  @Field(() => ID, { description: 'Stable id such as `program:saned-community-peace`.' })
  id!: string;

  @Field(() => Int, { description: 'Incremented by every change; an update names the version it read (absent from the seed load: 1).' })
  version!: number;

  @Field({ description: 'Display name: English where known, else Arabic.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The Arabic name as published.' })
  nameAr!: string | null;

  @Field(() => String, { nullable: true, description: 'English name or translation.' })
  nameEn!: string | null;

  @Field(() => [String], { description: 'Other names the program goes by (e.g. a hashtag such as «مشروع_ساند»).' })
  aliases!: string[];

  @Field(() => Program, { nullable: true, description: 'The program this one is part of, if any.' })
  parent?: Program | null;

  @Field(() => [Actor], { description: 'Actors that funded the program directly.' })
  funders?: Actor[];

  @Field(() => [Actor], { description: 'Actors that carry the program out.' })
  implementers?: Actor[];

  @Field(() => [Actor], { description: 'Named cooperation partners of the program.' })
  partners?: Actor[];

  @Field(() => [Evidence], { description: 'The quotes that state the program.' })
  evidence?: Evidence[];

  evidenceIds!: string[];
}
