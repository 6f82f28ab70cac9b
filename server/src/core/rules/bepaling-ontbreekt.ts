import type { DocumentRule, RuleContext } from '../kit/rule';
import type { Fix, Localized } from '../types';
import type { DocumentModel, StructureNode } from '../model/types';
import { variantFor, type Clause } from '../library/clauses';
import { fillClause } from '../library/fill';
import { draftStyle, restyleClause, type RestyleOptions } from '../library/draftStyle';
import type { Block } from '../model/types';
import { matchesNear, triggerWords } from '../text/triggerWords';
import { blocksStartLines, windowHasTrigger } from '../engine/seams';
import { foreignLaw, KIND_NAMES, type DocumentKindId } from '../model/documentKind';
import { frontMatterEnd } from '../text/frontMatter';
import { superseded } from '../model/update';

interface Topic {
  id: string;
  name: Localized;
  why: Localized;
  present: RegExp;
  /** The most UTF-16 code units a match of `present` can span (a \p{L} may take two). */
  maxLen: number;
  /** Every match holds one of these (lower case), starting at most `back` units into the match. */
  words: string[];
  back: number;
  /** Library clause (base id) that covers the topic; none where the library has no clause for it. */
  clause?: string;
  /** Asked only of these kinds of document (model.documentKind); of every kind when absent. */
  kinds?: DocumentKindId[];
  /** The article title when only this topic's part of a shared library clause is inserted. */
  title?: string;
}

