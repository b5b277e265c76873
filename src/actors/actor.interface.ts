import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { ActorKind } from '../common/enums';
import { Evidence } from '../evidence/evidence.type';
import { Node, type Typed } from '../nodes/node.interface';

@InterfaceType('Actor', {
  implements: Node,
  description: 'An organisation or a person that funds, implements, organises, partners in or takes part in events and programs.',
  resolveType: (value: Typed) => value.__typename,
})
export abstract class Actor implements Node {
  @Field(() => ID, { description: 'Stable id: `org:…` for organisations, `person:…` for people.' })
  id!: string;

  @Field(() => Int, { description: 'Incremented by every change; an update names the version it read (absent from the seed load: 1).' })
  version!: number;

  @Field(() => ActorKind, { description: 'What kind of actor this is; funding is a role, not a kind.' })
  kind!: ActorKind;

  @Field({ description: 'Display name: English where known, else Arabic.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The Arabic name as published, never altered.' })
  nameAr!: string | null;

  @Field(() => String, { nullable: true, description: 'Official English name or transliteration.' })
  nameEn!: string | null;

  @Field(() => [String], { description: 'Acronyms, spelling variants and names in other scripts or languages (e.g. UNDP, DGSN).' })
  aliases!: string[];

  @Field(() => [Evidence], { description: 'The quotes that state this actor exists as named.' })
  evidence?: Evidence[];

  /** Ids of the Evidence nodes; resolved through the evidence loader. */
  evidenceIds!: string[];
}
