// A party called by another name than the one the draft uses for it: "de klant" in a draft that says
// "opdrachtgever" throughout, "de aannemer" beside "opdrachtnemer", "client" beside "cliënt".
import type { DocumentRule } from './rule';
import type { DocumentModel } from '../model/types';
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
    messages: {
      default: {
        nl: '"{word}" lijkt een andere naam voor de partij die het concept verder "{name}" noemt ({count} keer). Gebruik één naam per partij, zodat niet de vraag rijst of hier een ander is bedoeld.',
        en: '"{word}" seems another name for the party the draft otherwise calls "{name}" ({count} times). Use one name per party, so that no one can ask whether someone else is meant here.',
      },
      unnamed: {
        nl: '"{word}" staat hier als partij, maar het concept noemt geen partij zo; de wederpartij heet "{other}". Noem de partij die is bedoeld bij de naam die het concept voor haar gebruikt.',
        en: '"{word}" stands here as a party, but the draft names no party so; the other party is "{other}". Name the party meant by the name the draft uses for it.',
      },
      spelling: {
        nl: '"{word}" wordt in het concept verder "{name}" geschreven ({count} keer). Houd één schrijfwijze aan.',
        en: '"{word}" is written "{name}" elsewhere in the draft ({count} times). Keep to one spelling.',
      },
    },
  },
  check(model, ctx) {
    // A party word inside a definition describes the term ("Opdrachtgever: de wederpartij van …"): no use as a name.
    const defTexts = model.definitions.map((d) => d.textSpan);
    const hits = partyWords(model).filter((h) => !defTexts.some((s) => s.start <= h.start && h.start < s.end));
    if (!hits.length) return;
    const count = new Map<string, number>();
    for (const h of hits) count.set(h.key, (count.get(h.key) ?? 0) + 1);
    // Per side, the name the draft has chosen: its most used word, if used often enough.
    const chosen: Array<{ key: string; n: number } | undefined> = SIDES.map(() => undefined);
    for (const [key, n] of count) {
      const side = ALL.get(key)!;
      const c = chosen[side];
      if (n >= CHOSEN && (!c || n > c.n)) chosen[side] = { key, n };
    }
    if (chosen.every((c) => !c)) return;
    const defined = new Set(model.definitions.map((d) => d.term.toLowerCase()));
    // A name as the draft mostly writes it ("opdrachtgever" in a draft that defines Opdrachtgever but never capitalises it).
    const written = new Map<string, Map<string, number>>();
    for (const h of hits) {
      const forms = written.get(h.key) ?? new Map<string, number>();
      const w = model.text.slice(h.start, h.start + h.key.length);
      forms.set(w, (forms.get(w) ?? 0) + 1);
      written.set(h.key, forms);
    }
    const shown = (key: string) => [...written.get(key)!].sort((a, b) => b[1] - a[1])[0][0];
    for (const h of hits) {
      const side = ALL.get(h.key)!;
      const c = chosen[side];
      const n = count.get(h.key)!;
      if (c && c.key === h.key) continue;
      if (defined.has(h.key) || n > RARE) continue;
      const end = h.start + h.key.length;
      // "client" beside a frequent "cliënt": the same name, spelled two ways, whatever stands before it.
      const variant = [...count].find(([k, m]) => k !== h.key && fold(k) === fold(h.key) && m >= 3 && m >= 2 * n);
      if (variant) {
        ctx.report({ span: { start: h.start, end }, messageId: 'spelling', args: { word: model.text.slice(h.start, end), name: shown(variant[0]), count: variant[1] } });
        continue;
      }
      if (!naming(model.text, h.start)) continue;
      if (c) {
        if (n * 10 > c.n) continue;
        if (LOOSE.has(h.key) && !model.definitions.some((d) => d.term.toLowerCase() === c.key && d.text.toLowerCase().includes(h.key))) continue;
        const name = shown(c.key);
        ctx.report({
          span: { start: h.start, end },
          args: { word: model.text.slice(h.start, end), name, count: c.n },
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

/** Diacritics off: "cliënt" and "client" are one word spelled two ways. */
function fold(w: string): string {
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The party words in the text, case-insensitively, as whole words. */
function partyWords(model: DocumentModel): Array<{ key: string; start: number }> {
  const out: Array<{ key: string; start: number }> = [];
  // Latin capitals only, one code unit for one: offsets stay those of the text (toLowerCase may not keep them).
  const lower = model.text.replace(/[A-ZÀ-ÖØ-Þ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
  for (const key of ALL.keys()) {
    for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length)) {
      if (isWordCode(lower.charCodeAt(at - 1)) || isWordCode(lower.charCodeAt(at + key.length))) continue;
      // "leverancier(s)", "aannemer-": a word of its own only when no bracket or hyphen continues it.
      const next = lower.charCodeAt(at + key.length);
      if (next === 40 || next === 45) continue;
      out.push({ key, start: at });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether the word stands as the name of a party ("de klant", "door leverancier"), not as any one ("een klant", "haar leverancier"). */
function naming(text: string, at: number): boolean {
  const before = wordBefore(text, at);
  if (before === undefined) return true;
  return NAMING_BEFORE.has(before);
}
