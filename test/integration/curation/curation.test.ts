import { randomUUID } from 'node:crypto';
import {
  type ChangeInput, ApplyChangesDocument, CreateOrganizationDocument, CreatePersonDocument, CuratedNodeByIdDocument, DeleteNodeDocument,
  HistoryDocument, RemoveRelationshipDocument, RevertBatchDocument, RevertChangeDocument, UpdateEventDocument, UpdateOrganizationDocument, UpdatePersonDocument, UpdatePlaceDocument, UpdateProgramDocument,
  UpdateRelationshipDocument, UpdateSourceDocument,
} from '../../../src/generated/operations';
import { type Write } from '../../../src/curation/curation.model';
import { emptyReadSpec } from '../../../src/curation/curation.plan';
import { evidenceIdOf, relationshipIdOf } from '../../../src/seeds/seed.model';
import { toSeedNode, toSeedRelationship } from '../../../src/seeds/seed.shape';
import { rawCypher } from '../../helpers/test-database';
import { ADMIN, EDITOR, OTHER_EDITOR, READER, errorOf, graphHash, tag, useCurationClient } from './curation-client';
import { ARTICLE, createOwnFacts, factIds, ownFactChanges } from './curation-facts';

const client = useCurationClient();

/** One raw Cypher read of the test's own Neo4j: what the graph holds, past every mapper. */
const cypher = <R = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}) => rawCypher<R>(client.db, query, params);

const storedNode = async (id: string) => (await cypher<{ p: Record<string, unknown> }>('MATCH (n:Node {id: $id}) RETURN properties(n) AS p', { id }))[0]?.p;
const storedRelationship = async (id: string) => (await cypher<{ p: Record<string, unknown> }>('MATCH ()-[r]->() WHERE r.id = $id RETURN properties(r) AS p', { id }))[0]?.p;
const at = (words: string, from = 0) => ARTICLE.indexOf(words, from);

describe('who may curate', () => {
  it('refuses a change without a key (UNAUTHENTICATED) and with a reader key (FORBIDDEN), and writes nothing', async () => {
    const before = await graphHash(client.db);
    const changes = ownFactChanges(tag());
    const anonymous = errorOf(await client.run(ApplyChangesDocument, { changes }));
    expect(anonymous.code).toBe('UNAUTHENTICATED');
    expect(anonymous.message).toBe('This operation needs an editor API key to change the graph: send it as "Authorization: Bearer <key>" (create one with `jisr keys create`).');
    const reader = errorOf(await client.run(ApplyChangesDocument, { changes }, READER));
    expect(reader).toMatchObject({ code: 'FORBIDDEN', message: 'The key "reader" has the role reader; an editor key is needed to change the graph.' });
    expect(await graphHash(client.db)).toBe(before);
  });
});

