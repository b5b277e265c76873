/**
 * Readable ids for new entities, in the seed graph's style (`org:ruwad-foundation`, `event:2022-11-marib-consultative-meeting`):
 * Arabic names are transliterated letter by letter (a rough, reversible-enough romanisation for an id and a
 * placeholder English name, never a published spelling: the draft asks the curator to check every nameEn).
 */
import { foldArabicLetters } from '../text/arabic-normalize';

const LETTERS: Readonly<Record<string, string>> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd',
  ط: 't', ظ: 'z', ع: 'a', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'a', و: 'w', ي: 'y', ء: '', ة: 'a', ى: 'a',
};

/** A Latin rendering of an Arabic phrase: «مؤسسة رواد التنمية» → «Muasasa Rwad al-Tnmya». */
export function transliterate(text: string): string {
  const words = foldArabicLetters(text).replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/u).filter(Boolean);
  return words.map((word) => {
    if (/^[a-z0-9-]+$/iu.test(word)) return word;
    const article = word.startsWith('ال') && word.length > 3;
    const body = article ? word.slice(2) : word;
    let latin = '';
    for (let i = 0; i < body.length; i += 1) {
      const ch = body[i] as string;
      const next = LETTERS[ch] ?? (/[0-9]/u.test(ch) ? ch : '');
      // A long vowel written as و or ي between consonants reads as u or i.
      if ((ch === 'و' || ch === 'ي') && i > 0 && i < body.length - 1) latin += ch === 'و' ? 'u' : 'i';
      else latin += next;
    }
    const cased = latin.charAt(0).toUpperCase() + latin.slice(1);
    return article ? `al-${cased}` : cased;
  }).join(' ');
}

/** A slug of at most `words` words: lower-case ASCII letters, digits and hyphens. */
export function slugOf(text: string, words = 5): string {
  const latin = transliterate(text).normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toLowerCase();
  const parts = latin.replace(/[^a-z0-9\s-]/gu, ' ').split(/[\s-]+/u).filter(Boolean).slice(0, words * 2);
  const slug = parts.join('-').replace(/-+/gu, '-').slice(0, 60).replace(/-$/u, '');
  return slug || 'unnamed';
}

/** An id not yet taken: `org:x`, then `org:x-2`, `org:x-3`… */
export function freeId(prefix: string, slug: string, taken: Set<string>): string {
  let id = `${prefix}:${slug}`;
  for (let n = 2; taken.has(id); n += 1) id = `${prefix}:${slug}-${n}`;
  taken.add(id);
  return id;
}
