/**
 * Reading an article to import, and refusing what is not one: an empty text, a binary file, text that is not
 * Arabic, a file over the size limit. Each refusal is an ImportInputError with a stable code and a message that
 * says what was expected, what was received and how to fix it; nothing is written when one is raised.
 */
import * as fs from 'node:fs';

/** The largest article `jisr import` reads: 5 MB. News articles are a few kilobytes; a larger file is a mistake. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** At least this share of an article's letters must be Arabic. */
export const MIN_ARABIC_SHARE = 0.3;

export type ImportInputCode = 'EMPTY_ARTICLE' | 'BINARY_FILE' | 'NOT_ARABIC' | 'ARTICLE_TOO_LARGE' | 'FILE_NOT_FOUND' | 'BAD_OPTION';

export class ImportInputError extends Error {
  override readonly name = 'ImportInputError';

  constructor(readonly code: ImportInputCode, message: string) {
    super(message);
  }
}

/** Reads an article file as UTF-8 text, checking its size before reading it. */
export function readArticleFile(path: string): string {
  let size: number;
  try {
    const stat = fs.statSync(path);
    if (!stat.isFile()) throw new ImportInputError('FILE_NOT_FOUND', `Expected an article file, but "${path}" is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof ImportInputError) throw error;
    throw new ImportInputError('FILE_NOT_FOUND', `Expected an article file, but "${path}" cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}). Give the path of a .txt file.`);
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new ImportInputError('ARTICLE_TOO_LARGE', `Expected an article of at most ${MAX_ARTICLE_BYTES} bytes (5 MB), but "${path}" has ${size} bytes. Import one article at a time, as plain text.`);
  }
  return checkArticleBytes(fs.readFileSync(path), path);
}

/** Checks an article's bytes and decodes them: UTF-8 text, not empty, mostly Arabic letters. */
export function checkArticleBytes(bytes: Uint8Array, name = 'the article'): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ImportInputError('ARTICLE_TOO_LARGE', `Expected an article of at most ${MAX_ARTICLE_BYTES} bytes (5 MB), but ${name} has ${bytes.length} bytes. Import one article at a time, as plain text.`);
  }
  if (bytes.includes(0)) {
    throw new ImportInputError('BINARY_FILE', `Expected a plain-text article (UTF-8), but ${name} holds NUL bytes: it is a binary file. Save the article as .txt first.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportInputError('BINARY_FILE', `Expected a plain-text article in UTF-8, but ${name} is not valid UTF-8 (a binary file or another encoding). Save it as UTF-8 text.`);
  }
  return checkArticleText(text, name);
}

/** Checks an article's text: not empty, not mostly control characters, Arabic. */
export function checkArticleText(text: string, name = 'the article'): string {
  if (text.trim() === '') throw new ImportInputError('EMPTY_ARTICLE', `Expected the text of an Arabic news article, but ${name} is empty.`);
  const controls = (text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/gu) ?? []).length;
  if (controls > text.length * 0.01) {
    throw new ImportInputError('BINARY_FILE', `Expected a plain-text article, but ${controls} of the ${text.length} characters of ${name} are control characters: it looks binary.`);
  }
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const arabic = (text.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/gu) ?? []).filter((ch) => /\p{L}/u.test(ch)).length;
  if (letters === 0 || arabic / letters < MIN_ARABIC_SHARE) {
    throw new ImportInputError('NOT_ARABIC', `Expected an Arabic news article, but only ${letters === 0 ? 0 : Math.round((arabic / letters) * 100)}% of the letters of ${name} are Arabic (at least ${MIN_ARABIC_SHARE * 100}% are needed). Jisr imports Arabic articles.`);
  }
  return text;
}