describe('every kind of fact', () => {
  it('creates a source, organisations, a person, a program, a place, an event and their links in one batch, with readable ids derived from the names', async () => {
    const t = tag();
    const ids = factIds(t);
    const result = await client.run(ApplyChangesDocument, { changes: ownFactChanges(t) }, EDITOR);
    expect(result.errors).toBeUndefined();
    const answer = result.data!.applyChanges;
    expect(answer.nodes.map((n) => [n.id, n.version])).toEqual([ids.source, ids.association, ids.fund, ids.colonel, ids.program, ids.city, ids.workshop].map((id) => [id, 1]));
    expect(answer.relationships.map((r) => [r.type, r.source, r.target, r.role, r.title, r.version])).toEqual([
      ['REPORTED_BY', ids.workshop, ids.source, null, null, 1],
      ['ORGANIZED', ids.association, ids.workshop, 'lead', null, 1],
      ['FUNDED', ids.fund, ids.program, null, null, 1],
      ['PART_OF', ids.workshop, ids.program, null, null, 1],
      ['HELD_IN', ids.workshop, ids.city, null, null, 1],
      ['LOCATED_IN', ids.city, 'place:ye', null, null, 1],
      ['PARTICIPATED_IN', ids.colonel, ids.workshop, 'chair', 'مدير أمن تعز', 1],
    ]);
    expect(new Set(answer.changes.map((c) => c.batchId))).toEqual(new Set([answer.batchId]));
    expect(answer.changes.every((c) => c.author === 'amal' && c.before === null)).toBe(true);

    // Read again in a later request: the event with its date, count, place chain, program and source.
    const { data } = await client.run(CuratedNodeByIdDocument, { id: ids.workshop });
    expect(data!.node).toMatchObject({
      __typename: 'Event', version: 1, date: '2025-03-02', datePrecision: 'DAY', participantCount: 30, sources: [{ id: ids.source }],
      evidence: [{ quote: 'ورشة عمل حول الشرطة المجتمعية', start: at('ورشة عمل حول الشرطة المجتمعية'), source: { id: ids.source } }],
    });
    const { data: colonel } = await client.run(CuratedNodeByIdDocument, { id: ids.colonel });
    expect(colonel!.node).toMatchObject({ __typename: 'Person', nameEn: `Salem al-Hakimi ${t}` });
    const { data: city } = await client.run(CuratedNodeByIdDocument, { id: ids.city });
    expect(city!.node).toMatchObject({ __typename: 'Place', placeKind: 'CITY', parent: { id: 'place:ye' } });
  });

  it('stores nodes, relationships and quotes exactly as the seed loader shapes them', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const quote = 'نظمت جمعية الأمل للتنمية';
    const evidenceId = evidenceIdOf(ids.source, at(quote), at(quote) + quote.length);
    const record = { id: ids.association, kind: 'NGO' as const, nameAr: 'جمعية الأمل للتنمية', nameEn: `Al-Amal Development Association ${t}`, aliases: ['Al-Amal'], evidence: [] };
    const seeded = toSeedNode(ids.association, { kind: 'ORGANIZATION', record, aliases: record.aliases, evidenceIds: [evidenceId], basis: 'article' });
    expect(await storedNode(ids.association)).toEqual({ id: ids.association, ...seeded.properties, evidenceIds: [evidenceId] });

    const event = await storedNode(ids.workshop);
    expect(event).toMatchObject({ title: `Community policing workshop ${t}`, date: '2025-03-02', dateStart: '2025-03-02', dateEnd: '2025-03-02', datePrecision: 'DAY' });
    expect(event!.version).toBeUndefined();

    const organized = relationshipIdOf('ORGANIZED', ids.association, ids.workshop, 'lead');
    const organizedQuote = 'نظمت جمعية الأمل للتنمية يوم الأحد';
    const organizedEvidence = evidenceIdOf(ids.source, at(organizedQuote), at(organizedQuote) + organizedQuote.length);
    const shaped = toSeedRelationship({
      id: organized, evidenceIds: [organizedEvidence], basis: 'article',
      record: { type: 'ORGANIZED', from: ids.association, to: ids.workshop, role: 'lead', basis: 'article', evidence: [] },
    });
    expect(await storedRelationship(organized)).toEqual({ id: organized, ...shaped.properties, evidenceIds: [organizedEvidence] });

    expect(await cypher('MATCH (e:Evidence {id: $id}) RETURN properties(e) AS p', { id: evidenceId })).toEqual([
      { p: { id: evidenceId, sourceId: ids.source, quote, start: at(quote), end: at(quote) + quote.length } },
    ]);
    const [source] = await cypher<{ text: string }>('MATCH (s:Source {id: $id}) RETURN s.text AS text', { id: ids.source });
    expect(source!.text).toBe(ARTICLE);
  });

  it('updates every kind of node, each update raising its version by one', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const updates = [
      await client.run(UpdateOrganizationDocument, { input: { id: ids.association, version: 1, aliases: ['Al-Amal', 'AADA'] } }, EDITOR),
      await client.run(UpdatePersonDocument, { input: { id: ids.colonel, version: 1, honorific: null } }, EDITOR),
      await client.run(UpdateProgramDocument, { input: { id: ids.program, version: 1, nameEn: `Community Security Project ${t}` } }, EDITOR),
      await client.run(UpdatePlaceDocument, { input: { id: ids.city, version: 1, aliases: ['Ta\'izz'] } }, EDITOR),
      await client.run(UpdateEventDocument, { input: { id: ids.workshop, version: 1, kind: 'TRAINING', note: 'The article calls it a workshop; it trained activists.' } }, EDITOR),
      await client.run(UpdateSourceDocument, { input: { id: ids.source, version: 1, outlet: 'Test Outlet', publishedOn: '2025-03-03' } }, EDITOR),
    ];
    for (const update of updates) expect(update.errors).toBeUndefined();
    const nodes = updates.map((update) => Object.values(update.data!)[0]!.nodes[0]!);
    expect(nodes.map((n) => [n.id, n.version])).toEqual([ids.association, ids.colonel, ids.program, ids.city, ids.workshop, ids.source].map((id) => [id, 2]));
    expect(nodes[0]).toMatchObject({ aliases: ['Al-Amal', 'AADA'] });
    expect(nodes[2]).toMatchObject({ name: `Community Security Project ${t}` });
    expect(nodes[4]).toMatchObject({ eventKind: 'TRAINING', date: '2025-03-02' });
    expect(nodes[5]).toMatchObject({ outlet: 'Test Outlet', publishedOn: '2025-03-03' });
    expect(await storedNode(ids.colonel)).not.toHaveProperty('honorific');
    expect(await storedNode(ids.association)).toMatchObject({ version: 2, searchKeys: expect.arrayContaining(['aada']) });
  });

  it('adds quotes to a fact and takes them off, and reuses the Evidence node of words already quoted', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const more = 'رئيس جمعية الأمل للتنمية';
    const { data, errors } = await client.run(UpdateOrganizationDocument, {
      input: { id: ids.association, version: 1, evidence: [{ sourceId: ids.source, quote: more }] },
    }, EDITOR);
    expect(errors).toBeUndefined();
    const added = evidenceIdOf(ids.source, at(more), at(more) + more.length);
    const organization = data!.updateOrganization.nodes[0]!;
    expect(organization).toMatchObject({ version: 2 });
    expect('evidence' in organization && organization.evidence.map((e) => e.id)).toEqual([evidenceIdOf(ids.source, 0, 24), added]);

    // The same words for another fact: one Evidence node, cited twice.
    const reused = await client.run(UpdateProgramDocument, { input: { id: ids.program, version: 1, evidence: [{ sourceId: ids.source, quote: more }] } }, EDITOR);
    expect(reused.errors).toBeUndefined();
    expect(await cypher('MATCH (e:Evidence {id: $id}) RETURN count(e) AS n', { id: added })).toEqual([{ n: 1 }]);

    const removed = await client.run(UpdateOrganizationDocument, { input: { id: ids.association, version: 2, removeEvidence: [evidenceIdOf(ids.source, 0, 24)] } }, EDITOR);
    expect(removed.errors).toBeUndefined();
    expect((await storedNode(ids.association))!.evidenceIds).toEqual([added]);
    // No fact cites the first quote any more, so it goes, as a seed load never holds an uncited quote.
    expect(await cypher('MATCH (e:Evidence {id: $id}) RETURN count(e) AS n', { id: evidenceIdOf(ids.source, 0, 24) })).toEqual([{ n: 0 }]);
  });

  it('corrects a relationship, removes one, and adds one of every remaining type', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const participated = relationshipIdOf('PARTICIPATED_IN', ids.colonel, ids.workshop, 'chair');
    const corrected = await client.run(UpdateRelationshipDocument, { input: { id: participated, version: 1, titleEn: 'Director of Taiz security' } }, EDITOR);
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.updateRelationship.relationships).toMatchObject([{ id: participated, version: 2, title: 'مدير أمن تعز' }]);
    expect(await storedRelationship(participated)).toMatchObject({ titleEn: 'Director of Taiz security', version: 2 });

    const heldIn = relationshipIdOf('HELD_IN', ids.workshop, ids.city);
    const removed = await client.run(RemoveRelationshipDocument, { input: { id: heldIn, version: 1 } }, EDITOR);
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeRelationship.changes).toMatchObject([{ op: 'REMOVE_RELATIONSHIP', targetId: heldIn, after: null }]);
    expect(await storedRelationship(heldIn)).toBeUndefined();

    const q = (quote: string) => [{ sourceId: ids.source, quote }];
    const added = await client.run(ApplyChangesDocument, {
      changes: [
        { addRelationship: { type: 'IMPLEMENTED', from: ids.association, to: ids.program, evidence: q('نظمت جمعية الأمل للتنمية') } },
        { addRelationship: { type: 'PARTNERED_WITH', from: ids.fund, to: ids.workshop, evidence: q('بتمويل من صندوق الشراكة المدنية') } },
        { addRelationship: { type: 'HOLDS_POSITION', from: ids.colonel, to: ids.association, title: 'عضو', evidence: q('سالم الحكيمي') } },
        { addRelationship: { type: 'LOCATED_IN', from: ids.association, to: ids.city, evidence: q('في مدينة تعز') } },
        { createOrganization: { id: `org:amal-youth-unit-${t}`, kind: 'NGO', nameAr: 'وحدة الشباب', nameEn: 'Youth unit', evidence: q('منظمات المجتمع المدني') } },
        { addRelationship: { type: 'PART_OF', from: `org:amal-youth-unit-${t}`, to: ids.association, evidence: q('منظمات المجتمع المدني') } },
        { addRelationship: { type: 'FUNDED', from: ids.fund, to: ids.workshop, evidence: q('بتمويل من صندوق الشراكة المدنية') } },
      ],
    }, EDITOR);
    expect(added.errors).toBeUndefined();
    expect(added.data!.applyChanges.relationships.map((r) => r.type)).toEqual(['IMPLEMENTED', 'PARTNERED_WITH', 'HOLDS_POSITION', 'LOCATED_IN', 'PART_OF', 'FUNDED']);
    const { data } = await client.run(CuratedNodeByIdDocument, { id: ids.colonel });
    expect(data!.node).toMatchObject({ positions: [{ title: 'عضو', organization: { id: ids.association } }] });
  });

  it('deletes a node without relationships, and one with them when asked to cascade, recording every removal', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const lone = await client.run(CreateOrganizationDocument, {
      input: { kind: 'MEDIA', nameAr: 'مدونة', nameEn: `Lone blog ${t}`, evidence: [{ sourceId: ids.source, quote: 'إن الورشة ناجحة' }] },
    }, EDITOR);
    expect(lone.errors).toBeUndefined();
    const loneId = `org:lone-blog-${t}`;
    const deleted = await client.run(DeleteNodeDocument, { input: { id: loneId, version: 1 } }, EDITOR);
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteNode).toMatchObject({ nodes: [], changes: [{ op: 'DELETE_NODE', targetId: loneId, after: null }] });
    expect(await storedNode(loneId)).toBeUndefined();

    const cascaded = await client.run(DeleteNodeDocument, { input: { id: ids.workshop, version: 1, cascade: true } }, EDITOR);
    expect(cascaded.errors).toBeUndefined();
    const changes = cascaded.data!.deleteNode.changes;
    expect(changes.map((c) => c.op)).toEqual([...Array(5).fill('REMOVE_RELATIONSHIP'), 'DELETE_NODE']);
    expect(changes.slice(0, 5).map((c) => c.targetId).sort()).toEqual([
      relationshipIdOf('HELD_IN', ids.workshop, ids.city), relationshipIdOf('ORGANIZED', ids.association, ids.workshop, 'lead'),
      relationshipIdOf('PARTICIPATED_IN', ids.colonel, ids.workshop, 'chair'), relationshipIdOf('PART_OF', ids.workshop, ids.program),
      relationshipIdOf('REPORTED_BY', ids.workshop, ids.source),
    ].sort());
    expect(await cypher('MATCH (n:Node {id: $id}) RETURN n', { id: ids.workshop })).toEqual([]);
  });
});

