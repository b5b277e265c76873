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

/** The one parameter a statement is sent with: every value it names travels in this map (see `inOneMap`). */
export const PARAMETER_MAP = 'p';

/**
 * The statement with each of its parameters read from one map: `$countryId` becomes `$p.countryId`.
 *
 * Neo4j caches a plan under the statement's text and the types of its parameters, a null and each string's or
 * list's order of magnitude of length included. So every new combination of filters, and every longer id or
 * selection, planned the statement again: the events page takes 1.6–2.1 s to plan on a warm server and 4–5 s on
 * a cold one (a fresh `npm start`'s first query of Lahj's events timed out at 10 s on a loaded machine). A map
 * is one type whatever it holds, so each statement is planned once. Dynamic labels (`$any(…)`, `$(…)`) and
 * quoted text are left as they are.
 */
export function inOneMap(text: string): { text: string; parameters: readonly string[] } {
  const parameters = new Set<string>();
  const mapped = pieces(text).map(({ quoted, piece }) => (quoted ? piece : piece.replace(PARAMETER, (_, name: string) => {
    parameters.add(name);
    return `$${PARAMETER_MAP}.${name}`;
  })));
  return { text: mapped.join(''), parameters: [...parameters] };
}

/** A parameter's name after its `$`, whole, and not a dynamic label's function (`$any(…)`). */
const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_(])/g;

/**
 * Whether the statement may change the graph: an updating clause (CREATE, MERGE, SET, DELETE, REMOVE, FOREACH)
 * outside quoted text. The plan warm-up (src/neo4j/plan-warmup.ts) runs only the others.
 */
export function mayWrite(text: string): boolean {
  const unquoted = pieces(text).map(({ quoted, piece }) => (quoted ? ' ' : piece)).join('');
  return /\b(CREATE|MERGE|SET|DELETE|REMOVE|FOREACH)\b/i.test(unquoted);
}

/** The statement cut into quoted text ('…', "…", `…`) and the code between, in order; comments already dropped. */
function pieces(text: string): { quoted: boolean; piece: string }[] {
  const out: { quoted: boolean; piece: string }[] = [];
  let from = 0;
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === '\'' || c === '"' || c === '`') {
      const end = quotedEnd(text, i);
      out.push({ quoted: false, piece: text.slice(from, i) }, { quoted: true, piece: text.slice(i, end) });
      from = i = end;
    } else {
      i++;
    }
  }
  out.push({ quoted: false, piece: text.slice(from) });
  return out;
}
