import {
  ApplyChangesDocument, CuratedNodeByIdDocument, HistoryDocument, MergeActorsDocument, RevertBatchDocument, RevertChangeDocument,
} from '../../../src/generated/operations';
import { relationshipIdOf } from '../../../src/seeds/seed.model';
import { searchKeysOf } from '../../../src/text/arabic-normalize';
import { rawCypher } from '../../helpers/test-database';
import { EDITOR, READER, errorOf, graphHash, tag, useCurationClient } from './curation-client';
import { type OwnFacts, createOwnFacts } from './curation-facts';

const client = useCurationClient();

/** One raw Cypher read of the test's own Neo4j, past every mapper. */
const cypher = <R = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}) => rawCypher<R>(client.db, query, params);

const storedNode = async (id: string) => (await cypher<{ p: Record<string, unknown> }>('MATCH (n:Node {id: $id}) RETURN properties(n) AS p', { id }))[0]?.p;
const linksOf = async (id: string) =>
  (await cypher<{ id: string; ev: string[] }>('MATCH (:Node {id: $id})-[r]-() RETURN r.id AS id, r.evidenceIds AS ev ORDER BY id', { id }));

/**
 * A test's own facts, and a second record of its association (another spelling, from a second mention in the
 * article): it organised the same workshop (a twin of the association's ORGANIZED), attended it as well, and
 * the colonel holds a position in it.
 */
async function withDuplicate(t: string): Promise<OwnFacts & { duplicate: string }> {
  const ids = await createOwnFacts(client, t);
  const duplicate = `org:amal-society-${t}`;
  const q = (words: string) => ({ sourceId: ids.source, quote: words });
  const result = await client.run(ApplyChangesDocument, {
    changes: [
      { createOrganization: { id: duplicate, kind: 'NGO', nameAr: 'جمعية الأمل', nameEn: `Amal Society ${t}`, aliases: ['Amal'], evidence: [q('رئيس جمعية الأمل للتنمية')] } },
      { addRelationship: { type: 'ORGANIZED', from: duplicate, to: ids.workshop, role: 'lead', evidence: [q('نظمت جمعية الأمل للتنمية يوم الأحد 2 مارس')] } },
      { addRelationship: { type: 'PARTICIPATED_IN', from: duplicate, to: ids.workshop, role: 'attendee', evidence: [q('وشارك في الورشة 30 ناشطا')] } },
      { addRelationship: { type: 'HOLDS_POSITION', from: ids.colonel, to: duplicate, title: 'رئيس', evidence: [q('وقال رئيس جمعية الأمل للتنمية')] } },
    ],
  }, EDITOR);
  expect(result.errors).toBeUndefined();
  return { ...ids, duplicate };
}

const merge = (keepId: string, duplicateId: string, keepVersion = 1, duplicateVersion = 1) =>
  client.run(MergeActorsDocument, { keepId, duplicateId, keepVersion, duplicateVersion }, EDITOR);