describe('what is refused, with every problem named', () => {
  /** Applies changes that must be refused; checks the graph is byte-for-byte as before; returns the error. */
  async function refused(changes: ChangeInput[]) {
    const before = await graphHash(client.db);
    const result = await client.run(ApplyChangesDocument, { changes }, EDITOR);
    expect(result.data).toBeNull();
    expect(await graphHash(client.db)).toBe(before);
    return errorOf(result);
  }

  it('a quote that is not in its source', async () => {
    const ids = await createOwnFacts(client, tag());
    const error = await refused([{ createPerson: { nameAr: 'فلان', nameEn: 'Someone', evidence: [{ sourceId: ids.source, quote: 'جملة غير موجودة' }] } }]);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.problems).toEqual([{
      index: 0, change: 'createPerson', field: 'evidence[0].quote', value: 'جملة غير موجودة',
      message: `quote "جملة غير موجودة" is not in source "${ids.source}". Quotes must be verbatim substrings of the article (spelling, hamza, spaces and punctuation as published).`,
    }]);
  });

  it('a quote found twice without start, listing the offsets to choose from; with start it is accepted', async () => {
    const ids = await createOwnFacts(client, tag());
    const words = 'جمعية الأمل للتنمية';
    const [first, second] = [at(words), at(words, at(words) + 1)];
    const change = (start?: number) => ({ updateOrganization: { id: ids.association, version: 1, evidence: [{ sourceId: ids.source, quote: words, ...(start === undefined ? {} : { start }) }] } });
    const error = await refused([change()]);
    expect(error.extensions.problems).toEqual([{
      index: 0, change: 'updateOrganization', field: 'evidence[0].start', value: null, candidates: [first, second],
      message: `quote "${words}" occurs 2 times in source "${ids.source}", at ${first}-${first + words.length}, ${second}-${second + words.length}; give start (${first}, ${second}) to say which, or quote more words`,
    }]);
    const wrongStart = await refused([change(first + 1)]);
    expect(wrongStart.extensions.problems).toMatchObject([{ field: 'evidence[0].start', message: expect.stringContaining(`it occurs at ${first}-${first + words.length}, ${second}-${second + words.length}`) }]);
    const accepted = await client.run(ApplyChangesDocument, { changes: [change(second)] }, EDITOR);
    expect(accepted.errors).toBeUndefined();
    expect((await storedNode(ids.association))!.evidenceIds).toContain(evidenceIdOf(ids.source, second, second + words.length));
  });

  it('a relationship between ends its type does not allow', async () => {
    const ids = await createOwnFacts(client, tag());
    const error = await refused([{ addRelationship: { type: 'FUNDED', from: ids.association, to: ids.city, evidence: [{ sourceId: ids.source, quote: 'في مدينة تعز' }] } }]);
    expect(error.extensions.problems).toEqual([{
      index: 0, change: 'addRelationship', field: 'to', value: ids.city,
      message: `FUNDED goes from an actor to a program or an event, but "${ids.city}" is a place (an organization → a place is not allowed)`,
    }]);
  });

  it('an impossible date, a date the weekday in its words contradicts, and a count the text does not state', async () => {
    const ids = await createOwnFacts(client, tag());
    const event = (fields: Record<string, unknown>) => ({ createEvent: {
      kind: 'WORKSHOP' as const, titleAr: 'ورشة', titleEn: `Another workshop ${tag()}`, datePrecision: 'DAY' as const,
      evidence: [{ sourceId: ids.source, quote: 'ورشة عمل' }], ...fields,
    } });
    const error = await refused([
      event({ date: '2025-02-30' }),
      event({ date: '2025-03-03', dateText: 'يوم الأحد' }),
      event({ date: '2025-03-02', participantCount: 40, participantCountText: '30 ناشطا' }),
    ]);
    expect(error.extensions.problems).toEqual([
      { index: 0, change: 'createEvent', field: 'date', value: '2025-02-30', message: '"2025-02-30" is not a valid partial ISO date; write YYYY, YYYY-MM or YYYY-MM-DD (a real calendar day)' },
      { index: 1, change: 'createEvent', field: 'date', value: '2025-03-03', message: '"2025-03-03" is a الاثنين, but dateText "يوم الأحد" names الأحد; check the day' },
      { index: 2, change: 'createEvent', field: 'participantCount', value: 40, message: '40, but participantCountText "30 ناشطا" does not contain that number; a count is only what the article states' },
    ]);
  });

  it('an update that leaves a record breaking the seed rules', async () => {
    const ids = await createOwnFacts(client, tag());
    const error = await refused([{ updateEvent: { id: ids.workshop, version: 1, date: '2025-03' } }]);
    expect(error.extensions.problems).toEqual([
      { index: 0, change: 'updateEvent', field: 'datePrecision', value: null, message: 'DAY, but the date "2025-03" has MONTH precision; make them agree' },
    ]);
  });

  it('an id that exists already, given or derived', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const error = await refused([
      { createOrganization: { kind: 'NGO', nameAr: 'جمعية الأمل للتنمية', nameEn: `Al-Amal Development Association ${t}`, evidence: [{ sourceId: ids.source, quote: 'نظمت' }] } },
      { createPlace: { id: 'place:ye', kind: 'COUNTRY', nameAr: 'اليمن', nameEn: 'Yemen', evidence: [{ sourceId: ids.source, quote: 'تعز' , start: at('تعز') }] } },
    ]);
    expect(error.extensions.problems).toEqual([
      { index: 0, change: 'createOrganization', field: 'id', value: null, message: `"${ids.association}" already exists (an organization "Al-Amal Development Association ${t}", version 1); to change it use updateOrganization, or give another id` },
      { index: 1, change: 'createPlace', field: 'id', value: 'place:ye', message: '"place:ye" already exists (a place "Yemen", version 1); to change it use updatePlace, or give another id' },
    ]);
  });

  it('a delete of a node with relationships, without cascade, listing what would go', async () => {
    const ids = await createOwnFacts(client, tag());
    const error = await refused([{ deleteNode: { id: ids.city, version: 1 } }]);
    const heldIn = relationshipIdOf('HELD_IN', ids.workshop, ids.city);
    const locatedIn = relationshipIdOf('LOCATED_IN', ids.city, 'place:ye');
    expect(error.extensions.problems).toEqual([{
      index: 0, change: 'deleteNode', field: 'cascade', value: false,
      message: `"${ids.city}" has 2 relationships: HELD_IN ← ${ids.workshop}; LOCATED_IN → place:ye. Pass cascade: true to remove them with it, or remove them first`,
      links: [
        { id: heldIn, type: 'HELD_IN', direction: 'INCOMING', otherId: ids.workshop },
        { id: locatedIn, type: 'LOCATED_IN', direction: 'OUTGOING', otherId: 'place:ye' },
      ],
    }]);
  });

  it('a PART_OF or LOCATED_IN that would close a cycle, even through links made earlier in the same batch', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const taiz = [{ sourceId: ids.source, quote: 'تعز', start: at('تعز') }];
    const error = await refused([{ addRelationship: { type: 'LOCATED_IN', from: 'place:ye', to: ids.city, evidence: taiz } }]);
    expect(error.extensions.problems).toMatchObject([{ field: 'to', message: `LOCATED_IN makes a cycle: ${ids.city} → place:ye → ${ids.city}; a parent cannot also be a descendant` }]);
    const district = `place:taiz-centre-${t}`;
    const inBatch = await refused([
      { createPlace: { id: district, kind: 'DISTRICT', nameAr: 'تعز', nameEn: 'Taiz centre', evidence: taiz } },
      { addRelationship: { type: 'LOCATED_IN', from: district, to: ids.city, evidence: taiz } },
      { addRelationship: { type: 'LOCATED_IN', from: ids.city, to: district, evidence: taiz } },
    ]);
    expect(inBatch.extensions.problems).toMatchObject([{ index: 2, field: 'to', message: `LOCATED_IN makes a cycle: ${district} → ${ids.city} → ${district}; a parent cannot also be a descendant` }]);
  });

  it('a source that facts still quote, even with cascade; and a new text that would move a quote', async () => {
    const ids = await createOwnFacts(client, tag());
    const deleted = await refused([{ deleteNode: { id: ids.source, version: 1, cascade: true } }]);
    expect(deleted.extensions.problems).toMatchObject([{
      field: 'id', message: expect.stringMatching(new RegExp(`^"${ids.source}" is quoted by the evidence of 12 facts \\(.*\\); a fact never loses its evidence`)),
    }]);
    const moved = await refused([{ updateSource: { id: ids.source, version: 1, text: `عاجل: ${ARTICLE}` } }]);
    expect(moved.extensions.problems).toMatchObject([{ field: 'text', message: expect.stringMatching(/^the new text no longer holds 1[0-9] quotes of this source at their offsets/) }]);
    const appended = await client.run(UpdateSourceDocument, { input: { id: ids.source, version: 1, text: `${ARTICLE}\n(تحديث)` } }, EDITOR);
    expect(appended.errors).toBeUndefined();
  });

  it('a ChangeInput that sets no change, or two', async () => {
    const error = await refused([{}, { createOrganization: null, deleteNode: { id: 'org:x', version: 1 }, removeRelationship: { id: 'rel:x', version: 1 } }]);
    expect(error.extensions.problems).toMatchObject([
      { index: 0, change: '(none)', message: expect.stringContaining('this one sets none') },
      { index: 1, change: 'removeRelationship, deleteNode', message: expect.stringContaining('this one sets removeRelationship and deleteNode; put each change in its own ChangeInput') },
    ]);
  });

  it('a batch with some bad changes among good ones: every problem listed, and the graph byte-for-byte as before', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const good = ownFactChanges(tag()).slice(0, 3);
    const error = await refused([
      ...good,
      { createPerson: { nameAr: 'شخص', nameEn: 'سالم', evidence: [] } },
      { updateOrganization: { id: ids.association, version: 1, kind: 'PERSON' } },
      { addRelationship: { type: 'ORGANIZED', from: ids.association, to: ids.workshop, role: 'speaker', evidence: [{ sourceId: 'source:nowhere', quote: 'x' }] } },
    ]);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.problems).toEqual([
      { index: 3, change: 'createPerson', field: 'nameEn', value: 'سالم', message: '"سالم" has no Latin letters or digits to make an id of; give an id like "person:waheeb-al-dhibani"' },
      { index: 3, change: 'createPerson', field: 'evidence', value: [], message: 'every record needs at least one evidence quote: quote the words of a source that state it' },
      { index: 4, change: 'updateOrganization', field: 'kind', value: 'PERSON', message: 'got "PERSON": an organization cannot have kind PERSON' },
      { index: 5, change: 'addRelationship', field: 'evidence[0].sourceId', value: 'source:nowhere', message: 'unknown source "source:nowhere"; create it with createSource (earlier in the same batch will do) before quoting it' },
      { index: 5, change: 'addRelationship', field: 'role', value: 'speaker', message: '"speaker" is not a role of ORGANIZED; expected one of: lead, co-organiser, host' },
    ]);
    expect(error.message).toMatch(/^Nothing was changed: the batch has 5 problems\.\n\[3\] createPerson, field "nameEn": /);
  });
});

