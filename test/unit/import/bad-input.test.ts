import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ImportInputError, MAX_ARTICLE_BYTES, checkArticleBytes, readArticleFile } from '../../../src/import/article.input';
import { propose } from './helpers';

const refusal = (run: () => unknown): ImportInputError => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportInputError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('bad input is refused with its reason', () => {
  it('an empty or blank article', () => {
    expect(refusal(() => checkArticleBytes(new Uint8Array()))).toMatchObject({ code: 'EMPTY_ARTICLE', message: 'Expected the text of an Arabic news article, but the article is empty.' });
    expect(refusal(() => checkArticleBytes(Buffer.from(' \n\t\n'))).code).toBe('EMPTY_ARTICLE');
  });

  it('a binary file: NUL bytes, or bytes that are not UTF-8', () => {
    expect(refusal(() => checkArticleBytes(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])))).toMatchObject({ code: 'BINARY_FILE', message: expect.stringContaining('NUL bytes') });
    expect(refusal(() => checkArticleBytes(Buffer.from([0xd8, 0xa7, 0xff, 0xfe, 0xd8])))).toMatchObject({ code: 'BINARY_FILE', message: expect.stringContaining('not valid UTF-8') });
  });

  it('text that is not Arabic', () => {
    const error = refusal(() => checkArticleBytes(Buffer.from('The police met civil society organisations in Aden on Monday.')));
    expect(error).toMatchObject({ code: 'NOT_ARABIC', message: expect.stringContaining('0% of the letters') });
  });

  it('a file over 5 MB, refused before it is read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jisr-import-'));
    try {
      const file = path.join(dir, 'big.txt');
      fs.writeFileSync(file, Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61));
      expect(refusal(() => readArticleFile(file))).toMatchObject({ code: 'ARTICLE_TOO_LARGE', message: expect.stringContaining(`${MAX_ARTICLE_BYTES + 1} bytes`) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a file that does not exist', () => {
    expect(refusal(() => readArticleFile('/nonexistent/article.txt')).code).toBe('FILE_NOT_FOUND');
  });

  it('an Arabic text that mentions nothing known: an empty proposal that says so', () => {
    const proposal = propose('كان الطقس جميلا والسماء صافية وذهب الاطفال الى الحديقة للعب.');
    expect(proposal.entities).toEqual([]);
    expect(proposal.warnings).toContain('The article mentions nothing Jisr knows or can propose: no organisation, person, event, program or place was found.');
  });
});
