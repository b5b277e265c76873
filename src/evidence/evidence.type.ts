import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Source } from '../sources/source.type';

@ObjectType({ description: 'An exact quote from a source that states a fact.' })
export class Evidence {
  @Field(() => ID, { description: 'Stable id derived from the source and the offsets, e.g. `evidence:seed-003:512-587`.' })
  id!: string;

  /** Resolved through the per-request source loader. */
  sourceId!: string;

  @Field(() => Source, { description: 'The source the quote comes from.' })
  source?: Source;

  @Field({ description: 'Verbatim substring of the source text.' })
  quote!: string;

  @Field(() => Int, { description: 'Offset of the quote\'s first character in the source text (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the quote\'s last character: `text.slice(start, end) === quote`.' })
  end!: number;
}