const G = '[ \\t\\r\\n]{1,4}';
export const TOPICS: Topic[] = [
  {
    id: 'recht',
    name: { nl: 'het toepasselijk recht', en: 'the governing law' },
    why: { nl: 'Zonder rechtskeuze bepaalt het internationaal privaatrecht (Rome I) welk recht geldt; met een buitenlandse klant is dat niet vanzelf Nederlands recht.', en: 'Without a choice of law, private international law (Rome I) decides which law applies; with a foreign customer that is not necessarily Dutch law.' },
    present: new RegExp(`(?:Nederlands|Nederlandse)${G}recht|recht${G}(?:\\p{L}{1,20}${G}){0,2}?van${G}toepassing|toepasselijk${G}recht|beheerst${G}door`, 'iu'),
    maxLen: 128,
    words: ['nederlands', 'recht', 'toepasselijk', 'beheerst'],
    back: 0,
    clause: 'av-recht',
    title: 'Toepasselijk recht',
  },
  {
    id: 'geschillen',
    name: { nl: 'geschillen en de bevoegde rechter', en: 'disputes and the competent court' },
    why: {
      nl: 'Zonder forumkeuze of geschillenregeling bepaalt de wet welke rechter bevoegd is. Tussen bedrijven wilt u meestal een vaste rechtbank, mediation of eerst overleg afspreken. Tegenover een consument is het ontbreken geen gebrek: een beding dat het geschil door een ander dan de volgens de wet bevoegde rechter laat beslechten, is dan onredelijk bezwarend, tenzij de consument een maand krijgt om alsnog voor die rechter te kiezen (artikel 6:236 sub n BW); gebruikelijk is wel een regeling voor klachten, en de vermelding van een geschillencommissie als u daarbij bent aangesloten.',
      en: 'Without a forum or dispute clause the law decides which court is competent. Between businesses you usually want a fixed court, mediation or a first round of talks. Towards a consumer the gap is no defect: a clause that has anyone other than the court competent by law decide the dispute is then unreasonably onerous, unless the consumer gets a month to choose that court after all (article 6:236(n) BW); it is usual, though, to set out how complaints are handled, and to name a disputes committee if you are a member of one.',
    },
    present: new RegExp(`bevoegde${G}rechter|rechtbank|kantonrechter|arbitrage|arbiter|geschillencommissie|bindend${G}advies|mediation|geschil\\p{L}{0,5}[^.;]{0,160}?(?:voorgelegd|voorleggen|beslecht|beslist|onderworpen|opgelost|oplossen)`, 'iu'),
    maxLen: 400,
    words: ['bevoegde', 'rechtbank', 'kantonrechter', 'arbit', 'geschil', 'bindend', 'mediation'],
    back: 0,
    clause: 'av-recht',
    title: 'Geschillen',
  },
  {
    id: 'aansprakelijkheid',
    name: { nl: 'aansprakelijkheid', en: 'liability' },
    why: { nl: 'Zonder aansprakelijkheidsbepaling geldt de volledige wettelijke schadevergoedingsplicht (artikelen 6:74 en 6:95 e.v. BW), zonder maximum.', en: 'Without a liability clause the full statutory duty to pay damages applies (articles 6:74 and 6:95 ff. BW), without a cap.' },
    present: /aansprakelijk/i,
    maxLen: 16,
    words: ['aansprakelijk'],
    back: 0,
    clause: 'av-aansprakelijkheid',
  },
  {
    id: 'overmacht',
    name: { nl: 'overmacht', en: 'force majeure' },
    why: {
      nl: 'Ook zonder beding wordt een tekortkoming niet toegerekend als zij niet aan de schuld van de schuldenaar te wijten is en niet krachtens wet, rechtshandeling of in het verkeer geldende opvattingen voor zijn rekening komt (artikel 6:75 BW). Tussen bedrijven noemen voorwaarden gewoonlijk wat als overmacht geldt (bijvoorbeeld storingen bij toeleveranciers) en wanneer partijen na langdurige overmacht mogen ontbinden. Tegenover een consument is het ontbreken geen gebrek: een beding dat de gebruiker verder van schadevergoeding bevrijdt dan de wet, wordt dan vermoed onredelijk bezwarend te zijn (artikel 6:237 sub f BW).',
      en: 'Even without a clause, a failure is not attributed to the debtor if it is not his fault and is not for his account by law, juristic act or common opinion (article 6:75 BW). Between businesses, terms usually say what counts as force majeure (e.g. supplier outages) and when parties may terminate after a long one. Towards a consumer the gap is no defect: a clause that frees the user from damages further than the law is then presumed unreasonably onerous (article 6:237(f) BW).',
    },
    present: /overmacht|force[ \t\n]{1,4}majeure|niet[ \t\n]{1,4}toerekenbare[ \t\n]{1,4}tekortkoming|kan[ \t\n]{1,4}worden[ \t\n]{1,4}toegerekend/i,
    maxLen: 48,
    // "kan worden toegerekend": the word starts 17 units in at most.
    words: ['overmacht', 'force', 'toerekenbare', 'toegerekend'],
    back: 17,
    clause: 'av-overmacht',
  },
  {
    id: 'beeindiging',
    name: { nl: 'duur en beëindiging', en: 'term and termination' },
    why: { nl: 'Zonder bepaling over duur en opzegging gelden de wettelijke regels, zoals de vrije opzegging door de opdrachtgever (artikel 7:408 BW), en is onduidelijk wanneer een duurovereenkomst eindigt.', en: 'Without a clause on term and termination the statutory rules apply, such as the client\'s free termination (article 7:408 BW), and it is unclear when a continuing contract ends.' },
    // A one-off contract (a ticket, a session, a distance sale) ends by performance: its cancellation
    // or withdrawal clause is its way out.
    present: /opzeg|opgezegd|beëindig|eindigt|ontbind|looptijd|annuler|herroep|retourne/i,
    maxLen: 16,
    words: ['opzeg', 'opgezegd', 'beëindig', 'eindigt', 'ontbind', 'looptijd', 'annuler', 'herroep', 'retourne'],
    back: 0,
    clause: 'av-duur',
  },
  {
    // A processing agreement must itself stipulate what article 28 lid 3 AVG lists, whatever the main agreement
    // it belongs to says on law, forum or liability; audits are the element drafts most often leave out.
    id: 'audit',
    name: { nl: 'audits', en: 'audits' },
    why: {
      nl: 'Artikel 28 lid 3 AVG schrijft voor dat de verwerkersovereenkomst met name bepaalt dat de verwerker "de verwerkingsverantwoordelijke alle informatie ter beschikking stelt die nodig is om de nakoming van de in dit artikel neergelegde verplichtingen aan te tonen en audits, waaronder inspecties, door de verwerkingsverantwoordelijke of een door de verwerkingsverantwoordelijke gemachtigde controleur mogelijk maakt en eraan bijdraagt" (sub h). Neem een auditbepaling op, met wie de kosten draagt en hoe vaak een audit mag plaatsvinden.',
      en: 'Article 28(3) GDPR requires the processing agreement to stipulate in particular that the processor makes available to the controller all information necessary to demonstrate compliance with the obligations in that article, and allows for and contributes to audits, including inspections, by the controller or an auditor it mandates (point (h)). Add an audit clause, saying who bears the costs and how often an audit may take place.',
    },
    // "controles (laten) uitvoeren": the word an audit clause often uses instead.
    present: new RegExp(
      `audit|inspectie|inspecteren|(?:laten|te)${G}controleren|controle${G}(?:op|van)${G}(?:de${G})?(?:naleving|nakoming)|controles?${G}(?:[\\p{L}()]{1,20}${G}){0,4}?(?:uit${G}(?:te${G})?(?:laten${G})?voeren|uitvoeren|(?:te${G})?verrichten)(?![\\p{L}])`,
      'iu',
    ),
    maxLen: 240,
    // "laten controleren": the word starts 9 units in at most.
    words: ['audit', 'inspect', 'controle'],
    back: 9,
    kinds: ['verwerkersovereenkomst'],
  },
];

