import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Source } from '../sources/source.type';

@ObjectType({ description: 'The words of the source around a quote, for showing the quote where it stands.' })
export class EvidenceContext {
  @Field({ description: 'The text just before the quote (up to the characters asked for).' })
  before!: string;

  @Field({ description: 'The text just after the quote (up to the characters asked for).' })
  after!: string;

  @Field({ description: 'True when `before` starts at the beginning of the source text.' })
  atStart!: boolean;

  @Field({ description: 'True when `after` runs to the end of the source text.' })
  atEnd!: boolean;
}

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
