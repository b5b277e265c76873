/**
 * The text of a statement as it is sent: without its comments and indentation.
 *
 * The `.cypher` files explain themselves at length, and every request sent all of it: the events page with its
 * lookahead was 25,094 characters, 18 socket writes of the driver's 1,400-byte chunks, packed by the driver and
 * read and hashed by Neo4j on every request (its plan cache is keyed by the text). Without comments and
 * indentation it is 15,857: on the seed graph that statement's client CPU went from 1.93 to 1.79 ms a run,
 * and the card's (6,954 → 4,264) from 1.02 to 0.80 ms (400 interleaved runs each).
 *
 * Line breaks are kept, so that a Neo4j error's line and column still point at a line of the statement. Quoted
 * text ('…', "…" with backslash escapes, `…` with doubled backticks) is kept byte for byte, `//` and a block
 * comment's opening inside it included.
 */
export function compactCypher(text: string): string {
  const lines: string[] = [];
  let line = '';
  let i = 0;
  const endLine = () => {
    const trimmed = line.trim();
    if (trimmed !== '') lines.push(trimmed);
    line = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\'' || c === '"' || c === '`') {
      const end = quotedEnd(text, i);
      line += text.slice(i, end);
      i = end;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
      // A block comment between two tokens still separates them.
      line += ' ';
    } else if (c === '\n') {
      endLine();
      i++;
    } else {
      line += c;
      i++;
    }
  }
  endLine();
  return lines.join('\n');
}

/** The index just after the quoted text opening at `start`; the text's end when it never closes. */
function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (quote !== '`' && c === '\\') {
      i += 2;
    } else if (c === quote) {
      // A backtick inside a quoted name is written twice.
      if (quote === '`' && text[i + 1] === '`') i += 2;
      else return i + 1;
    } else {
      i++;
    }
  }
  return text.length;
}
