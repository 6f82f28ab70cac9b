// A party called by another name than the one the draft uses for it: "de klant" in a draft that says
// "opdrachtgever" throughout, "de aannemer" beside "opdrachtnemer", "client" beside "cliënt".
import type { DocumentRule, RuleContext } from '../kit/rule';
import type { Block, DocumentModel } from '../model/types';
import { hitsOf, triggerWords } from '../text/triggerWords';
import { isWordCode, wordBefore } from '../model/definitions';
import partyData from './data/partijnamen.json';

interface Side {
  words: string[];
}

const SIDES: Side[] = (partyData as { sides: Side[] }).sides;
const LOOSE = new Set((partyData as { loose: string[] }).loose);
const ALL = new Map<string, number>();
SIDES.forEach((s, k) => s.words.forEach((w) => ALL.set(w, k)));
/** A side's name: used this often, the draft has chosen it. */
const CHOSEN = 10;
/** Another name of the same side, used at most this often and in at most a tenth of the chosen name's uses, is a slip. */
const RARE = 5;
// Before a party's name: nothing (a name, "door leverancier"), or an article that points at the one party.
const NAMING_BEFORE = new Set(['de', 'het', 'deze', 'die', 'van', 'door', 'aan', 'met', 'voor', 'tot', 'bij', 'dat', 'indien', 'wanneer', 'zodra', 'mits', 'tenzij', 'waarin', 'waarbij']);

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'definitie-partijnaam',
    category: 'definities',
    defaultSeverity: 'information',
    title: { nl: 'Partij met een andere naam', en: 'Party under another name' },
    // The same other name for a party is one habit, wherever the draft uses it.
    habit: { key: 'words' },
    messages: {
      default: {
        nl: '"{word}" lijkt een andere naam voor de partij die het concept verder "{name}" noemt. Gebruik één naam per partij, zodat niet de vraag rijst of hier een ander is bedoeld.',
        en: '"{word}" seems another name for the party the draft otherwise calls "{name}". Use one name per party, so that no one can ask whether someone else is meant here.',
      },
      unnamed: {
        nl: '"{word}" staat hier als partij, maar het concept noemt geen partij zo; de wederpartij heet "{other}". Noem de partij die is bedoeld bij de naam die het concept voor haar gebruikt.',
        en: '"{word}" stands here as a party, but the draft names no party so; the other party is "{other}". Name the party meant by the name the draft uses for it.',
      },
      spelling: {
        nl: '"{word}" wordt in het concept verder "{name}" geschreven. Houd één schrijfwijze aan.',
        en: '"{word}" is written "{name}" elsewhere in the draft. Keep to one spelling.',
      },
    },
  },
  // No count of the chosen name in the messages: replacing one slip by that name would change every other
  // finding's message, as if the fix had made new findings.
  check(model, ctx) {
    const articles = partyWords(model, ctx);
    // A party word inside a definition describes the term ("Opdrachtgever: de wederpartij van …"): no use as a name.
    const spans = model.definitions.map((d) => d.textSpan);
    const inDefinition = (at: number) => spans.some((s) => s.start <= at && at < s.end);
    const count = new Map<string, number>();
    for (const a of articles) {
      if (!spans.some((s) => s.start < a.end && a.start < s.end)) {
        for (const [key, n] of a.words.count) count.set(key, (count.get(key) ?? 0) + n);
        continue;
      }
      for (const h of a.words.hits) if (!inDefinition(a.start + h.start)) count.set(h.key, (count.get(h.key) ?? 0) + 1);
    }
    if (!count.size) return;
    // Per side, the name the draft has chosen: its most used word, if used often enough.
    const chosen: Array<{ key: string; n: number } | undefined> = SIDES.map(() => undefined);
    for (const [key, n] of count) {
      const side = ALL.get(key)!;
      const c = chosen[side];
      if (n >= CHOSEN && (!c || n > c.n)) chosen[side] = { key, n };
    }
    if (chosen.every((c) => !c)) return;
    const defined = new Set(model.definitions.map((d) => d.term.toLowerCase()));
    // Only a word used seldom, and not the chosen name nor a defined term, can be a slip.
    const suspect = new Set([...count].filter(([key, n]) => n <= RARE && chosen[ALL.get(key)!]?.key !== key && !defined.has(key)).map(([key]) => key));
    if (!suspect.size) return;
    // A name as the draft mostly writes it ("opdrachtgever" in a draft that defines Opdrachtgever but never capitalises it).
    const shownOf = new Map<string, string>();
    const shown = (key: string) => {
      let w = shownOf.get(key);
      if (w === undefined) {
        const forms = new Map<string, number>();
        for (const h of usesOf(model.text, articles, new Set([key]), inDefinition)) forms.set(h.written, (forms.get(h.written) ?? 0) + 1);
        w = [...forms].sort((a, b) => b[1] - a[1])[0][0];
        shownOf.set(key, w);
      }
      return w;
    };
    for (const h of usesOf(model.text, articles, suspect, inDefinition)) {
      const side = ALL.get(h.key)!;
      const c = chosen[side];
      const n = count.get(h.key)!;
      const end = h.start + h.key.length;
      // "client" beside a frequent "cliënt": the same name, spelled two ways, whatever stands before it.
      const variant = [...count].find(([k, m]) => k !== h.key && fold(k) === fold(h.key) && m >= 3 && m >= 2 * n);
      if (variant) {
        ctx.report({ span: { start: h.start, end }, messageId: 'spelling', args: { word: model.text.slice(h.start, end), name: shown(variant[0]) } });
        continue;
      }
      if (!naming(model.text, h.start)) continue;
      if (c) {
        if (n * 10 > c.n) continue;
        if (LOOSE.has(h.key) && !model.definitions.some((d) => d.term.toLowerCase() === c.key && d.text.toLowerCase().includes(h.key))) continue;
        const name = shown(c.key);
        ctx.report({
          span: { start: h.start, end },
          args: { word: model.text.slice(h.start, end), name },
          fixes: [{ title: { nl: `Vervang door: ${name}`, en: `Replace with: ${name}` }, edits: [{ span: { start: h.start, end }, newText: name }] }],
        });
      } else if (n <= 2 && !LOOSE.has(h.key)) {
        // No name chosen for this side: a stray party word, left over from another model text.
        const other = chosen.find((x) => x !== undefined)!;
        ctx.report({ span: { start: h.start, end }, messageId: 'unnamed', args: { word: model.text.slice(h.start, end), other: shown(other.key) } });
      }
    }
  },
};

