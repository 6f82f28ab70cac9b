// The surname of a person named in a contract's parties or signature block: "A. de Boer", "J.K. van der Wal",
// "mevrouw De Vries". Its capital is that of a name, not of a defined term, although "de" before it reads
// like a determiner. Bounded: reads at most a few words back from the surname.

const PARTICLES = new Set(['de', 'den', 'der', 'van', 'ten', 'ter', 'te', 'in', "'t", '’t']);
const TITLES = new Set(['heer', 'mevrouw', 'mevr.', 'mw.', 'dhr.', 'mr.', 'dr.', 'drs.', 'ir.', 'ing.', 'prof.']);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** The start of the word that ends at `end` (letters, apostrophes and full stops), or -1 if none. */
function wordStart(text: string, end: number): number {
  let i = end;
  for (let n = 0; n < 12 && i > 0; n++) {
    const c = text.charCodeAt(i - 1);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || c === 46 || (c >= 0xc0 && c <= 0xff);
    if (!letter) break;
    i--;
  }
  return i < end ? i : -1;
}

/**
 * Whether the capitalised word at `at` is a surname after its particle: one or two particles ("de", "van der")
 * right before it, and before them initials ("A.", "J.K.") or a form of address ("mevrouw", "dhr.").
 */
export function isSurnameAfterParticle(text: string, at: number): boolean {
  let i = at;
  let particles = 0;
  for (;;) {
    if (i === 0 || !isSpace(text.charCodeAt(i - 1))) break;
    const end = i - 1;
    const start = wordStart(text, end);
    if (start < 0) return false;
    const word = text.slice(start, end);
    if (particles < 2 && PARTICLES.has(word.toLowerCase()) && (particles > 0 || word === word.toLowerCase() || word.length <= 3)) {
      particles++;
      i = start;
      continue;
    }
    if (particles === 0) return false;
    // Initials: capitals each closed by a full stop ("A.", "J.K.", "A.B.C.").
    if (/^(?:[A-Z]\.){1,4}$/.test(word)) return true;
    return TITLES.has(word.toLowerCase());
  }
  return false;
}

/**
 * Whether the capitalised word at `at` follows a determiner written with a capital inside a sentence, after a
 * word: "Woningstichting Het Anker", "café De Zwaan". The capital of "Het" there is that of a name.
 */
export function isNameAfterCapitalArticle(text: string, at: number): boolean {
  if (at < 2 || !isSpace(text.charCodeAt(at - 1))) return false;
  const end = at - 1;
  const start = wordStart(text, end);
  if (start < 0) return false;
  const word = text.slice(start, end);
  if (word !== 'De' && word !== 'Het' && word !== 'Den' && word !== "'T" && word !== "'t") return false;
  // The word before it ends in a letter: not a sentence start, a list marker or a number.
  let i = start - 1;
  if (i < 0 || !isSpace(text.charCodeAt(i))) return false;
  while (i > 0 && isSpace(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xdf && c <= 0xff);
}
