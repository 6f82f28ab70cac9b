// Capitalised compounds that start with a defined term: built on the term ("Gebruikersnaam" on Gebruiker),
// or another word that only shares its first letters ("Dienstverleningsvoorwaarden" beside Dienst).

/** "Leveringsvoorwaarden", "Klachtenreglement", "Privacyverklaring": by its last part, the title of a document. */
export const DOCUMENT_TITLE = /^\p{Lu}\p{Ll}{2,}(?:voorwaarden|reglement|verklaring|beleid)$/u;

// What may join a term to the rest of a compound: "Gebruiker-s-naam", "Partij-en-overleg", "Bijlage-n-set".
const LINKS = new Set(['', 's', 'e', 'en', 'n', '-']);

/** /[a-zß-öø-ÿ]/ on one code unit. */
function isLowerLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/**
 * The words the draft writes in lower case that start with the term's letters and go on past them by more
 * than a linking sound ("dienstverlening" for Dienst, not "gebruikers" for Gebruiker): ordinary words of
 * the draft, which a compound starting with them is built on instead of the term.
 */
export function ordinaryWordsAfter(text: string, term: string): Set<string> {
  const out = new Set<string>();
  const lower = term.toLowerCase();
  if (lower === term) return out;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue;
    let end = at + lower.length;
    while (end < text.length && end - at < 60 && isLowerLetter(text.charCodeAt(end))) end++;
    const word = text.slice(at, end);
    if (!LINKS.has(word.slice(lower.length))) out.add(word);
  }
  return out;
}

/**
 * Whether a capitalised compound that starts with `term` is built on it: not the title of a document, and
 * not starting with an ordinary word of the draft that runs past the term ("Dienstverleningsvoorwaarden"
 * where the draft writes "dienstverlening").
 */
export function builtOnTerm(compound: string, ordinary: Set<string>): boolean {
  if (DOCUMENT_TITLE.test(compound)) return false;
  const lower = compound.toLowerCase();
  for (const w of ordinary) if (lower.startsWith(w)) return false;
  return true;
}