// Filling a snippet parses it; the fix is offered on every analysis, so the text is kept per clause and number.
const filledCache = new Map<string, string>();
export function filled(clause: Clause, number: number): string {
  const key = `${clause.id}|${number}`;
  let body = filledCache.get(key);
  if (body === undefined) {
    if (filledCache.size > 500) filledCache.clear();
    body = fillClause(clause, { number, values: courtPlaceholders(clause) });
    filledCache.set(key, body);
  }
  return body;
}

/**
 * The library names an example court ("rechtbank ${2:Midden-Nederland}"); a fix cannot know the user's,
 * so it leaves a placeholder the placeholder rule reports until it is filled in.
 */
const COURT_PLACEHOLDER = '[plaats]';
function courtPlaceholders(clause: Clause): Record<number, string> {
  const values: Record<number, string> = {};
  for (const m of clause.body.matchAll(/rechtbank \$\{(\d+):/g)) values[Number(m[1])] = COURT_PLACEHOLDER;
  return values;
}

/** The audience whose clause a fix inserts: the consumer's where the draft may yet address consumers. */
export function fixAudience(ctx: RuleContext): 'b2b' | 'b2c' {
  return ctx.audienceUndecided ? 'b2c' : ctx.audience;
}

/** The highest article number in the draft (0 when none). */
export function lastArticleNumber(model: DocumentModel): number {
  let last = 0;
  for (const a of model.nodes) {
    if (a.kind !== 'article') continue;
    const n = Number.parseInt(a.path[0] ?? a.written, 10);
    if (Number.isFinite(n) && n > last) last = n;
  }
  return last;
}

/**
 * A fix that appends a library clause as the draft's next article, written as the draft writes its articles
 * (heading form, leden, blank lines, line endings and its words for the parties and terms).
 */
export function appendClauseFix(model: DocumentModel, clause: Clause, number: number, options?: RestyleOptions): Fix {
  const { text } = model;
  const style = draftStyle(model);
  const { eol } = style;
  const body = restyleClause(filled(clause, number), style, number, options);
  const blank = style.blankBeforeArticle;
  const endsBlank = endsInBlankLine(text) || text.trim() === '';
  const sep = text === '' || endsBlank ? '' : /\n$/.test(text) ? (blank ? eol : '') : eol + (blank ? eol : '');
  const newText = `${sep}${body}${eol}`;
  // Once inserted, the editor shows the placeholder to fill in, or else the new heading.
  const placeholder = newText.indexOf(COURT_PLACEHOLDER);
  const reveal = placeholder >= 0 ? { edit: 0, start: placeholder, end: placeholder + COURT_PLACEHOLDER.length } : { edit: 0, start: sep.length, end: newText.indexOf(eol, sep.length) };
  return {
    title: { nl: `Bepaling "${clause.title}" uit de bibliotheek invoegen`, en: `Insert the library clause "${clause.title}"` },
    edits: [{ span: { start: text.length, end: text.length }, newText }],
    reveal,
  };
}

/**
 * appendClauseFix as a Report's fixes, built only when someone reads them (a code action): restyling a library
 * clause reads the draft's words for the parties article by article, more than the check itself costs. Empty
 * once an edit has moved the model on (see `Report.fixes`).
 */
export function appendClauseFixes(model: DocumentModel, clause: Clause, number: number, options?: RestyleOptions): () => Fix[] {
  return () => (superseded(model) ? [] : [appendClauseFix(model, clause, number, options)]);
}

/** Whether the text ends in a blank line (a line break, spaces or tabs, a line break): read from its end only. */
function endsInBlankLine(text: string): boolean {
  let i = text.length - 1;
  if (text[i] !== '\n') return false;
  i--;
  if (text[i] === '\r') i--;
  while (text[i] === ' ' || text[i] === '\t') i--;
  return text[i] === '\n';
}

/** The topics (bit i for TOPICS[i]) whose pattern matches in `text`. */
function topicsIn(text: string): number {
  let bits = 0;
  for (let i = 0; i < TOPICS.length; i++) if (TOPICS[i].present.test(text)) bits |= 1 << i;
  return bits;
}

// Each topic's gate words, and a global copy of its pattern for matchesNear (tried only at the words).
const GATES = TOPICS.map((t) => triggerWords(t.words));
const GLOBAL = TOPICS.map((t) => new RegExp(t.present.source, t.present.flags + 'g'));

/** topicsIn(block.text), leaving out the topics in `known` (their bits stay 0). */
function topicsInBlock(block: Block, known = 0): number {
  let bits = 0;
  for (let i = 0; i < TOPICS.length; i++) {
    if (!(known & (1 << i)) && matchesNear(block, GLOBAL[i], GATES[i], TOPICS[i].back, undefined, 1).length) bits |= 1 << i;
  }
  return bits;
}

/** What one article holds: the topics found in it, and the seam before it (see presentTopics). */
interface ArticleTopics {
  bits: number;
  seam?: { prev: string; bits: number };
}

const MAX_LEN = Math.max(...TOPICS.map((t) => t.maxLen));

/**
 * The topics whose pattern matches anywhere in the draft (bit i for TOPICS[i]). Article by article, the
 * patterns tried only at their words, and with a memo remembered per article text in one memo entry, so
 * an edit tests only the edited article: the patterns have no anchors or lookarounds, so a match in an
 * article is a match in the draft. A topic no article has may still match across a seam between two
 * articles: the windows around the seams are tested for those topics (all topics at once), each
 * remembered on the later article's entry. When the articles start lines, a window without
 * one of a topic's words is not tested for it (engine/seams.ts).
 */
function presentTopics(model: DocumentModel, ctx: RuleContext): number {
  const memo = ctx.memo?.<ArticleTopics>('bepaling-ontbreekt:articles');
  const { text, blocks } = model;
  if (blocks.length < 2) return topicsIn(text);
  const all = (1 << TOPICS.length) - 1;
  let bits = 0;
  let entries: ArticleTopics[];
  if (memo) {
    entries = blocks.map((b) => memo.getOrCreate(b.text, () => ({ bits: topicsInBlock(b) })));
    for (const e of entries) bits |= e.bits;
  } else {
    // A one-off analysis: a topic found once is not looked for again. From the last article back, as
    // the clauses on law, disputes and termination usually close a draft, where a common word such as
    // "recht" has fewer places left to try.
    entries = new Array<ArticleTopics>(blocks.length);
    for (let i = blocks.length - 1; i >= 0; i--) {
      entries[i] = { bits: topicsInBlock(blocks[i], bits) };
      bits |= entries[i].bits;
    }
  }
  if (bits === all) return bits;
  const gated = blocksStartLines(text, blocks);
  // One window per seam, wide enough for every topic's longest match; a remembered seam has all topics.
  const w = MAX_LEN + 1;
  let across = 0;
  for (let i = 1; i < blocks.length && (bits | across) !== all; i++) {
    const prev = blocks[i - 1];
    const cur = blocks[i];
    const p = cur.span.start;
    const keyed = p - prev.span.start >= w && cur.span.end - p >= w;
    const e = entries[i];
    let seam = keyed && e.seam !== undefined && e.seam.prev === prev.text ? e.seam.bits : -1;
    if (seam < 0) {
      seam = 0;
      const from = Math.max(0, p - w);
      const to = Math.min(text.length, p + w);
      // Cut only when a topic is to be tested there: most seams hold none of the missing topics' words.
      let window: string | undefined;
      for (let k = 0; k < TOPICS.length; k++) {
        if (!keyed && (bits | across) & (1 << k)) continue;
        if (gated && !windowHasTrigger(blocks, i, from, to, GATES[k])) continue;
        if (TOPICS[k].present.test((window ??= text.slice(from, to)))) seam |= 1 << k;
      }
      if (keyed) e.seam = { prev: prev.text, bits: seam };
    }
    across |= seam;
  }
  // A window match may lie within one article after all: the whole draft decides, as before.
  for (let k = 0; k < TOPICS.length; k++) if (across & ~bits & (1 << k) && TOPICS[k].present.test(text)) bits |= 1 << k;
  return bits;
}

// A draft that names force majeure only in passing ("bij overmacht wordt de termijn verlengd", "met de
// voorgaande zin wordt vooral overmacht bedoeld") has not regulated it: it does so in an article or clause of
// that title, or where it says what counts as force majeure ("onder overmacht wordt verstaan", "als overmacht
// geldt", "van overmacht is sprake"). The statutory wording ("niet toerekenbare tekortkoming") counts as before.
// Read article by article, as the present topics are.
const T = '[ \\t]{1,4}';
// "Force majeure" is the same notion in the words of many ICT drafts.
const FM = `(?:overmacht|force${T}majeure)`;
const FORCE_DEFINED = new RegExp(
  [
    `${FM}[^.;\\n]{0,120}?verstaan`,
    `(?:geldt|gelden|wordt|worden)${T}(?:\\p{L}{1,20}${T}){0,2}?(?:als|aangemerkt${T}als|beschouwd${T}als)${T}${FM}`,
    `als${T}${FM}${T}(?:geldt|gelden|wordt|worden)`,
    `van${T}${FM}${T}is${T}(?:\\p{L}{1,20}${T})?sprake`,
    `sprake${T}van${T}${FM}${T}(?:als|indien|wanneer|zodra)`,
    `niet${G}toerekenbare${G}tekortkoming`,
    `kan${G}worden${G}toegerekend`,
  ].join('|'),
  'giu',
);
/** Every FORCE_DEFINED match holds one of these words, starting at most FORCE_DEFINED_BACK units in. */
const FORCE_DEFINED_WORDS = ['overmacht', 'force', 'toerekenbare', 'toegerekend'];
// "worden ... aangemerkt als overmacht": a verb, two words of up to 20 code points (40 units) with their
// gaps, "aangemerkt als" and a gap (gates.proof.test.ts derives the bound from the pattern).
const FORCE_DEFINED_BACK = 6 + 4 + 2 * (40 + 4) + (10 + 4 + 3) + 4;
const FORCE_DEFINED_GATE = triggerWords(FORCE_DEFINED_WORDS);
const FORCE_TITLE = /overmacht|force[ \t]{1,4}majeure/i;
const OVERMACHT = TOPICS.findIndex((t) => t.id === 'overmacht');

/**
 * Whether a draft that mentions force majeure regulates it: a title that names it, or a sentence that says
 * what counts as it (per article, remembered per article text when there is a memo).
 */
function forceMajeureRegulated(model: DocumentModel, ctx: RuleContext): boolean {
  const memo = ctx.memo?.<boolean>('bepaling-ontbreekt:overmacht');
  const defined = (b: Block): boolean => matchesNear(b, FORCE_DEFINED, FORCE_DEFINED_GATE, FORCE_DEFINED_BACK, undefined, 1).length > 0;
  for (const b of model.blocks) if (memo ? memo.getOrCreate(b.text, () => defined(b)) : defined(b)) return true;
  for (const n of model.nodes) {
    if (n.kind !== 'article' && n.kind !== 'clause') continue;
    const title = titleOf(model, n);
    if (title && FORCE_TITLE.test(title.text)) return true;
  }
  return false;
}

// An article titled for the term or the end ("Duur", "Duur en beëindiging", "Einde overeenkomst") regulates
// them, even where its text says only "Duur: gelijk aan de looptijd van de Overeenkomst" in other words than the
// topic's pattern knows ("contractduur", "einde").
const TERM_TITLE = /(?<![\p{L}])(?:duur|einde)(?![\p{L}])/iu;
const BEEINDIGING = TOPICS.findIndex((t) => t.id === 'beeindiging');

/** Whether an article or clause of the draft is titled for its term or its end. */
function termTitled(model: DocumentModel): boolean {
  for (const n of model.nodes) {
    if (n.kind !== 'article' && n.kind !== 'clause') continue;
    const title = titleOf(model, n);
    if (title && TERM_TITLE.test(title.text)) return true;
  }
  return false;
}

/** Below this many articles a text is a fragment or a single clause, not a full set of terms... */
export const MIN_ARTICLES = 5;
/** ...unless it is this long: real terms often number their articles in a way the parser does not read
 * as articles (a bold line, "Betalingsvoorwaarden 8"), and are terms all the same. */
export const MIN_WORDS = 400;

/** Whether the draft is a full set of terms rather than a fragment or a single clause. */
export function isFullDraft(model: DocumentModel): boolean {
  let articles = 0;
  for (const n of model.nodes) if (n.kind === 'article' && ++articles >= MIN_ARTICLES) return true;
  const text = model.text;
  let words = 0;
  for (let i = 0, inWord = false; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9;
    if (!space && !inWord && ++words >= MIN_WORDS) return true;
    inWord = !space;
  }
  return false;
}

/**
 * Whether the text presents itself as terms or a contract. A text that names no kind of document, chooses no law,
 * numbers no articles or clauses and defines nothing (an article about terms, a letter, a note) is no set of
 * terms: no clause is missing from it.
 */
export function presentsAsTerms(model: DocumentModel): boolean {
  const kind = model.documentKind;
  if (!kind || kind.kind !== 'onbekend' || kind.law !== undefined || model.definitions.length) return true;
  return model.nodes.some((n) => n.kind === 'article' || n.kind === 'clause');
}

// Toward a consumer two gaps are no defect (their messages say why for both audiences): information, not a
// warning. The audience changes the level only, so a fix that flips a detected audience changes no message.
const NO_DEFECT_FOR_CONSUMERS = new Set(['geschillen', 'overmacht']);

/**
 * The title of a node: its heading, or else a short first line that is no sentence ("3.4 Toepasselijk
 * recht" above the clause text).
 */
export function titleOf(model: DocumentModel, n: StructureNode): { start: number; end: number; text: string } | undefined {
  if (n.headingSpan) return { ...n.headingSpan, text: n.heading ?? model.text.slice(n.headingSpan.start, n.headingSpan.end) };
  const { lines, text } = model;
  if (n.line + 1 >= lines.lineCount || lines.lineStarts[n.line + 1] >= n.span.end) return undefined;
  const start = Math.max(n.numberSpan.end, lines.lineStarts[n.line]);
  const end = lines.lineEnd(n.line);
  const raw = text.slice(start, end);
  const lead = /^[ \t.:)–-]*/.exec(raw)![0].length;
  const title = raw.slice(lead).trimEnd();
  if (!title || title.length > 80 || /[.:;,]$/.test(title) || !/^\p{Lu}/u.test(title)) return undefined;
  return { start: start + lead, end: start + lead + title.length, text: title };
}

