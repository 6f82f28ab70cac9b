// The spelling dictionary as the rules see it. The host (server, CLI) loads a word list from disk
// (server/src/node/dictionary.ts: OpenTaal's Hunspell dictionary) and installs it here; the core never
// reads files, and without an installed list the dictionary-based checks simply report nothing.
import legal from '../rules/data/woorden-juridisch.json';
import { detached } from '../text/detached';

/** What a loaded dictionary offers: a membership test and suggestions (both may be slow; cached here). */
export interface WordList {
  has(word: string): boolean;
  suggest(word: string): string[];
  /**
   * Nouns of three letters ("map", "dag", "bon"), lower case: they may end a compound ("installatiemap").
   * Hunspell's own compounding leaves them out, and so does the splitter below without this list.
   */
  shortNouns?: ReadonlySet<string>;
}

const LEGAL = new Set([...(legal.words as string[]), ...(legal.ict as string[]), ...(legal.trade as string[])].map((w) => w.toLowerCase()));
// Linking sounds between the parts of a Dutch compound ("verhaal-s-mogelijkheid", "pannen-koek").
const LINKS = ['s', 'e', 'en', 'n'];
// Regular derivations the word list leaves out: "kwaadwillend-heid", "beperkend-er", "geëmuleerd-e".
const SUFFIXES = ['heid', 'heden', 'er', 'ere', 'ers'];
// Short function words are no compound heads: "prijs-wij-zingen" must not pass for "prijswijzigingen".
const NO_HEAD = new Set(['wij', 'zij', 'hij', 'jij', 'mij', 'zich', 'het', 'een', 'die', 'dat', 'wat', 'wie', 'hun', 'ons', 'dan', 'als', 'ook', 'nog', 'des', 'der', 'den', 'ter', 'ten', 'tot', 'per', 'maar', 'dus', 'toe', 'zou', 'kon', 'was', 'had', 'ben', 'bent', 'zal',
  // Nor are auxiliaries and "niet": "wordt-gevraagd", "niet-herleidbare" written as one word.
  'wordt', 'worden', 'zullen', 'kunnen', 'moeten', 'niet']);

// Pronouns and adverbs end no compound: "van-onze", "aan-niets", "met-elkaar" are two words run together.
const NO_TAIL = new Set(['onze', 'iets', 'niets', 'elkaar', 'deze', 'welke', 'zijn', 'haar', 'hun', 'hen', 'jullie', 'mijn', 'jouw', 'uw', 'hierbij', 'daarbij', 'waarbij', 'zelf', 'zich',
  // Nor do auxiliaries, "niet", conjunctions and "door": "opdrachtnemer-zullen", "ontbinden-indien", "prijsopgaven-door".
  'zullen', 'kunnen', 'moeten', 'mogen', 'worden', 'wordt', 'werden', 'heeft', 'hebben', 'komen', 'komt', 'niet', 'door', 'indien', 'tenzij', 'zodat', 'omdat', 'nadat', 'zodra', 'zoals']);

/** A word list with a cache per unique word, compound splitting and the legal-Dutch additions. */
export class Speller {
  private readonly known = new Map<string, boolean>();
  private readonly suggested = new Map<string, string[]>();
  private readonly compounds = new Map<string, boolean>();
  private readonly listed = new Map<string, boolean>();

  constructor(private readonly list: WordList) {}

  /** Whether the word (letters, inner hyphens or apostrophes) is correct Dutch. */
  isWord(word: string): boolean {
    return remembered(this.known, 200_000, word, () => this.decide(word));
  }

  /** Whether the word itself is listed (the dictionary or the legal additions), without compounding or derivation. */
  isListed(word: string): boolean {
    return remembered(this.listed, 100_000, word, () => this.has(word));
  }

  /** Up to `max` corrections, best first (Hunspell's order). */
  suggestions(word: string, max = 3): string[] {
    if (word.length > 30) return [];
    let s = this.suggested.get(word);
    if (!s) {
      try {
        s = this.list.suggest(word).filter((x) => x !== word && !/\s\S+\s/.test(x));
      } catch {
        s = [];
      }
      if (this.suggested.size > 10_000) this.suggested.clear();
      this.suggested.set(detached(word), s);
    }
    return s.slice(0, max);
  }

  private has(word: string): boolean {
    if (LEGAL.has(word.toLowerCase())) return true;
    try {
      return this.list.has(word);
    } catch {
      return true; // a failing dictionary must not produce findings
    }
  }