describe('no lost updates', () => {
  it('refuses a change to a version that is no longer current with CONFLICT, the current version and values', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const first = await client.run(UpdateOrganizationDocument, { input: { id: ids.association, version: 1, nameEn: `Al-Amal Association ${t}` } }, EDITOR);
    expect(first.errors).toBeUndefined();
    const before = await graphHash(client.db);
    const stale = await client.run(UpdateOrganizationDocument, { input: { id: ids.association, version: 1, nameEn: `Amal ${t}` } }, EDITOR);
    const error = errorOf(stale);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(`Nothing was changed: "${ids.association}" is at version 2, but this change was made on version 1: someone changed it since. Read it again, redo the change on what it is now, and send version 2.`);
    expect(error.extensions).toMatchObject({ index: 0, id: ids.association, version: 1, currentVersion: 2, current: { nameEn: `Al-Amal Association ${t}`, kind: 'NGO' } });
    expect(await graphHash(client.db)).toBe(before);

    const staleRelationship = errorOf(await client.run(RemoveRelationshipDocument, { input: { id: relationshipIdOf('HELD_IN', ids.workshop, ids.city), version: 3 } }, EDITOR));
    expect(staleRelationship).toMatchObject({ code: 'CONFLICT', extensions: { currentVersion: 1, current: { type: 'HELD_IN', from: ids.workshop, to: ids.city } } });
  });

  it('lets exactly one of two editors changing one node at the same moment win, every time', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const rounds = 20;
    for (let round = 0; round < rounds; round++) {
      const version = round + 1;
      const results = await Promise.all(['amal', 'omar'].map((name) => client.run(UpdateOrganizationDocument, {
        input: { id: ids.association, version, nameEn: `Al-Amal ${t} by ${name} ${round}` },
      }, { ...EDITOR, name, keyId: `key-${name}` })));
      const won = results.filter((result) => !result.errors);
      const lost = results.filter((result) => result.errors);
      expect(won).toHaveLength(1);
      expect(lost.map((result) => errorOf(result)).map((e) => [e.code, e.extensions.currentVersion])).toEqual([['CONFLICT', version + 1]]);
      expect(won[0]!.data!.updateOrganization.nodes[0]!.version).toBe(version + 1);
    }
    expect(await storedNode(ids.association)).toMatchObject({ version: rounds + 1 });
    const [changes] = await cypher<{ n: number }>('MATCH (c:Change {targetId: $id, op: "UPDATE_NODE"}) RETURN count(c) AS n', { id: ids.association });
    expect(changes!.n).toBe(rounds);
  });
});

