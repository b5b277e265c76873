/**
 * Text for XML 1.0 files. Arabic and any other Unicode text pass through as UTF-8; what XML 1.0 cannot hold
 * at all (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; a lone surrogate) is dropped,
 * since one such character makes the whole file unreadable (Gephi once refused a file over a U+0001).
 */

// Written with escapes so the file holds no control characters of its own.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
// In an attribute a parser turns tab, line feed and carriage return into spaces unless they are references.
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES, '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;',
};

/** Character data of an element: `&`, `<`, `>` escaped (`>` too, so that `]]>` never appears). */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/** A value for a double- or single-quoted attribute; line breaks and tabs survive as character references. */
export function xmlAttribute(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** `name="value"` pairs for the values that are present, each escaped; absent ones are left out. */
export function xmlAttributes(pairs: Readonly<Record<string, string | null | undefined>>): string {
  return Object.entries(pairs)
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string')
    .map(([name, value]) => ` ${name}="${xmlAttribute(value)}"`)
    .join('');
}
