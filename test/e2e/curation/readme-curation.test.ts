import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { createApiKey } from '../../../src/auth/api-key.service';
import type { Role } from '../../../src/auth/viewer';
import { REPO_ROOT } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { buildJisrSchema } from '../../../src/schema/build-schema';
import { createServer, type JisrServer } from '../../../src/server/server';
import { blockScoped } from '../../helpers/block-scoped';
import { useTestDatabase } from '../../helpers/test-database';
import { graphHash } from '../../integration/curation/curation-client';

// README's curation subsections, run as written: through the real HTTP server, with real API keys in the
// Authorization header, on a Neo4j of this file's own (the story writes the seed graph and hashes all of it).
// Their operations are fenced ```graphql curation, so that the README test of the read-only examples, which
// runs every plain ```graphql block without a key, leaves them to this file.

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
const section = /\n## Curating the graph\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
const operations = new Map([...section.matchAll(/```graphql curation\n([\s\S]*?)```/g)].map(([, query]) => {
  const definition = parse(query!).definitions[0];
  return [definition && 'name' in definition && definition.name ? definition.name.value : '(anonymous)', query!] as const;
}));
/** Every "message" string of the README's ```json examples. */
const messages = [...section.matchAll(/```json\n([\s\S]*?)```/g)].flatMap(([, block]) => [...block!.matchAll(/"message": ("(?:[^"\\]|\\.)*")/g)].map(([, text]) => JSON.parse(text!) as string));

const db = useTestDatabase({ ownNeo4j: true });
const server = blockScoped<{ server: JisrServer; url: string }>('The HTTP server', async () => {
  const jisr = await createServer({
    schema: await buildJisrSchema(), executor: db.executor, repositories: db.repositories, logger: createLogger('silent'), introspection: true, maxBodyBytes: 102_400,
  });
  return { server: jisr, url: await jisr.start(0, '127.0.0.1') };
}, ({ server: jisr }) => jisr.stop());

async function keyOf(name: string, role: Role): Promise<string> {
  const { secret } = await createApiKey({ name, role }, null, db.repositories.apiKeys, { operation: 'test' });
  return secret;
}

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

async function post(query: string, variables: Record<string, unknown>, secret?: string): Promise<Answer> {
  const response = await fetch(`${server().url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Answer;
}

const operation = (name: string): string => {
  const query = operations.get(name);
  if (!query) throw new Error(`README has no operation ${name} under "Curating the graph"; it has ${[...operations.keys()].join(', ')}`);
  return query;
};

describe('README: Curating the graph', () => {
  it('tells the story with a correction, a batch, history, both kinds of undo and a merge', () => {
    expect([...operations.keys()]).toEqual(['CorrectJadieTitle', 'AddTrainingArticle', 'JadieTitleHistory', 'UndoCorrection', 'UndoTrainingArticle', 'AddMusaalaAgain', 'MergeMousaala', 'MergedId']);
  });

  it('runs as written with real keys: each change lands, the refusals read as shown, and undoing leaves the graph as it began', async () => {
    const editor = await keyOf('amal', 'editor');
    const before = await graphHash(db, { withoutVersions: true });

    // The batch with two mistakes: refused whole, with the problems the README shows.
    const broken = operation('AddTrainingArticle').replace('participantCount: 25', 'participantCount: 30').replace('type: ORGANIZED, role: "lead"', 'type: ORGANIZED, role: "speaker"');
    const refused = await post(broken, {}, editor);
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const problems = refused.errors![0]!.extensions.problems as { message: string }[];
    expect(problems.map((p) => p.message)).toEqual(messages.slice(1, 3));
    expect(refused.errors![0]!.message.startsWith(messages[0]!.replace(/ …$/, ''))).toBe(true);
    expect(await graphHash(db, { withoutVersions: true })).toBe(before);

    const corrected = await post(operation('CorrectJadieTitle'), {}, editor);
    expect(corrected.errors).toBeUndefined();
    const correction = corrected.data!.updateRelationship as { changes: { id: string; author: string }[]; relationships: { version: number }[] };
    expect(correction).toMatchObject({ changes: [{ author: 'amal' }], relationships: [{ version: 2 }] });

    const added = await post(operation('AddTrainingArticle'), {}, editor);
    expect(added.errors).toBeUndefined();
    const batch = added.data!.applyChanges as { batchId: string; nodes: { id: string }[] };
    expect(batch.nodes.map((node) => node.id)).toEqual(['source:example-marib-training', 'event:2022-12-04-human-rights-training-for-marib-police']);

    const conflict = await post(operation('CorrectJadieTitle'), {}, editor);
    expect(conflict.errors?.[0]).toMatchObject({ message: messages[3], extensions: { code: 'CONFLICT', currentVersion: 2, current: { titleEn: 'Director-General of the Human Rights Office' } } });

    const history = await post(operation('JadieTitleHistory'), {});
    expect(history.errors).toBeUndefined();
    expect(history.data!.history).toMatchObject({ totalCount: 1, edges: [{ node: { op: 'UPDATE_RELATIONSHIP', author: 'amal', before: { version: 1 }, after: { version: 2 } } }] });

    const undone = await post(operation('UndoCorrection'), { changeId: correction.changes[0]!.id }, editor);
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.revertChange).toMatchObject({ relationships: [{ version: 3, title: 'مدير عام' }] });
    const unbatched = await post(operation('UndoTrainingArticle'), { batchId: batch.batchId }, editor);
    expect(unbatched.errors).toBeUndefined();
    expect(await graphHash(db, { withoutVersions: true })).toBe(before);

    // Then a merge, on the training article added again: the duplicate's ORGANIZED joins Musaala's, its names
    // become aliases, its id answers with Musaala, and revertBatch undoes it all.
    expect((await post(operation('AddTrainingArticle'), {}, editor)).errors).toBeUndefined();
    const again = await post(operation('AddMusaalaAgain'), {}, editor);
    expect(again.errors).toBeUndefined();
    const beforeMerge = await graphHash(db, { withoutVersions: true });
    const merged = await post(operation('MergeMousaala'), {}, editor);
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeActors).toMatchObject({
      changes: [
        { op: 'REMOVE_RELATIONSHIP', targetId: 'rel:ORGANIZED:org:mousaala:event:2022-12-04-human-rights-training-for-marib-police:lead' },
        { op: 'UPDATE_RELATIONSHIP', targetId: 'rel:ORGANIZED:org:musaala:event:2022-12-04-human-rights-training-for-marib-police:lead' },
        { op: 'UPDATE_NODE', targetId: 'org:musaala' },
        { op: 'DELETE_NODE', targetId: 'org:mousaala' },
      ],
      nodes: [{ id: 'org:musaala', version: 2, aliases: expect.arrayContaining(['منظمة مساءلة', 'Mousaala for Human Rights']) }],
      relationships: [{ evidence: [{ quote: 'نظمت منظمة مساءلة لحقوق الانسان' }, { quote: 'نظمت منظمة مساءلة' }] }],
    });
    const mergedId = await post(operation('MergedId'), {});
    expect(mergedId.data).toMatchObject({ node: { id: 'org:musaala', aliases: expect.arrayContaining(['Mousaala for Human Rights']) } });
    const unmerged = await post(operation('UndoTrainingArticle'), { batchId: (merged.data!.mergeActors as { batchId: string }).batchId }, editor);
    expect(unmerged.errors).toBeUndefined();
    expect((await post(operation('MergedId'), {})).data).toMatchObject({ node: { id: 'org:mousaala' } });
    expect(await graphHash(db, { withoutVersions: true })).toBe(beforeMerge);
  });

  it('refuses the correction without a key, and with a reader key', async () => {
    expect((await post(operation('CorrectJadieTitle'), {})).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await post(operation('CorrectJadieTitle'), {}, await keyOf('a-reader', 'reader'))).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