describe('no lost creations', () => {
  it('lets exactly one of two editors creating the same id at the same moment win, every time; the other is refused, never overwrites', async () => {
    const ids = await createOwnFacts(client, tag());
    for (let round = 0; round < 10; round++) {
      const id = `org:twin-${tag()}`;
      const results = await Promise.all(['amal', 'omar'].map((name) => client.run(CreateOrganizationDocument, {
        input: { id, kind: 'NGO', nameAr: 'جمعية', nameEn: `Made by ${name}`, evidence: [{ sourceId: ids.source, quote: 'نظمت' }] },
      }, { ...EDITOR, name, keyId: `key-${name}` })));
      const won = results.filter((result) => !result.errors);
      expect(won).toHaveLength(1);
      // Refused as an existing id (its lock waited for the first batch); the unique constraint's CONFLICT is the line behind it.
      expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(errorOf(results.find((result) => result.errors)!).code);
      const winner = won[0]!.data!.createOrganization.changes[0]!.author;
      expect(await storedNode(id)).toMatchObject({ nameEn: `Made by ${winner}` });
      expect(await cypher('MATCH (c:Change {targetId: $id}) RETURN count(c) AS n', { id })).toEqual([{ n: 1 }]);
    }
  });
});

describe('two batches creating one id, interleaved', () => {
  it('makes the second wait for the first, which locked the id while it was still free, then refuses it', async () => {
    // The first batch runs through the repository and pauses after its locks and read, with the id still free;
    // the second, through GraphQL, must wait for it (the lock holds the id's index entry, node or no node).
    const repository = client.db.repositories.curation;
    const ids = await createOwnFacts(client, tag());
    const id = `org:interleaved-${tag()}`;
    const spec = emptyReadSpec();
    spec.nodeIds.add(id);
    const created: Write = {
      target: 'NODE', op: 'CREATE_NODE', id, before: null, index: 0,
      after: { type: 'ORGANIZATION', labels: ['Actor', 'Organization'], properties: { kind: 'NGO', name: 'first', nameEn: 'first', nameAr: 'first', aliases: [], searchKeys: [], evidenceIds: [] }, version: 1 },
    };
    let readByFirst!: () => void;
    let release!: () => void;
    const firstHasRead = new Promise<void>((resolve) => { readByFirst = resolve; });
    const released = new Promise<void>((resolve) => { release = resolve; });
    const first = repository.inWriteTransaction({ operation: 'test-first' }, async (tx) => {
      await tx.lock([id]);
      expect((await tx.read(spec)).nodes).toEqual([]);
      readByFirst();
      await released;
      return tx.apply([created], [], { batchId: `batch:${randomUUID()}`, at: new Date().toISOString(), author: { name: 'first', keyId: 'key-first' } });
    });
    await firstHasRead;
    let secondDone = false;
    const second = client.run(CreateOrganizationDocument, {
      input: { id, kind: 'NGO', nameAr: 'جمعية', nameEn: 'second', evidence: [{ sourceId: ids.source, quote: 'نظمت' }] },
    }, EDITOR).finally(() => { secondDone = true; });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(secondDone).toBe(false);
    release();
    await first;
    expect(errorOf(await second)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { problems: [{ field: 'id', message: expect.stringContaining(`"${id}" already exists`) }] } });
    expect(await storedNode(id)).toMatchObject({ name: 'first' });
  });
});