/**
 * Where a missing topic is best reported: a missing forum at the clause that chooses the law (the clause to
 * complete: its title, else the choice), a missing force majeure clause at the title of the liability
 * article or clause (force majeure is the statutory limit of liability, 6:75 BW); otherwise on the title of
 * the draft.
 */
function placeFor(model: DocumentModel, topic: string): { start: number; end: number } | undefined {
  const kind = model.documentKind;
  if (topic === 'geschillen' && kind?.lawSource === 'choice' && kind.lawSpan) {
    // The title of the innermost node that holds the choice, or of a node around it whose title speaks of
    // law or disputes ("Artikel 5 – Recht en geschillen" above an untitled lid); "Overig" says less than the choice.
    const at = kind.lawSpan.start;
    const around = model.nodes.filter((n) => n.span.start <= at && at < n.span.end).sort((a, b) => b.depth - a.depth);
    for (let i = 0; i < around.length; i++) {
      const title = titleOf(model, around[i]);
      if (title && (i === 0 || /recht|geschil/i.test(title.text))) return { start: title.start, end: title.end };
    }
    return kind.lawSpan;
  }
  if (topic === 'overmacht') {
    for (const n of model.nodes) {
      if (n.kind !== 'article' && n.kind !== 'clause') continue;
      const title = titleOf(model, n);
      if (title && /aansprakelijk/i.test(title.text)) return { start: title.start, end: title.end };
    }
  }
  return undefined;
}