describe('merging duplicate actors', () => {
  it('moves every relationship in and out to the kept actor, joins the one it already had, keeps the names as aliases and the quotes, and deletes the duplicate', async () => {
    const t = tag();
    const ids = await withDuplicate(t);
    const keptBefore = (await storedNode(ids.association))!;
    const duplicateBefore = (await storedNode(ids.duplicate))!;
    const organisedBefore = (await linksOf(ids.duplicate)).find((link) => link.id.startsWith('rel:ORGANIZED'))!;
    const twinBefore = (await linksOf(ids.association)).find((link) => link.id.startsWith('rel:ORGANIZED'))!;

    const result = await merge(ids.association, ids.duplicate);
    expect(result.errors).toBeUndefined();
    const answer = result.data!.mergeActors;
    expect(answer.nodes.map((node) => [node.id, node.version])).toEqual([[ids.association, 2]]);
    const organized = relationshipIdOf('ORGANIZED', ids.association, ids.workshop, 'lead');
    const attended = relationshipIdOf('PARTICIPATED_IN', ids.association, ids.workshop, 'attendee');
    const position = relationshipIdOf('HOLDS_POSITION', ids.colonel, ids.association);
    expect(answer.changes.map((change) => [change.op, change.targetId])).toEqual([
      ['REMOVE_RELATIONSHIP', relationshipIdOf('HOLDS_POSITION', ids.colonel, ids.duplicate)],
      ['REMOVE_RELATIONSHIP', relationshipIdOf('ORGANIZED', ids.duplicate, ids.workshop, 'lead')],
      ['REMOVE_RELATIONSHIP', relationshipIdOf('PARTICIPATED_IN', ids.duplicate, ids.workshop, 'attendee')],
      ['ADD_RELATIONSHIP', position],
      ['UPDATE_RELATIONSHIP', organized],
      ['ADD_RELATIONSHIP', attended],
      ['UPDATE_NODE', ids.association],
      ['DELETE_NODE', ids.duplicate],
    ]);
    expect(new Set(answer.changes.map((change) => change.batchId)).size).toBe(1);

    // Re-read past every mapper: the duplicate is gone, its links are the kept actor's, with their evidence.
    expect(await storedNode(ids.duplicate)).toBeUndefined();
    const links = await linksOf(ids.association);
    expect(links.map((link) => link.id)).toEqual([attended, position, organized].sort());
    expect(links.find((link) => link.id === organized)!.ev).toEqual([...twinBefore.ev, ...organisedBefore.ev]);
    expect((await cypher<{ title: string }>('MATCH ()-[r]->() WHERE r.id = $id RETURN r.title AS title', { id: position }))[0]!.title).toBe('رئيس');

    const kept = (await storedNode(ids.association))!;
    expect(kept.aliases).toEqual(['Al-Amal', 'جمعية الأمل', `Amal Society ${t}`, 'Amal']);
    expect(kept.evidenceIds).toEqual([...(keptBefore.evidenceIds as string[]), ...(duplicateBefore.evidenceIds as string[])]);
    expect(kept.searchKeys).toEqual(searchKeysOf([String(kept.nameAr), String(kept.nameEn), ...(kept.aliases as string[])]));
    expect(kept.searchKeys).not.toEqual(keptBefore.searchKeys);
  });

  it('leaves the old id resolving to the kept actor, through a chain of merges', async () => {
    const t = tag();
    const ids = await withDuplicate(t);
    expect((await merge(ids.association, ids.duplicate)).errors).toBeUndefined();
    const viaOld = await client.run(CuratedNodeByIdDocument, { id: ids.duplicate });
    expect(viaOld.errors).toBeUndefined();
    expect(viaOld.data!.node).toMatchObject({ id: ids.association, version: 2 });
    expect(await cypher('MATCH (r:Redirect {id: $id}) RETURN r.to AS to', { id: ids.duplicate })).toEqual([{ to: ids.association }]);

    // The kept actor is itself merged into a third: the first id follows both hops.
    const third = `org:amal-third-${t}`;
    const created = await client.run(ApplyChangesDocument, {
      changes: [{ createOrganization: { id: third, kind: 'NGO', nameAr: 'الأمل', nameEn: `Amal Third ${t}`, evidence: [{ sourceId: ids.source, quote: 'جمعية الأمل للتنمية إن' }] } }],
    }, EDITOR);
    expect(created.errors).toBeUndefined();
    expect((await merge(third, ids.association, 1, 2)).errors).toBeUndefined();
    expect((await client.run(CuratedNodeByIdDocument, { id: ids.duplicate })).data!.node).toMatchObject({ id: third });
    expect((await client.run(CuratedNodeByIdDocument, { id: ids.association })).data!.node).toMatchObject({ id: third });
  });

  it('answers network and paths asked from the old id with the kept actor, as node(id) does', async () => {
    const t = tag();
    const ids = await withDuplicate(t);
    expect((await merge(ids.association, ids.duplicate)).errors).toBeUndefined();
    const network = await client.run('query ($id: ID!) { network(centerId: $id, depth: 1) { nodes { id } } }', { id: ids.duplicate });
    expect(network.errors).toBeUndefined();
    const around = (network.data!.network as { nodes: { id: string }[] }).nodes.map((node) => node.id);
    expect(around).toEqual(expect.arrayContaining([ids.association, ids.workshop, ids.colonel]));
    expect(around).not.toContain(ids.duplicate);

    const paths = await client.run('query ($from: ID!, $to: ID!) { paths(fromId: $from, toId: $to, maxHops: 2) { nodes { id } } }', { from: ids.duplicate, to: ids.workshop });
    expect(paths.errors).toBeUndefined();
    expect((paths.data!.paths as { nodes: { id: string }[] }[])[0]!.nodes.map((node) => node.id)).toEqual([ids.association, ids.workshop]);

    const intoItself = errorOf(await client.run('query ($from: ID!, $to: ID!) { paths(fromId: $from, toId: $to) { length } }', { from: ids.duplicate, to: ids.association }));
    expect(intoItself.code).toBe('BAD_USER_INPUT');
    expect(intoItself.message).toContain(`were merged into "${ids.association}"`);
  });

  it('is undone by revertBatch: the graph is as before the merge (versions aside), and the old id is the duplicate again', async () => {
    const t = tag();
    const ids = await withDuplicate(t);
    const before = await graphHash(client.db, { withoutVersions: true });
    const merged = await merge(ids.association, ids.duplicate);
    expect(merged.errors).toBeUndefined();
    expect(await graphHash(client.db, { withoutVersions: true })).not.toBe(before);

    const reverted = await client.run(RevertBatchDocument, { batchId: merged.data!.mergeActors.batchId }, EDITOR);
    expect(reverted.errors).toBeUndefined();
    expect(await graphHash(client.db, { withoutVersions: true })).toBe(before);
    expect((await client.run(CuratedNodeByIdDocument, { id: ids.duplicate })).data!.node).toMatchObject({ id: ids.duplicate });

    // Deleted again later, by an ordinary delete, the old id names nothing: the merge's redirect no longer holds.
    const version = (await client.run(CuratedNodeByIdDocument, { id: ids.duplicate })).data!.node!.version;
    const deleted = await client.run(ApplyChangesDocument, { changes: [{ deleteNode: { id: ids.duplicate, version, cascade: true } }] }, EDITOR);
    expect(deleted.errors).toBeUndefined();
    expect((await client.run(CuratedNodeByIdDocument, { id: ids.duplicate })).data!.node).toBeNull();
  });

  it('is undone by reverting its changes one by one too, last first, and history lists them under one batch', async () => {
    const t = tag();
    const ids = await withDuplicate(t);
    const before = await graphHash(client.db, { withoutVersions: true });
    const merged = await merge(ids.association, ids.duplicate);
    const { batchId, changes } = merged.data!.mergeActors;
    const history = await client.run(HistoryDocument, { id: ids.duplicate, first: 1 });
    expect(history.data!.history.edges[0]!.node).toMatchObject({ batchId, op: 'DELETE_NODE', author: 'amal' });
    for (const change of [...changes].reverse()) {
      const reverted = await client.run(RevertChangeDocument, { changeId: change.id }, EDITOR);
      expect(reverted.errors).toBeUndefined();
    }
    expect(await graphHash(client.db, { withoutVersions: true })).toBe(before);
  });

  it('refuses an organisation into a person, an actor into itself, a non-actor, a stale version and a reader, writing nothing', async () => {
    const t = tag();
    const ids = await withDuplicate(t);
    const before = await graphHash(client.db);

    const intoPerson = errorOf(await merge(ids.colonel, ids.duplicate));
    expect(intoPerson.code).toBe('BAD_USER_INPUT');
    expect(intoPerson.extensions.problems).toEqual([expect.objectContaining({ field: 'duplicateId', value: ids.duplicate })]);
    expect(intoPerson.message).toContain(`"${ids.duplicate}" is an organization and "${ids.colonel}" a person; only actors of one kind are merged`);

    const itself = errorOf(await merge(ids.association, ids.association));
    expect(itself.code).toBe('BAD_USER_INPUT');
    expect(itself.message).toContain('an actor is never merged into itself');

    const place = errorOf(await merge(ids.association, ids.city));
    expect(place.message).toContain(`"${ids.city}" is a place; only actors (organisations and people) are merged`);

    const stale = errorOf(await merge(ids.association, ids.duplicate, 1, 7));
    expect(stale).toMatchObject({ code: 'CONFLICT', extensions: expect.objectContaining({ id: ids.duplicate, version: 7, currentVersion: 1 }) });

    const reader = errorOf(await client.run(MergeActorsDocument, { keepId: ids.association, duplicateId: ids.duplicate, keepVersion: 1, duplicateVersion: 1 }, READER));
    expect(reader.code).toBe('FORBIDDEN');

    const malformed = errorOf(await merge(ids.association, 'amal'));
    expect(malformed).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Expected duplicateId to be an actor id like "org:undp" or "person:waheeb-al-dhibani", but got "amal".' });

    expect(await graphHash(client.db)).toBe(before);
    expect(await cypher('MATCH (r:Redirect {id: $id}) RETURN r', { id: ids.duplicate })).toEqual([]);
  });

  it('refuses to merge two actors linked to each other: the link would join the actor to itself', async () => {
    const t = tag();
    const ids = await withDuplicate(t);
    const added = await client.run(ApplyChangesDocument, {
      changes: [{ addRelationship: { type: 'PART_OF', from: ids.duplicate, to: ids.association, evidence: [{ sourceId: ids.source, quote: 'رئيس جمعية الأمل' }] } }],
    }, EDITOR);
    expect(added.errors).toBeUndefined();
    const before = await graphHash(client.db);
    const linked = errorOf(await merge(ids.association, ids.duplicate));
    expect(linked.code).toBe('BAD_USER_INPUT');
    expect(linked.message).toContain(`are linked (${relationshipIdOf('PART_OF', ids.duplicate, ids.association)}); merged, that would link the actor to itself`);
    expect(await graphHash(client.db)).toBe(before);
  });
});