  private decide(word: string): boolean {
    if (this.has(word)) return true;
    // "niet-gelieerde", "back-up-kopie": each part on its own; a part before a hyphen may end in a linking
    // sound, as where a long compound is split for reading ("toegankelijkheids-problemen").
    if (word.includes('-')) {
      const parts = word.split('-');
      // A short first part is an abbreviation or a foreign word ("car-audioapparatuur", "pc-gebruik"): the rest decides.
      if (parts.length > 1 && parts[0].length <= 3 && this.isWord(parts.slice(1).join('-'))) return true;
      return parts.every((p, i) => p.length < 2 || this.isWord(p) || (i < parts.length - 1 && this.linkedHead(p))) || this.hyphenatedHead(word);
    }
    const lower = word.toLowerCase();
    if (lower.startsWith('on') && lower.length >= 7 && this.has(lower.slice(2))) return true;
    for (const s of SUFFIXES) if (lower.length - s.length >= 5 && lower.endsWith(s) && this.has(lower.slice(0, -s.length))) return true;
    // "-eerbaar" from a verb in "-eren" ("configureerbaar"), also after a trema ("sublicentiëren" →
    // "sublicentieerbaar", as "variëren" → "varieerbaar"): a regular derivation the list leaves out.
    const able = /^(\p{L}{3,})eerba(?:ar|re)$/u.exec(lower)?.[1];
    if (able && (this.has(`${able}eren`) || (able.endsWith('i') && this.has(`${able.slice(0, -1)}iëren`)))) return true;
    // A strong participle made a noun ("het overeengekomene", "het gegevene"): the participle and an e.
    // A participle with ge- and at least two letters before its -en.
    if (lower.endsWith('ene') && lower.indexOf('ge') >= 0 && lower.indexOf('ge') <= lower.length - 7 && this.has(lower.slice(0, -1))) return true;
    return this.compound(lower, 0);
  }

  /**
   * Dutch writes compounds as one word and no dictionary lists them all: a word is accepted when it
   * splits into a known head (optionally with a linking s/e/en) and a known or itself compound tail.
   */
  private compound(word: string, depth: number): boolean {
    if (word.length < 7 || depth > 1) return false;
    const key = `${depth}${word}`;
    let v = this.compounds.get(key);
    if (v === undefined) {
      v = this.splits(word, depth);
      if (this.compounds.size > 200_000) this.compounds.clear();
      this.compounds.set(key, v);
    }
    return v;
  }

  // The head is tested first: most prefixes of a typing error are no word, so the tail (and its own
  // splits) is looked up only behind a known head, which keeps an edit's new word to a few dozen lookups.
  private splits(word: string, depth: number): boolean {
    // A three-letter tail only when OpenTaal lists it as a noun, behind a head of four letters or more
    // ("installatie" + "map"): any short word at the end would let typing errors through.
    const tail3 = word.slice(-3);
    if (word.length >= 7 && this.list.shortNouns?.has(tail3)) {
      const head = word.slice(0, -3);
      if (!NO_HEAD.has(head) && this.knownHead(head)) return true;
    }
    for (let i = word.length - 4; i >= 3; i--) {
      const head = word.slice(0, i);
      if (NO_HEAD.has(head) || !this.knownHead(head)) continue;
      const tail = word.slice(i);
      if (NO_TAIL.has(tail)) continue;
      if (this.has(tail) || this.compound(tail, depth + 1)) return true;
    }
    return false;
  }

  /**
   * A compound whose head is itself a hyphenated word: "back-up" + "kopieën", "e-mail" + "berichten". Its
   * last part ("upkopieën") is no word, so the parts cannot be judged one by one.
   */
  private hyphenatedHead(word: string): boolean {
    const cut = word.lastIndexOf('-') + 1;
    const last = word.slice(cut);
    for (let i = 2; i <= last.length - 3; i++) {
      const tail = last.slice(i).toLowerCase();
      if (this.has(word.slice(0, cut + i)) && (this.has(tail) || this.compound(tail, 1))) return true;
    }
    return false;
  }

  /** A head before a hyphen: a word with its linking sound, the word itself possibly a compound. */
  private linkedHead(part: string): boolean {
    const lower = part.toLowerCase();
    for (const link of LINKS) {
      if (lower.length - link.length >= 3 && lower.endsWith(link) && this.isWord(lower.slice(0, -link.length))) return true;
    }
    return false;
  }

  private knownHead(head: string): boolean {
    // A head of three letters only when OpenTaal lists it as a noun ("dag", "bus"): "van", "aan", "met" before
    // a noun are two words run together ("vantoepassing"), and "deo", "tea", "omi" cut a word wrongly.
    if (this.shortHead(head)) return false;
    if (this.has(head)) return true;
    for (const link of LINKS) {
      if (head.length - link.length < 3 || !head.endsWith(link)) continue;
      const base = head.slice(0, -link.length);
      if (!NO_HEAD.has(base) && !this.shortHead(base) && this.has(base)) return true;
    }
    return false;
  }

  private shortHead(head: string): boolean {
    return head.length === 3 && !!this.list.shortNouns && !this.list.shortNouns.has(head);
  }

}

let installed: Speller | undefined;
let generation = 0;

/** Installs (or, with undefined, removes) the dictionary; analyses after this see it. */
export function installDictionary(list: WordList | undefined): void {
  installed = list && new Speller(list);
  generation++;
}

export function dictionary(): Speller | undefined {
  return installed;
}

/** Changes with each install, so cached findings made with another dictionary are not reused. */
export function dictionaryGeneration(): number {
  return generation;
}

/** The answer kept for a word, computed once; the cache starts over past `limit` words (a long draft's typos). */
function remembered(cache: Map<string, boolean>, limit: number, word: string, compute: () => boolean): boolean {
  let v = cache.get(word);
  if (v === undefined) {
    v = compute();
    if (cache.size > limit) cache.clear();
    // The word is cut from an article's text: kept as a key, it would pin that version of the article.
    cache.set(detached(word), v);
  }
  return v;
}
