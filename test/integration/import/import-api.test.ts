import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApplyImportDocument, ProposeImportDocument } from '../../../src/generated/operations';
import { MAX_ARTICLE_BYTES } from '../../../src/import/article.input';
import { type Proposal } from '../../../src/import/proposal';
import { rawCypher } from '../../helpers/test-database';
import { EDITOR, READER, errorOf, graphHash, useCurationClient } from '../curation/curation-client';

/*
 * Import through the API on a Neo4j of its own (with the seed graph), as the curation tests run: proposing writes
 * nothing, applying writes one batch with history, and a refused batch leaves the graph's fingerprint as it was.
 */
const client = useCurationClient();
const REPO_ROOT = path.resolve(__dirname, '../../..');
const SEED_ARTICLE = readFileSync(path.join(REPO_ROOT, 'seeds/articles/003_519500e86f7a6d5c.txt'), 'utf8');
/** An article the seed graph does not hold: a 2005 police human-rights training in Aden (test/fixtures/import). */
const NEW_ARTICLE = readFileSync(path.join(REPO_ROOT, 'test/fixtures/import/ye-aden-hritc-police-training.txt'), 'utf8');
/** Another one, for the refused batch, so that the two tests never meet on an id. */
const OTHER_ARTICLE = readFileSync(path.join(REPO_ROOT, 'test/fixtures/import/jo-meu-psd-seminar.txt'), 'utf8');

const cypher = <R = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}) => rawCypher<R>(client.db, query, params);

async function propose(text: string, extra: Record<string, unknown> = {}) {
  const result = await client.run(ProposeImportDocument, { input: { text, ...extra } }, EDITOR);
  expect(result.errors).toBeUndefined();
  return result.data!.proposeImport;
}

describe('proposing an import', () => {
  it('matches the known actors of a seed article to their nodes in the graph, with span and reason, and writes nothing', async () => {
    const before = await graphHash(client.db);
    const proposal = await propose(SEED_ARTICLE, { published: '2022-11-24', outlet: 'يمن ناو', title: 'لقاء تشاوري في مأرب' });
    const matched = new Map(proposal.entities.filter((e) => e.resolution === 'MATCHED').map((e) => [e.match!.id, e]));
    for (const id of ['org:musaala', 'org:saferworld']) {
      const entity = matched.get(id);
      expect(entity).toMatchObject({ type: 'ORGANIZATION', proposed: null });
      expect(SEED_ARTICLE.slice(entity!.match!.span.start, entity!.match!.span.end)).toBe(entity!.match!.span.quote);
      expect(entity!.match!.reason).toContain(id);
    }
    expect(proposal.article).toMatchObject({ title: 'لقاء تشاوري في مأرب', outlet: 'يمن ناو', published: '2022-11-24', length: SEED_ARTICLE.length });
    // Every quote of every fact is verbatim at its offsets, and the JSON is the same proposal.
    for (const rel of proposal.relationships) {
      for (const q of rel.evidence) expect(SEED_ARTICLE.slice(q.start, q.end)).toBe(q.quote);
      expect(proposal.entities.map((e) => e.ref)).toEqual(expect.arrayContaining([rel.from, rel.to]));
    }
    const json = proposal.proposal as unknown as Proposal;
    expect(json.version).toBe(proposal.version);
    expect(json.entities.map((e) => e.ref)).toEqual(proposal.entities.map((e) => e.ref));
    expect(await graphHash(client.db)).toBe(before);
  });

  it('proposes new entities as records in the seed format', async () => {
    const proposal = await propose(NEW_ARTICLE);
    const hritc = proposal.entities.find((e) => e.label === 'مركز المعلومات والتأهيل لحقوق الإنسان');
    expect(hritc).toMatchObject({ resolution: 'NEW', type: 'ORGANIZATION', kind: 'NGO', match: null, proposed: { section: 'organizations' } });
    expect(proposal.entities.find((e) => e.type === 'EVENT')).toMatchObject({ resolution: 'NEW', kind: 'TRAINING', proposed: { record: { date: '2005-06-15', datePrecision: 'DAY' } } });
  });

  it('needs an editor key: none is UNAUTHENTICATED, a reader\'s FORBIDDEN', async () => {
    const anonymous = errorOf(await client.run(ProposeImportDocument, { input: { text: SEED_ARTICLE } }));
    expect(anonymous).toMatchObject({ code: 'UNAUTHENTICATED', message: 'This operation needs an editor API key to propose an import: send it as "Authorization: Bearer <key>" (create one with `jisr keys create`).' });
    const reader = errorOf(await client.run(ProposeImportDocument, { input: { text: SEED_ARTICLE } }, READER));
    expect(reader).toMatchObject({ code: 'FORBIDDEN', message: 'The key "reader" has the role reader; an editor key is needed to propose an import.' });
  });

  it.each([
    ['an empty text', '  \n ', 'EMPTY_ARTICLE', 'Expected the text of an Arabic news article, but the text is empty. Nothing was written.'],
    ['a text with NUL bytes', `نظمت منظمة مساءلة\u0000\u0000 ورشة`, 'BINARY_FILE', 'Expected a plain-text article (UTF-8), but the text holds NUL bytes: it is a binary file. Save the article as .txt first. Nothing was written.'],
    ['an English text', 'The police and civil society met in Marib on Sunday to discuss human rights.', 'NOT_ARABIC', 'Expected an Arabic news article, but only 0% of the letters of the text are Arabic (at least 30% are needed). Jisr imports Arabic articles. Nothing was written.'],
    ['a text over 5 MB', 'ا'.repeat(MAX_ARTICLE_BYTES / 2 + 1), 'ARTICLE_TOO_LARGE', `Expected an article of at most ${MAX_ARTICLE_BYTES} bytes (5 MB), but the text has ${MAX_ARTICLE_BYTES + 2} bytes. Import one article at a time, as plain text. Nothing was written.`],
    ['a text that names nothing', 'كان الجو جميلا والسماء صافية والناس سعداء.', 'NOTHING_FOUND', 'Expected an article that names organisations, people, events, programs or places, but the text mentions nothing Jisr knows or can propose. Nothing was written.'],
  ])('refuses %s with BAD_USER_INPUT and the importer\'s code', async (_name, text, importCode, message) => {
    const error = errorOf(await client.run(ProposeImportDocument, { input: { text } }, EDITOR));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message, extensions: { importCode } });
  });

  it('refuses a publication date that is not one', async () => {
    const error = errorOf(await client.run(ProposeImportDocument, { input: { text: SEED_ARTICLE, published: '2022-13-01' } }, EDITOR));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { importCode: 'BAD_OPTION' } });
    expect(error.message).toContain('"2022-13-01"');
  });
});