describe('reads reflect writes', () => {
  it('answers a mutation, and every later field of the same request, with the graph as written', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const unit = `org:amal-unit-${t}`;
    const source = ids.source;
    // The first field reads the unit's parent (none yet) through the request's loaders; the later ones must not see that stale answer.
    const result = await client.run(`
      mutation Both($unit: ID!, $association: ID!, $source: ID!) {
        created: createOrganization(input: { id: $unit, kind: NGO, nameAr: "وحدة", nameEn: "Unit", evidence: [{ sourceId: $source, quote: "منظمات المجتمع المدني" }] }) {
          nodes { id ... on Organization { parent { id } } }
        }
        linked: addRelationship(input: { type: PART_OF, from: $unit, to: $association, evidence: [{ sourceId: $source, quote: "منظمات المجتمع المدني" }] }) { relationships { id version } }
        renamed: updateOrganization(input: { id: $unit, version: 1, nameEn: "Youth unit" }) { nodes { id version ... on Organization { name parent { id } } } }
      }`, { unit, association: ids.association, source }, EDITOR);
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ created: { nodes: [{ id: unit, parent: null }] }, renamed: { nodes: [{ id: unit, version: 2, name: 'Youth unit', parent: { id: ids.association } }] } });
    const { data } = await client.run(CuratedNodeByIdDocument, { id: unit });
    expect(data!.node).toMatchObject({ version: 2, name: 'Youth unit', parent: { id: ids.association } });
  });
});

