import 'reflect-metadata';
import { type FragmentDefinitionNode, type GraphQLSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { bareHops } from '../../../src/graph/lookahead';
import { buildJisrSchema } from '../../../src/schema/build-schema';

describe('bare hops (ends the whole operation asks nothing of but their id)', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => { schema = await buildJisrSchema(); });

  const bare = (source: string): string[] => {
    const document = parse(source);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
    return [...bareHops(schema, operation, fragments)].sort();
  };

  it('reads a program list that asks only the ids of its links bare', () => {
    expect(bare('{ programs { edges { node { id name funders { id } implementers { __typename id } partners { id } events { id } } } } }'))
      .toEqual(['incoming:FUNDED', 'incoming:IMPLEMENTED', 'incoming:PARTNERED_WITH', 'incoming:PART_OF']);
  });

  it('reads ends whole when any selection of the same hop asks more, under an alias', () => {
    expect(bare('{ programs { edges { node { events { id } more: events { title } funders { id } } } } }')).toEqual(['incoming:FUNDED']);
  });

  it('reads ends whole when another root field follows the same hop and asks more of its ends', () => {
    expect(bare(`{ programs { edges { node { events { id } } } }
      node(id: "program:saned-community-peace") { ... on Program { events { date } } } }`)).toEqual([]);
  });

  it('counts the same hop followed from another type: Organization.parent and Event.programs both follow outgoing PART_OF', () => {
    expect(bare('{ events { edges { node { programs { id } } } } }')).toEqual(['outgoing:PART_OF']);
    expect(bare('{ events { edges { node { programs { id } } } } actors { edges { node { ... on Organization { parent { name } } } } } }')).toEqual([]);
  });

  it('reads through fragments, inline fragments and interfaces', () => {
    expect(bare('query { programs { edges { node { ...P } } } } fragment P on Program { funders { ...A } } fragment A on Actor { id ... on Organization { id } }'))
      .toEqual(['incoming:FUNDED']);
    expect(bare('query { programs { edges { node { ...P } } } } fragment P on Program { funders { ...A } } fragment A on Actor { ... on Organization { name } }'))
      .toEqual([]);
  });

  it('reads ends whole when a field of the ends asks its own links, or when @skip may drop what was asked', () => {
    expect(bare('{ programs { edges { node { events { id organizers { id } } } } } }')).toEqual(['incoming:ORGANIZED']);
    // A skipped field still counts as asked: a bare hop must never miss what an included one needs.
    expect(bare('query ($no: Boolean!) { programs { edges { node { events { id title @skip(if: $no) } } } } }')).toEqual([]);
  });

  it('never reads positions bare: they are built from the relationship as well as its end', () => {
    expect(bare('{ node(id: "org:saferworld") { ... on Organization { positions { __typename } } } }')).toEqual([]);
  });
});
