import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { JisrContext } from '../context/context';
import { type ChangeName } from './curation.model';
import { applyChangeInputs, applyChanges } from './curation.service';
import {
  AddRelationshipInput, ChangeInput, CreateEventInput, CreateOrganizationInput, CreatePersonInput, CreatePlaceInput, CreateProgramInput, CreateSourceInput, CurationResult, DeleteNodeInput, RemoveRelationshipInput, UpdateEventInput, UpdateOrganizationInput, UpdatePersonInput, UpdatePlaceInput, UpdateProgramInput, UpdateRelationshipInput, UpdateSourceInput,
} from './curation.type';
import { mergeActors } from './merge.service';

const EDITOR = 'Needs an editor key. Applied in one transaction with its history; refused whole with BAD_USER_INPUT (every problem in extensions.problems) or CONFLICT (a stale version).';

/** Every curation mutation is a batch of one: one path of checks, locks and history for all of them. */
function one(change: ChangeName, input: object, ctx: JisrContext): Promise<CurationResult> {
  return applyChanges([{ change, input: { ...input } }], ctx.viewer, ctx.repositories.curation, ctx);
}

@Resolver()
export class CurationResolver {
  @Mutation(() => CurationResult, { description: `Applies a list of changes all together or not at all: a later change may use what an earlier one creates. ${EDITOR}` })
  applyChanges(@Arg('changes', () => [ChangeInput], { description: 'The changes, in order; each sets exactly one field.' }) changes: ChangeInput[], @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return applyChangeInputs(changes as Record<string, unknown>[], ctx.viewer, ctx.repositories.curation, ctx);
  }

  @Mutation(() => CurationResult, { description: `Creates an organisation, with the quotes that state it. ${EDITOR}` })
  createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('createOrganization', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Corrects an organisation; names the version read. ${EDITOR}` })
  updateOrganization(@Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('updateOrganization', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Creates a person, with the quotes that state them. ${EDITOR}` })
  createPerson(@Arg('input', () => CreatePersonInput) input: CreatePersonInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('createPerson', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Corrects a person; names the version read. ${EDITOR}` })
  updatePerson(@Arg('input', () => UpdatePersonInput) input: UpdatePersonInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('updatePerson', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Creates an event, with the quotes that state it; every source quoted reports it (REPORTED_BY). ${EDITOR}` })
  createEvent(@Arg('input', () => CreateEventInput) input: CreateEventInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('createEvent', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Corrects an event; names the version read. Its date is checked again as a whole. ${EDITOR}` })
  updateEvent(@Arg('input', () => UpdateEventInput) input: UpdateEventInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('updateEvent', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Creates a program, with the quotes that state it. ${EDITOR}` })
  createProgram(@Arg('input', () => CreateProgramInput) input: CreateProgramInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('createProgram', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Corrects a program; names the version read. ${EDITOR}` })
  updateProgram(@Arg('input', () => UpdateProgramInput) input: UpdateProgramInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('updateProgram', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Creates a place, with the quotes that name it. ${EDITOR}` })
  createPlace(@Arg('input', () => CreatePlaceInput) input: CreatePlaceInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('createPlace', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Corrects a place; names the version read. ${EDITOR}` })
  updatePlace(@Arg('input', () => UpdatePlaceInput) input: UpdatePlaceInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('updatePlace', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Adds a source: an article's text and metadata, for evidence to quote. ${EDITOR}` })
  createSource(@Arg('input', () => CreateSourceInput) input: CreateSourceInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('createSource', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Corrects a source; names the version read. ${EDITOR}` })
  updateSource(@Arg('input', () => UpdateSourceInput) input: UpdateSourceInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('updateSource', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Adds a relationship of any type between allowed ends, with the quotes that state it. ${EDITOR}` })
  addRelationship(@Arg('input', () => AddRelationshipInput) input: AddRelationshipInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('addRelationship', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Corrects a relationship's title, basis, note or evidence; names the version read. ${EDITOR}` })
  updateRelationship(@Arg('input', () => UpdateRelationshipInput) input: UpdateRelationshipInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('updateRelationship', input, ctx);
  }

  @Mutation(() => CurationResult, { description: `Removes a relationship; names the version read. ${EDITOR}` })
  removeRelationship(@Arg('input', () => RemoveRelationshipInput) input: RemoveRelationshipInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('removeRelationship', input, ctx);
  }

  @Mutation(() => CurationResult, {
    description: `Merges a duplicate actor into the one kept: every relationship (in and out, with its evidence) and every quote of the duplicate move to the kept actor, a relationship it already has being joined with its twin; the duplicate's names become aliases; the duplicate is deleted and its id resolves to the kept actor (node(id:)). One batch in history, undone by revertBatch. Refused for an actor of another kind or the actor itself. ${EDITOR}`,
  })
  mergeActors(
    @Arg('keepId', () => ID, { description: 'The actor that stays.' }) keepId: string,
    @Arg('duplicateId', () => ID, { description: 'The actor merged into it, which goes.' }) duplicateId: string,
    @Arg('keepVersion', () => Int, { description: 'The version of the kept actor read.' }) keepVersion: number,
    @Arg('duplicateVersion', () => Int, { description: 'The version of the duplicate read.' }) duplicateVersion: number,
    @Ctx() ctx: JisrContext,
  ): Promise<CurationResult> {
    return mergeActors({ keepId, duplicateId, keepVersion, duplicateVersion }, ctx.viewer, ctx.repositories.curation, ctx);
  }

  @Mutation(() => CurationResult, { description: `Deletes a node; refused while it has relationships unless cascade is true (the refusal lists them). ${EDITOR}` })
  deleteNode(@Arg('input', () => DeleteNodeInput) input: DeleteNodeInput, @Ctx() ctx: JisrContext): Promise<CurationResult> {
    return one('deleteNode', input, ctx);
  }
}