describe('applying a reviewed proposal', () => {
  it('writes the new source, entities and relationships with their evidence in one recorded batch, with one entity rejected and one re-pointed', async () => {
    const proposal = await propose(NEW_ARTICLE, { published: '2005-06-16', url: 'https://hritc.co/?p=15682' });
    const ref = (label: string) => proposal.entities.find((e) => e.label === label)!;
    // The new funder is rejected: the FUNDED it is the source of goes with it. (UNDP, «بالتعاون مع», is the graph's own.)
    const embassy = ref('السفارة البريطانية');
    const hritc = ref('مركز المعلومات والتأهيل لحقوق الإنسان');
    const event = proposal.entities.find((e) => e.type === 'EVENT')!;
    const eventId = (event.proposed as { record: { id: string } }).record.id;
    const funded = proposal.relationships.find((r) => r.type === 'FUNDED' && r.from === embassy.ref)!;
    const sourceId = 'source:import-test-hritc';
    const before = await graphHash(client.db);

    const result = await client.run(ApplyImportDocument, {
      input: {
        proposal: proposal.proposal, sourceId, createSource: true, text: NEW_ARTICLE,
        choices: [{ ref: embassy.ref, choice: 'REJECT' }, { ref: hritc.ref, choice: 'REPOINT', repointTo: 'org:musaala' }],
      },
    }, EDITOR);
    expect(result.errors).toBeUndefined();
    const { result: batch, skipped } = result.data!.applyImport;
    expect(skipped).toEqual(expect.arrayContaining([
      { ref: embassy.ref, reason: 'rejected by the curator' },
      { ref: funded.ref, reason: `its source ${embassy.ref} was rejected` },
    ]));
    expect(await graphHash(client.db)).not.toBe(before);

    // The graph, read past every mapper: the source with its text, the event reported by it, the organiser re-pointed.
    const [source] = await cypher<{ text: string; url: string }>('MATCH (s:Source {id: $id}) RETURN s.text AS text, s.url AS url', { id: sourceId });
    expect(source).toEqual({ text: NEW_ARTICLE, url: 'https://hritc.co/?p=15682' });
    const organised = await cypher<{ quote: string; start: number; source: string }>(
      'MATCH (:Organization {id: "org:musaala"})-[r:ORGANIZED]->(:Event {id: $eventId}) MATCH (e:Evidence) WHERE e.id IN r.evidenceIds RETURN e.quote AS quote, e.start AS start, e.sourceId AS source',
      { eventId },
    );
    expect(organised).toHaveLength(1);
    expect(NEW_ARTICLE.slice(Number(organised[0]!.start), Number(organised[0]!.start) + organised[0]!.quote.length)).toBe(organised[0]!.quote);
    expect(await cypher('MATCH (e:Event {id: $eventId})-[:REPORTED_BY]->(s:Source {id: $sourceId}) RETURN e.id', { eventId, sourceId })).toHaveLength(1);
    // Neither the rejected funder nor the proposed record of the re-pointed organisation was written.
    const written = await cypher<{ id: string }>('MATCH (n) WHERE n.id IN $ids RETURN n.id AS id', { ids: [(embassy.proposed as { record: { id: string } }).record.id, (hritc.proposed as { record: { id: string } }).record.id] });
    expect(written).toEqual([]);

    // History: every change of the batch, by the editor, and the batch's answer lists them.
    expect(batch.changes.every((c) => c.author === EDITOR.name)).toBe(true);
    expect(batch.changes.map((c) => c.targetId)).toEqual(expect.arrayContaining([sourceId, eventId]));
    const history = await cypher<{ n: number }>('MATCH (c:Change {batchId: $batchId}) RETURN count(c) AS n', { batchId: batch.batchId });
    expect(Number(history[0]!.n)).toBe(batch.changes.length);
  });

  it('refuses a proposal tampered into an invalid one whole, and the graph stays as it was', async () => {
    const proposal = await propose(OTHER_ARTICLE);
    const json = proposal.proposal as unknown as Proposal;
    const before = await graphHash(client.db);
    const apply = (tampered: unknown, extra: Record<string, unknown> = {}) => client.run(ApplyImportDocument, {
      input: { proposal: tampered as Record<string, unknown>, sourceId: 'source:import-test-tampered', createSource: true, text: OTHER_ARTICLE, ...extra },
    }, EDITOR);

    const otherVersion = errorOf(await apply({ ...json, version: 2 }));
    expect(otherVersion).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Expected a proposal as proposeImport returns it (ImportProposal.proposal, version 1), but got one with version 2. Propose the article again and send its proposal back. Nothing was written.' });

    const [rel] = json.relationships;
    const dangling = errorOf(await apply({ ...json, relationships: [{ ...rel!, to: 'event-99' }, ...json.relationships.slice(1)] }));
    expect(dangling.code).toBe('BAD_USER_INPUT');
    expect(dangling.message).toContain('relationships.0.to: "event-99" is no entity of the proposal');

    // A shape the checks accept, but a quote the article does not have at its offsets: the curation service refuses the batch.
    const entity = json.entities.find((e) => e.resolution === 'new')!;
    const moved = { ...entity, proposed: { ...entity.proposed, record: { ...entity.proposed.record, evidence: [{ quote: 'كلمات ليست في المقال', start: 0, end: 20 }] } } };
    const refused = errorOf(await apply({ ...json, entities: json.entities.map((e) => (e.ref === entity.ref ? moved : e)) }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toMatch(/^Nothing was changed: the batch has \d+ problems?\./u);
    expect(refused.extensions.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: expect.stringContaining('evidence') })]));

    const otherText = errorOf(await apply(json, { text: `${OTHER_ARTICLE} ` }));
    expect(otherText.message).toContain(`Expected the text the proposal was made from (SHA-256 ${json.article.sha256}`);

    const badChoice = errorOf(await apply(json, { choices: [{ ref: 'org-404', choice: 'REJECT' }, { ref: json.entities[0]!.ref, choice: 'REPOINT' }] }));
    expect(badChoice.message).toBe(`Nothing was written: 2 of the choices cannot be applied.\nchoices[0] ("org-404"): no entity or relationship of the proposal has this ref\nchoices[1] (${JSON.stringify(json.entities[0]!.ref)}): REPOINT needs repointTo, the existing node it is instead`);

    expect(await graphHash(client.db)).toBe(before);
  });
});