/** The uses of these words outside the definitions, in text order, at offsets in the document. */
function* usesOf(text: string, articles: ArticleParties[], keys: ReadonlySet<string>, inDefinition: (at: number) => boolean): Generator<PartyUse> {
  for (const a of articles) {
    let any = false;
    for (const key of keys) any ||= a.words.count.has(key);
    if (!any) continue;
    for (const h of a.words.hits) {
      const at = a.start + h.start;
      if (keys.has(h.key) && !inDefinition(at)) yield { key: h.key, start: at, written: text.slice(at, at + h.key.length) };
    }
  }
}

/** Diacritics off: "cliënt" and "client" are one word spelled two ways. */
function fold(w: string): string {
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// The party words are found by the engine's literal gates, cached with the article: after an edit only the
// edited article is read again. They are common trigger words: the block rules have that group's automaton
// pass made on every article anyway, so the party words cost no pass of their own.
const PARTY_KEYS = [...ALL.keys()];
const PARTY_IDS = triggerWords(PARTY_KEYS);

interface PartyHit {
  key: string;
  start: number;
}

/** A use in the document, with the word as written there ("Opdrachtgever", "opdrachtgever"). */
interface PartyUse extends PartyHit {
  written: string;
}

/** One article's party words (offsets in the article, in text order) and how often each occurs. */
interface ArticleWords {
  hits: PartyHit[];
  count: Map<string, number>;
}

interface ArticleParties {
  start: number;
  end: number;
  words: ArticleWords;
}

/** The party words of each article, case-insensitively, as whole words; an article's words are remembered with its text. */
function partyWords(model: DocumentModel, ctx: RuleContext): ArticleParties[] {
  const blocks: Block[] = model.blocks.length ? model.blocks : [{ span: { start: 0, end: model.text.length }, text: model.text, firstLine: 0 }];
  const memo = ctx.memo?.<ArticleWords>('definitie-partijnaam:words');
  const read = (b: Block): ArticleWords => {
    const hits = wordsOf(b);
    const count = new Map<string, number>();
    for (const h of hits) count.set(h.key, (count.get(h.key) ?? 0) + 1);
    return { hits, count };
  };
  return blocks.map((b) => ({ start: b.span.start, end: b.span.end, words: memo ? memo.getOrCreate(b.text, () => read(b)) : read(b) }));
}

/** The party words of one article, at offsets in the article, in text order. */
function wordsOf(b: Block): PartyHit[] {
  const out: PartyHit[] = [];
  const keys = PARTY_KEYS;
  let exact = true;
  let positions = PARTY_IDS.map((id) => {
    const h = hitsOf(b, id);
    exact = h.exact;
    return h.at;
  });
  // Lower-casing changed the article's length (a rare letter such as U+0130): its positions are not the
  // text's, so that article is searched word by word in a lower case of the same length.
  if (!exact) {
    const lower = lowerSameLength(b.text);
    positions = keys.map((key) => occurrences(lower, key));
  }
  positions.forEach((at, k) => {
    const key = keys[k];
    for (const i of at) {
      if (isWordCode(b.text.charCodeAt(i - 1)) || isWordCode(b.text.charCodeAt(i + key.length))) continue;
      const next = b.text.charCodeAt(i + key.length);
      if (next === 40 || next === 45) continue;
      // "Client Portal", "Klant Online": a capitalised party word before another capitalised word names a product.
      const first = b.text.charCodeAt(i);
      if (first >= 65 && first <= 90 && PRODUCT_AFTER.test(b.text.slice(i + key.length, i + key.length + 4))) continue;
      // No cut of the text: the hits are kept while the article is unchanged, and read where they are used.
      out.push({ key, start: i });
    }
  });
  return out.sort((x, y) => x.start - y.start);
}

const PRODUCT_AFTER = /^[ \t][A-Z][a-z]/;

/** A-Z and À-Þ lowered, nothing else: the same length as the text. */
function lowerSameLength(text: string): string {
  return text.replace(/[A-ZÀ-ÖØ-Þ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) out.push(at);
  return out;
}

/** Whether the word stands as the name of a party ("de klant", "door leverancier"), not as any one ("een klant", "haar leverancier"). */
function naming(text: string, at: number): boolean {
  const before = wordBefore(text, at);
  if (before === undefined) return true;
  return NAMING_BEFORE.has(before);
}
