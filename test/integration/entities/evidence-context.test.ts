import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../src/config';
import { useGraphQLTestClient } from '../../helpers/graphql';

const JENIN_TEXT = readFileSync(path.join(REPO_ROOT, 'seeds', 'articles', '004_a119cfdbeb6871cd.txt'), 'utf8');

const EVIDENCE_IN_CONTEXT = `query EvidenceInContext($id: ID!, $chars: Int!) {
  node(id: $id) { ... on Event { evidence { id quote start end context(chars: $chars) { before after atStart atEnd } } } }
}`;

type Answer = { node: { evidence: { quote: string; start: number; end: number; context: { before: string; after: string; atStart: boolean; atEnd: boolean } }[] } };

describe('evidence in context', () => {
  const client = useGraphQLTestClient();

  it('gives the source words around each quote, cut from the stored text, without sending the article', async () => {
    const { result, context } = await client.run(EVIDENCE_IN_CONTEXT, { id: 'event:2009-06-18-jenin-open-meeting', chars: 30 });
    expect(result.errors).toBeUndefined();
    const { evidence } = (result.data as Answer).node;
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      const from = Math.max(0, e.start - 30);
      expect(e.context).toEqual({
        before: JENIN_TEXT.slice(from, e.start),
        after: JENIN_TEXT.slice(e.end, e.end + 30),
        atStart: from === 0,
        atEnd: e.end + 30 >= JENIN_TEXT.length,
      });
    }
    // Every quote's context comes from one batched statement.
    expect(context.recorder.names().filter((n) => n === 'evidence/evidence-contexts')).toHaveLength(1);
  });

  it('refuses a context wider than a paragraph with BAD_USER_INPUT', async () => {
    const { result } = await client.run(EVIDENCE_IN_CONTEXT, { id: 'event:2009-06-18-jenin-open-meeting', chars: 5000 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('Expected chars to be between 0 and 1000, but got 5000.');
  });
});