describe('history and undo', () => {
  it('lists the changes of a node newest first, with who, when, and the values before and after, a page at a time', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    for (const [version, nameEn] of [[1, `Al-Amal Association ${t}`], [2, `Amal Association ${t}`]] as const) {
      const result = await client.run(UpdateOrganizationDocument, { input: { id: ids.association, version, nameEn } }, OTHER_EDITOR);
      expect(result.errors).toBeUndefined();
    }
    const first = await client.run(HistoryDocument, { id: ids.association, first: 2 });
    expect(first.errors).toBeUndefined();
    const page = first.data!.history;
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const versionIn = (state: unknown) => (state as { version?: number } | null)?.version ?? null;
    expect(page.edges.map((e) => [e.node.op, e.node.author, versionIn(e.node.before), versionIn(e.node.after)])).toEqual([
      ['UPDATE_NODE', 'omar', 2, 3],
      ['UPDATE_NODE', 'omar', 1, 2],
    ]);
    expect(page.edges[0]!.node.before).toMatchObject({ type: 'ORGANIZATION', properties: { nameEn: `Al-Amal Association ${t}` } });
    expect(page.edges[0]!.node.after).toMatchObject({ type: 'ORGANIZATION', properties: { nameEn: `Amal Association ${t}`, name: `Amal Association ${t}` } });
    const times = page.edges.map((e) => e.node.at);
    expect(times.every((time) => new Date(time).toISOString() === time)).toBe(true);
    expect([...times].sort().reverse()).toEqual(times);

    const rest = await client.run(HistoryDocument, { id: ids.association, first: 2, after: page.pageInfo.endCursor });
    expect(rest.data!.history.edges.map((e) => [e.node.op, e.node.author, e.node.before])).toEqual([['CREATE_NODE', 'amal', null]]);
    expect(rest.data!.history.pageInfo.hasNextPage).toBe(false);

    const organized = relationshipIdOf('ORGANIZED', ids.association, ids.workshop, 'lead');
    const relationship = await client.run(HistoryDocument, { id: organized });
    expect(relationship.data!.history.edges.map((e) => [e.node.op, e.node.targetId])).toEqual([['ADD_RELATIONSHIP', organized]]);
  });

  it('reverts an update as a new recorded change: the values come back and the version goes on', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const before = await graphHash(client.db, { withoutVersions: true });
    const updated = await client.run(UpdateEventDocument, { input: { id: ids.workshop, version: 1, titleEn: `Workshop on policing ${t}`, participantCount: null, participantCountText: null } }, EDITOR);
    expect(updated.errors).toBeUndefined();
    const [change] = updated.data!.updateEvent.changes;
    const reverted = await client.run(RevertChangeDocument, { changeId: change!.id }, EDITOR);
    expect(reverted.errors).toBeUndefined();
    expect(reverted.data!.revertChange.changes).toMatchObject([{ op: 'UPDATE_NODE', targetId: ids.workshop, revertOf: change!.id, before: { version: 2 }, after: { version: 3 } }]);
    expect(reverted.data!.revertChange.nodes).toMatchObject([{ id: ids.workshop, version: 3, title: `Community policing workshop ${t}`, participantCount: 30 }]);
    expect(await graphHash(client.db, { withoutVersions: true })).toBe(before);
    const history = await client.run(HistoryDocument, { id: ids.workshop });
    expect(history.data!.history.edges.map((e) => [e.node.op, e.node.revertOf])).toEqual([['UPDATE_NODE', change!.id], ['UPDATE_NODE', null], ['CREATE_NODE', null]]);
  });

  it('reverts a creation, and the whole batch that made a graph: byte-for-byte as before', async () => {
    const before = await graphHash(client.db);
    const t = tag();
    const created = await client.run(ApplyChangesDocument, { changes: ownFactChanges(t) }, EDITOR);
    expect(created.errors).toBeUndefined();
    const ids = factIds(t);
    const withFacts = await graphHash(client.db);
    const person = await client.run(CreatePersonDocument, {
      input: { nameAr: 'رئيس', nameEn: `Chairman ${t}`, evidence: [{ sourceId: ids.source, quote: 'وقال رئيس' }] },
    }, EDITOR);
    expect(person.errors).toBeUndefined();
    const undone = await client.run(RevertChangeDocument, { changeId: person.data!.createPerson.changes[0]!.id }, EDITOR);
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.revertChange.changes).toMatchObject([{ op: 'DELETE_NODE', after: null }]);
    expect(await graphHash(client.db)).toBe(withFacts);

    const batch = await client.run(RevertBatchDocument, { batchId: created.data!.applyChanges.batchId }, EDITOR);
    expect(batch.errors).toBeUndefined();
    expect(batch.data!.revertBatch.changes).toHaveLength(created.data!.applyChanges.changes.length);
    expect(await graphHash(client.db)).toBe(before);
  });

  it('undoes a cascade delete with revertBatch: the node, its relationships and their quotes come back', async () => {
    const ids = await createOwnFacts(client, tag());
    const before = await graphHash(client.db, { withoutVersions: true });
    const deleted = await client.run(DeleteNodeDocument, { input: { id: ids.workshop, version: 1, cascade: true } }, EDITOR);
    expect(deleted.errors).toBeUndefined();
    expect(await graphHash(client.db, { withoutVersions: true })).not.toBe(before);
    const restored = await client.run(RevertBatchDocument, { batchId: deleted.data!.deleteNode.batchId }, EDITOR);
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.revertBatch.changes.map((c) => c.op)).toEqual(['CREATE_NODE', ...Array(5).fill('ADD_RELATIONSHIP')]);
    expect(await graphHash(client.db, { withoutVersions: true })).toBe(before);
    const { data } = await client.run(CuratedNodeByIdDocument, { id: ids.workshop });
    expect(data!.node).toMatchObject({ version: 2, sources: [{ id: ids.source }] });
  });

  it('refuses to revert a change whose target changed since, with CONFLICT', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const first = await client.run(UpdateOrganizationDocument, { input: { id: ids.association, version: 1, nameEn: `First ${t}` } }, EDITOR);
    await client.run(UpdateOrganizationDocument, { input: { id: ids.association, version: 2, nameEn: `Second ${t}` } }, EDITOR);
    const before = await graphHash(client.db);
    const changeId = first.data!.updateOrganization.changes[0]!.id;
    const error = errorOf(await client.run(RevertChangeDocument, { changeId }, EDITOR));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: `Nothing was changed: "${ids.association}" changed since ${changeId} (it is at version 3, the change left version 2); revert the later changes first (see history), or edit it directly.`,
      extensions: { currentVersion: 3, current: { nameEn: `Second ${t}` } },
    });
    expect(await graphHash(client.db)).toBe(before);
  });

  it('lets the author of a change or an admin revert it, and no one else', async () => {
    const t = tag();
    const ids = await createOwnFacts(client, t);
    const update = await client.run(UpdateOrganizationDocument, { input: { id: ids.association, version: 1, aliases: [] } }, EDITOR);
    const changeId = update.data!.updateOrganization.changes[0]!.id;
    expect(errorOf(await client.run(RevertChangeDocument, { changeId }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await client.run(RevertChangeDocument, { changeId }, READER))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await client.run(RevertChangeDocument, { changeId }, OTHER_EDITOR))).toMatchObject({
      code: 'FORBIDDEN', message: `The key "omar" may revert only its own changes; ${changeId} was applied by "amal". Ask them, or an admin, to revert it.`,
    });
    const byAdmin = await client.run(RevertChangeDocument, { changeId }, ADMIN);
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!.revertChange.changes[0]).toMatchObject({ author: 'admin', revertOf: changeId });
    expect(errorOf(await client.run(RevertChangeDocument, { changeId: 'change:00000000-0000-0000-0000-000000000000:0000' }, ADMIN))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps history apart from the facts: Change nodes carry no fact label and no relationship', async () => {
    await createOwnFacts(client, tag());
    expect(await cypher('MATCH (c:Change) WHERE c:Node OR c:Evidence OR c:Actor RETURN count(c) AS n')).toEqual([{ n: 0 }]);
    expect(await cypher('MATCH (c:Change)--() RETURN count(*) AS n')).toEqual([{ n: 0 }]);
    const [counted] = await client.db.executor.read<{ nodes: number }>('seed/count-jisr-nodes', {}, { operation: 'test' });
    expect(counted!.nodes).toBe((await cypher<{ n: number }>('MATCH (n:Node) RETURN count(n) AS n'))[0]!.n);
  });

  it('shows relationship versions where relationships are drawn', async () => {
    const ids = await createOwnFacts(client, tag());
    const organized = relationshipIdOf('ORGANIZED', ids.association, ids.workshop, 'lead');
    await client.run(UpdateRelationshipDocument, { input: { id: organized, version: 1, note: 'Named first in the article.' } }, EDITOR);
    const { data } = await client.run('query Drawn($id: ID!) { network(centerId: $id, depth: 1) { edges { id version } } }', { id: ids.association });
    expect((data!.network as { edges: { id: string; version: number }[] }).edges).toContainEqual({ id: organized, version: 2 });
  });
});