// The topics whose advice rests on the BW: under another country's law (model.documentKind) they are not
// this linter's to demand. Governing law and forum stay.
const BW_TOPICS = new Set(['aansprakelijkheid', 'overmacht', 'beeindiging']);
// A service level agreement or processing agreement that says it is part of, or an annex to, a main agreement
// takes its law, forum, liability and force majeure from that agreement: nothing is missing. One that only
// names a main or framework agreement gets one hint to check that, not a warning per topic.
const MAIN_AGREEMENT_TOPICS = new Set(['recht', 'geschillen', 'aansprakelijkheid', 'overmacht']);

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'bepaling-ontbreekt',
    category: 'praktijk',
    defaultSeverity: 'warning',
    title: { nl: 'Essentiële bepaling ontbreekt', en: 'Essential clause missing' },
    messages: {
      default: {
        nl: 'Deze voorwaarden bevatten geen bepaling over {topic}. {why}',
        en: 'These terms contain no clause on {topic}. {why}',
      },
      ofKind: {
        nl: 'Deze {kind} bevat geen bepaling over {topic}. {why}',
        en: 'This {kind} contains no clause on {topic}. {why}',
      },
      mentioned: {
        nl: 'Deze voorwaarden noemen {topic}, maar zeggen nergens wat als {topic} geldt en wat er dan gebeurt. {why}',
        en: 'These terms mention {topic} but nowhere say what counts as {topic} and what follows from it. {why}',
      },
      mainAgreement: {
        nl: 'Deze {kind} bevat geen bepaling over {topics}. Als deel van een contractenset volgt zij daarvoor de overeenkomst waarvan zij deel uitmaakt: ga na dat die deze onderwerpen regelt en ook op deze {kind} van toepassing is.',
        en: 'This {kind} contains no clause on {topics}. As part of a contract set it follows the agreement it belongs to: check that the latter covers these subjects and applies to this {kind} as well.',
      },
    },
  },
  check(model, ctx) {
    // A parenting plan or a divorce settlement is no commercial contract: it needs none of these clauses; nor
    // does a complaints procedure or a privacy statement; an article about terms is no contract at all.
    const docKind = model.documentKind?.kind;
    if (docKind === 'familierecht' || docKind === 'regeling' || !isFullDraft(model) || !presentsAsTerms(model)) return;
    const text = model.text;
    // A finding with no better place (placeFor) sits on the draft's first line of text (its title), where a reader starts. Comment lines
    // are skipped, so a disable comment above the title (the quick fix) covers it; lines end as the
    // LineIndex says (CR-only drafts too).
    const { lines } = model;
    let line = 0;
    // A YAML front matter block ("---" lines around "title: ...") is the file's metadata, not the draft's title.
    const frontMatter = frontMatterEnd(text);
    if (frontMatter > 0) line = Math.min(lines.lineAt(frontMatter) + 1, lines.lineCount - 1);
    while (line < lines.lineCount - 1 && /^\s*(?:<!--.*)?$/.test(lines.lineText(line))) line++;
    const start = lines.lineStarts[line] + /^\s*/.exec(lines.lineText(line))![0].length;
    const span = { start, end: Math.max(lines.lineEnd(line), start) };
    const last = lastArticleNumber(model);
    let present = presentTopics(model, ctx);
    if (!(present & (1 << BEEINDIGING)) && termTitled(model)) present |= 1 << BEEINDIGING;
    const kind = model.documentKind;
    const foreign = foreignLaw(kind);
    const leftToMain: Topic[] = [];
    for (let i = 0; i < TOPICS.length; i++) {
      const t = TOPICS[i];
      // Force majeure named only in passing is reported at its first mention.
      let mention: { start: number; end: number } | undefined;
      if (present & (1 << i)) {
        if (i !== OVERMACHT || kind?.partOfSet || foreign || forceMajeureRegulated(model, ctx)) continue;
        const m = /overmacht|force[ \t\n]{1,4}majeure/i.exec(text);
        if (!m) continue;
        mention = { start: m.index, end: m.index + m[0].length };
      }
      if (t.kinds && !(kind && t.kinds.includes(kind.kind))) continue;
      if (foreign && BW_TOPICS.has(t.id)) continue;
      if (kind?.partOfSet && MAIN_AGREEMENT_TOPICS.has(t.id)) {
        if (!kind.setStatement) leftToMain.push(t);
        continue;
      }
      const clause = t.clause ? variantFor(t.clause, fixAudience(ctx)) : undefined;
      // One library clause covers law and forum: where the draft has one of them, only the other is inserted.
      const covered = TOPICS.filter((o, j) => o !== t && o.clause === t.clause && present & (1 << j));
      const options = covered.length ? { title: t.title, dropLid: (lid: string) => covered.some((o) => o.present.test(lid)) && !t.present.test(lid) } : undefined;
      const fixes = clause ? appendClauseFixes(model, clause, last + 1, options) : [];
      const consumer = ctx.audience === 'b2c' && !ctx.audienceUndecided && NO_DEFECT_FOR_CONSUMERS.has(t.id);
      ctx.report({
        span: mention ?? placeFor(model, t.id) ?? span,
        ...(mention ? { messageId: 'mentioned' } : t.kinds && kind ? { messageId: 'ofKind' } : {}),
        args: { topic: t.name, why: t.why, ...(t.kinds && kind ? { kind: KIND_NAMES[kind.kind].full } : {}) },
        fixes,
        ...(consumer ? { severity: 'information' as const } : {}),
      });
    }
    if (kind && leftToMain.length) {
      const list = (lang: 'nl' | 'en') => {
        const names = leftToMain.map((t) => t.name[lang]);
        return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${names[names.length - 1]}`;
      };
      ctx.report({ span, messageId: 'mainAgreement', severity: 'hint', args: { kind: KIND_NAMES[kind.kind].full, topics: { nl: list('nl'), en: list('en') } } });
    }
  },
};
