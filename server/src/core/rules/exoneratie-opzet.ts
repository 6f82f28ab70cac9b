import type { DocumentRule, Memo } from '../kit/rule';
import type { Fix } from '../types';
import { carveOutIn, DAMAGES_BACK, DAMAGES_EXCLUSION, DAMAGES_WORDS, exonerationsOf, knowledgeCarveOut, LIMITED_BACK, LIMITED_LIABILITY, RESPONSIBILITY_BACK, RESPONSIBILITY_DENIED, RESPONSIBILITY_WORDS, type Exoneration } from '../text/exonerations';
import { hasTrigger, hasTriggerIn, matchesNear, triggerWords } from '../text/triggerWords';
import { pieceAt, sentencesOf } from '../text/pieces';
import type { Block } from '../model/types';
import { partyBefore } from '../text/parties';
import { exemptionsTowardConsumer } from './consumerExemptions';

// A carve-out meant for every limitation in the draft: "de beperkingen in deze voorwaarden gelden niet bij opzet ...".
// A carve-out covers every limitation in the draft only when it says so: "deze voorwaarden", "alle
// beperkingen". One that names "de overeenkomst" is usually one exemption's own carve-out, and one
// scoped to "dit artikel" or "de vorige leden" covers that article only (which inBlock reads).
const GENERAL_SCOPE = /deze[ \t\n]{1,4}(?:algemene[ \t\n]{1,4})?voorwaarden|de[ \t\n]{1,4}voorwaarden|(?:iedere|elke|alle)[ \t\n]{1,4}(?:beperking|uitsluiting|beperkingen|uitsluitingen)/i;
const ARTICLE_SCOPE = /dit[ \t\n]{1,4}(?:artikel|lid)|(?:vorige|voorgaande|bovenstaande)[ \t\n]{1,4}leden/i;
const PARTY = /(?<![\p{L}])(Leverancier|Opdrachtnemer|Ondernemer|Verkoper|Dienstverlener|Aanbieder|Verhuurder|Gebruiker|[A-Z]{2,6})(?![\p{L}])/u;
const NOT_A_PARTY = new Set(['BW', 'AVG', 'CBS', 'SLA', 'BTW', 'EUR', 'KVK']);
const PARTY_PLACEHOLDER = '[gebruiker]';

/** The carve-out at the end of the exemption's own sentence. */
function ownFix(base: number, text: string, end: number, party: string): Fix {
  const insertAt = base + (/[.;]$/.test(text) ? end - 1 : end);
  const title = { nl: 'Uitzondering voor opzet en bewuste roekeloosheid toevoegen', en: 'Add the carve-out for intent and deliberate recklessness' };
  return insertion(title, insertAt, `, behoudens opzet of bewuste roekeloosheid van ${party} of zijn leidinggevenden`);
}

/**
 * Where no exemption has a carve-out, the one general clause the message quotes, as a sentence after the
 * exemption's: it covers them all, so that no other finding is left saying "nowhere" about a draft that now has one.
 */
function generalFix(insertAt: number, party: string): Fix {
  const title = { nl: 'Algemene uitzondering voor opzet en bewuste roekeloosheid toevoegen', en: 'Add a general carve-out for intent and deliberate recklessness' };
  return insertion(title, insertAt, ` ${generalClause(party)}`);
}

/** A fix that inserts `newText`, showing the drafter the party placeholder in it, if any. */
function insertion(title: Fix['title'], at: number, newText: string): Fix {
  const p = newText.indexOf(PARTY_PLACEHOLDER);
  return {
    title,
    edits: [{ span: { start: at, end: at }, newText }],
    reveal: p >= 0 ? { edit: 0, start: p, end: p + PARTY_PLACEHOLDER.length } : undefined,
    preferred: true,
  };
}

function generalClause(party: string): string {
  return `De beperkingen en uitsluitingen van aansprakelijkheid in deze voorwaarden gelden niet bij opzet of bewuste roekeloosheid van ${party} of zijn leidinggevenden.`;
}

type CarveOut = 'full' | 'intent' | undefined;

const SAVED_EXEMPTION = {
  nl: 'Deze exoneratie maakt geen uitzondering voor opzet of bewuste roekeloosheid; het voorbehoud dekt haar niet.',
  en: 'This exemption makes no exception for intent or deliberate recklessness; the proviso does not cover it.',
};
// A carve-out holds "opzet", or "schuld" (carveOutIn in text/exonerations.ts): an article without either has none.
const OPZET_GATE = triggerWords(['opzet', 'schuld']);

const G = '[ \\t\\r\\n]{1,4}';
const W = '\\p{L}{1,20}';
// Exemptions that never say "aansprakelijk" (text/exonerations.ts, the grey list's reading as well).
export { DAMAGES_BACK, DAMAGES_EXCLUSION, DAMAGES_WORDS };
const DAMAGES_GATE = triggerWords(DAMAGES_WORDS);

// Responsibility denied for damage is an exemption too (text/exonerations.ts, the grey list's reading as well).
export { RESPONSIBILITY_BACK as RESPONSIBLE_BACK, RESPONSIBILITY_DENIED as RESPONSIBLE_EXCLUSION, RESPONSIBILITY_WORDS as RESPONSIBLE_WORDS };
const RESPONSIBLE_GATE = triggerWords(RESPONSIBILITY_WORDS);

export { LIMITED_BACK, LIMITED_LIABILITY };
// "dan mag elk van beide partijen opzeggen, zonder verplichting tot vergoeding van schade":
// both sides give up damages for a way out they both have, which is no exemption of the user from its own failure.
const MUTUAL = /(?<![\p{L}])(?:(?:ieder|iedere|elk|elke)[ \t\n]{1,4}(?:der[ \t\n]{1,4}|van[ \t\n]{1,4}(?:de[ \t\n]{1,4})?)?partij(?:en)?|beide[ \t\n]{1,4}partijen|geen[ \t\n]{1,4}(?:der|van[ \t\n]{1,4}(?:de[ \t\n]{1,4})?)?[ \t\n]{0,4}partijen|over[ \t\n]{1,4}en[ \t\n]{1,4}weer)(?![\p{L}])/iu;
const LIMITED_GATE = triggerWords(['aansprakelijk']);

// A reservation for obvious typing or arithmetic errors, with no liability for what follows from them: an
// obvious clerical error binds no one, and cannot be intentional.
const CLERICAL = /kennelijke[ \t\n]{1,4}(?:[\p{L}-]{1,20}[ \t\n]{1,4}(?:en|of)[ \t\n]{1,4})?[\p{L}-]{0,20}(?:fout|vergissing|verschrijving)|(?<![\p{L}])(?:type|reken|druk|schrijf|zet|programmeer|tik)(?:-|fout)/iu;
const ERRORS = /fout|vergissing|verschrijving/i;

/** Whether the exemption in sentence `s` only covers obvious clerical errors (named there or in the sentence before). */
function clericalOnly(block: Block, e: Exoneration): boolean {
  if (!ERRORS.test(e.sentence.text)) return false;
  if (CLERICAL.test(e.sentence.text)) return true;
  const all = sentencesOf(block);
  const i = all.findIndex((x) => x.start === e.sentence.start);
  return i > 0 && CLERICAL.test(all[i - 1].text);
}

// No damages for a disclosure of confidential information that a statute or a court compels ("moet
// Leverancier krachtens een wettelijk voorschrift gegevens aan een toezichthouder verstrekken, dan is zij
// daarvoor niet gehouden tot schadevergoeding"): the clause settles the consequences of an act
// the law imposes, not of a failure to perform, and a carve-out for intent would empty it, as such a
// disclosure is always deliberate.
const COMPELLED_BY = /wettelijke?[ \t\n]{1,4}(?:bepaling|voorschrift|verplichting|regeling)|rechterlijke?[ \t\n]{1,4}(?:uitspraak|beslissing|bevel)|bevoegde[ \t\n]{1,4}rechter/i;
const COMPELLED_ACT =
  /(?<![\p{L}])(?:gehouden|verplicht|moet|moeten|dient|dienen)(?![\p{L}])[^.;]{0,160}?(?:verstrekken|verschaffen|bekend[ \t\n]{1,4}te[ \t\n]{1,4}maken|openbaar[ \t\n]{1,4}te[ \t\n]{1,4}maken|openbaar[ \t\n]{1,4}maken|mee[ \t\n]{1,4}te[ \t\n]{1,4}delen|mede[ \t\n]{1,4}te[ \t\n]{1,4}delen)(?![\p{L}])/iu;
const compelledDisclosure = (sentence: string): boolean => COMPELLED_BY.test(sentence) && COMPELLED_ACT.test(sentence);

// After the carve-out, the exemption limits liability all the same: "in welk geval ... uitsluitend aansprakelijk is voor".
const LIMITED_AFTER = /(?:in[ \t\n]{1,4}welk[ \t\n]{1,4}geval|waarbij|dan)[^.;]{0,80}?(?:uitsluitend|slechts|alleen|enkel|maximaal|ten[ \t\n]{1,4}hoogste)[^.;]{0,40}?(?:aansprakelijk|vergoed|schade)/i;
const CARVE_WORD = /opzet|roekeloos|grove[ \t\n]{1,4}(?:schuld|nalatigheid)|schuld/i;

/** Whether a sentence's own carve-out still limits liability after it ("..., in welk geval X uitsluitend aansprakelijk is voor directe schade"). */
function limitedCarveOut(sentence: string): boolean {
  const m = CARVE_WORD.exec(sentence);
  return !!m && LIMITED_AFTER.test(sentence.slice(m.index));
}

// A saving phrase ("voor zover wettelijk toegestaan", "voor zover toegestaan door het toepasselijke recht", "behoudens
// dwingend recht") leaves it to the reader what the law allows: it is no carve-out for intent or deliberate
// recklessness, and the exemption still reads as if it covered them. Bounded gaps only.
const SAVING = new RegExp(
  [
    `(?<![\\p{L}])(?:voor${G}zover|voorzover|in${G}de${G}(?:${W}${G}){0,2}?mate${G}(?:waarin|die|dat))${G}(?:${W}${G}){0,6}?(?:toegestaan|toelaatbaar|toegelaten|toelaat|toestaat|mogelijk)(?:${G}(?:door|krachtens|naar|onder)${G}(?:het${G}|de${G})?(?:toepasselijke?${G})?(?:recht|wet|wetgeving))?(?![\\p{L}])`,
    `(?<![\\p{L}])(?:behoudens|onverminderd|tenzij)${G}(?:${W}${G}){0,2}?dwingend(?:rechtelijke|e)?(?:${G}(?:recht|bepalingen|wetgeving))?(?![\\p{L}])`,
  ].join('|'),
  'iu',
);
// The words of the saving phrase must name the law ("voor zover Klant dat toestaat" is no saving phrase).
const LAW_WORD = /wet|rechtens|(?<![\p{L}])recht(?![\p{L}])|dwingend/iu;
const SAVING_GATE = triggerWords(['zover', 'voorzover', 'mate', 'dwingend']);

/** The saving phrase in a sentence, with its offset in the sentence. */
function savingIn(sentence: string): { index: number; length: number; text: string } | undefined {
  const m = SAVING.exec(sentence);
  if (!m || !LAW_WORD.test(m[0])) return undefined;
  // Quoted within a sentence of the message: "Voor zover" at the start of the clause is written in lower case.
  const text = m[0].replace(/[ \t\r\n]+/g, ' ');
  return { index: m.index, length: m[0].length, text: text.charAt(0).toLowerCase() + text.slice(1) };
}

/**
 * A match that runs out of its sentence, as one from the heading "Aansprakelijkheid" to "... aansprakelijkheid
 * beperkt" in the first clause under it: the exemption is the sentence where the match ends, from its start.
 */
function reanchored(block: Block, e: Exoneration): Exoneration {
  const s = pieceAt(sentencesOf(block), e.end - 1);
  if (!s) return e;
  const lead = /^\s*/.exec(s.text)?.[0].length ?? 0;
  return { start: s.start + lead, end: e.end, sentence: s };
}

/** An exemption, and which of the rule's own patterns read it (none: the shared one). */
type Exemption = Exoneration & { damages?: true; limited?: true; responsible?: true };

/** Exemptions of both kinds in a block, one per sentence, in order; force majeure and clerical errors left out. */
function exemptionsOf(block: Block): Exemption[] {
  const found: Exemption[] = sharedExemptions(block);
  const seen = new Set(found.map((e) => e.sentence.start));
  for (const m of matchesNear(block, DAMAGES_EXCLUSION, DAMAGES_GATE, DAMAGES_BACK)) {
    const s = pieceAt(sentencesOf(block), m.index);
    if (!s || seen.has(s.start) || /overmacht/i.test(s.text) || MUTUAL.test(s.text)) continue;
    seen.add(s.start);
    found.push({ start: m.index, end: m.index + m[0].length, sentence: s, damages: true });
  }
  for (const m of matchesNear(block, RESPONSIBILITY_DENIED, RESPONSIBLE_GATE, RESPONSIBILITY_BACK)) {
    const s = pieceAt(sentencesOf(block), m.index);
    if (!s || seen.has(s.start) || /overmacht/i.test(s.text)) continue;
    // The other party's own responsibility denied is no exemption of the user.
    if (partyBefore(s.text, m.index - s.start) === 'client') continue;
    seen.add(s.start);
    found.push({ start: m.index, end: m.index + m[0].length, sentence: s, responsible: true });
  }
  for (const m of matchesNear(block, LIMITED_LIABILITY, LIMITED_GATE, LIMITED_BACK)) {
    const s = pieceAt(sentencesOf(block), m.index);
    if (!s || seen.has(s.start) || /overmacht/i.test(s.text) || POINTER.test(s.text)) continue;
    // The other party's liability limited is no exemption of the user.
    if (partyBefore(s.text, m.index - s.start) === 'client') continue;
    seen.add(s.start);
    found.push({ start: m.index, end: m.index + m[0].length, sentence: s, limited: true });
  }
  found.sort((a, b) => a.start - b.start);
  return found.filter((e) => !clericalOnly(block, e) && !knowledgeCarveOut(e.sentence.text) && !compelledDisclosure(e.sentence.text));
}

// "slechts aansprakelijk binnen de grenzen die artikel 12 stelt": the limits are those of another
// clause, read there.
const POINTER = /binnen[ \t\n]{1,4}de[ \t\n]{1,4}grenzen|overeenkomstig[ \t\n]{1,4}(?:het[ \t\n]{1,4}bepaalde|artikel)|zoals[ \t\n]{1,4}(?:bepaald|geregeld|omschreven)[ \t\n]{1,4}in|(?:hierna|hiervoor|hierboven)[ \t\n]{1,4}(?:in[ \t\n]{1,4})?(?:artikel|bepaald)/i;

/** The exemptions the shared pattern reads (text/exonerations.ts), each in the sentence where it ends: those consument-grijze-lijst reports under 6:237 sub f. */
function sharedExemptions(block: Block): Exoneration[] {
  return exonerationsOf(block).map((e) => (e.sentence.end < e.end ? reanchored(block, e) : e));
}

/** What the rule reads in one article: its exemption clauses, its general carve-out, its own carve-out. */
interface ArticleExonerations {
  found: Exemption[];
  /** The strongest carve-out meant for the whole draft in this article's sentences. */
  general: CarveOut;
  /** The same, where it lifts only the limitations of direct damage ("de beperkingen ... voor directe schade"). */
  generalDirect: CarveOut;
  /**
   * The strongest carve-out for the whole article, read only when it has an exemption clause: a sentence of
   * its own ("De beperkingen van dit artikel gelden niet bij opzet ..."), or one in an exemption that says it
   * covers the article. A "tenzij opzet" inside one exemption covers that exemption only.
   */
  inBlock: CarveOut;
  /** The same, where it lifts only the limitations of direct damage. */
  inBlockDirect: CarveOut;
  /**
   * A saving phrase in a sentence of its own beside the exemptions ("Deze beperking geldt ..., voor zover
   * toegestaan door het toepasselijke recht"): where the drafter meant to save them all. Block offsets.
   */
  saving?: { start: number; end: number; text: string; sentenceEnd: number };
  /** Whether any sentence of the article carves out intent from a liability, whatever its scope: the draft makes the exception somewhere. */
  carved: boolean;
}

// An article on liability, by its heading ("Artikel 14. Aansprakelijkheid").
const LIABILITY_HEADING = /aansprakelijk|exoneratie/i;
const firstLine = (text: string): string => {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
};
const LIABILITY = /aansprakelijk|schade|beperking|uitsluiting|exoneratie/i;

const stronger = (a: CarveOut, b: CarveOut): CarveOut => (a === 'full' || b === 'full' ? 'full' : a ?? b);

// A general carve-out that names only the limits "voor directe schade" (e.g. "bij opzet vervallen de beperkingen voor directe schade"):
// it lifts the caps on direct damage, not the exclusion of indirect damage or of damages for delay.
const DIRECT_ONLY = /(?:voor|van)[ \t\n]{1,4}(?:de[ \t\n]{1,4})?directe[ \t\n]{1,4}schade/i;
// A limitation of (direct) damage, which such a carve-out lifts: a cap, not an exclusion of a kind of damage.
const CAP = /beperkt|gemaximeerd|begrensd|gelimiteerd|verder[ \t\n]{1,4}dan|maximaal|ten[ \t\n]{1,4}hoogste/i;
const OTHER_DAMAGE = /indirect|gevolgschade|bedrijfsschade|winst|immateri|vertragingsschade|letsel/i;

function readArticle(block: Block): ArticleExonerations {
  const found = exemptionsOf(block);
  let general: CarveOut;
  let generalDirect: CarveOut;
  let inBlock: CarveOut;
  let inBlockDirect: CarveOut;
  let carved = false;
  const exemptionStarts = new Set(found.map((e) => e.sentence.start));
  if (hasTrigger(block, OPZET_GATE)) {
    for (const s of sentencesOf(block)) {
      // Only a sentence with one of the gate's words can hold a carve-out: the others are not read.
      if (!hasTriggerIn(block, OPZET_GATE, s.start, s.end)) continue;
      const c = carveOutIn(s.text);
      if (!c) continue;
      // "opzet" also means a design ("de opzet van het werk"): only a sentence about liability carves out.
      if (LIABILITY.test(s.text)) carved = true;
      if (GENERAL_SCOPE.test(s.text) && !ARTICLE_SCOPE.test(s.text)) {
        if (DIRECT_ONLY.test(s.text)) generalDirect = stronger(generalDirect, c);
        else general = stronger(general, c);
      }
      if (found.length && (!exemptionStarts.has(s.start) || ARTICLE_SCOPE.test(s.text))) {
        // "De beperkingen ... voor directe schade gelden niet bij opzet" beside an exclusion of indirect damage
        // lifts the caps only, in the article as in the whole draft.
        if (DIRECT_ONLY.test(s.text)) inBlockDirect = stronger(inBlockDirect, c);
        else inBlock = stronger(inBlock, c);
      }
    }
  }
  let saving: ArticleExonerations['saving'];
  if (found.length && hasTrigger(block, SAVING_GATE)) {
    for (const s of sentencesOf(block)) {
      if (exemptionStarts.has(s.start)) continue;
      const m = savingIn(s.text);
      if (!m) continue;
      saving = { start: s.start + m.index, end: s.start + m.index + m.length, text: m.text, sentenceEnd: s.end };
      break;
    }
  }
  return { found, general, generalDirect, inBlock, inBlockDirect, saving, carved };
}

// Per-article results by text, so an edit re-reads only the changed article (this is a document rule
// because one general carve-out covers all articles). The Analyzer's memo when there is one (it drops
// entries of articles that are gone); otherwise no caching.
function cachedArticle(block: Block, memo: Memo<ArticleExonerations> | undefined): ArticleExonerations {
  let found = memo?.get(block.text);
  if (!found) {
    found = readArticle(block);
    memo?.set(block.text, found);
  }
  return found;
}

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'exoneratie-opzet',
    category: 'wet',
    defaultSeverity: 'warning',
    title: { nl: 'Exoneratie zonder uitzondering voor opzet en bewuste roekeloosheid', en: 'Exemption clause without a carve-out for intent and recklessness' },
    messages: {
      default: {
        nl: 'Deze uitsluiting of beperking van aansprakelijkheid maakt geen uitzondering voor opzet of bewuste roekeloosheid. Een beroep op een exoneratie is bij opzet of bewuste roekeloosheid van de gebruiker of zijn leidinggevenden in de regel onaanvaardbaar (artikel 6:248 lid 2 BW, vaste rechtspraak van de Hoge Raad). Neem de uitzondering op, dan blijft de rest van het beding beter overeind.',
        en: 'This exclusion or limitation of liability makes no exception for intent or deliberate recklessness. Relying on an exemption is as a rule unacceptable in case of intent or deliberate recklessness of the user or its senior staff (article 6:248(2) BW, settled Supreme Court case law). Add the carve-out so that the rest of the clause is more likely to stand.',
      },
      nowhere: {
        nl: 'Deze uitsluiting of beperking van aansprakelijkheid maakt geen uitzondering voor opzet of bewuste roekeloosheid, en de voorwaarden maken die uitzondering nergens, ook niet bij de andere exoneraties. Een beroep op een exoneratie is bij opzet of bewuste roekeloosheid van de gebruiker of zijn leidinggevenden in de regel onaanvaardbaar (artikel 6:248 lid 2 BW, vaste rechtspraak van de Hoge Raad). Eén algemene bepaling dekt ze alle: "De beperkingen en uitsluitingen van aansprakelijkheid in deze voorwaarden gelden niet bij opzet of bewuste roekeloosheid van {party} of zijn leidinggevenden."',
        en: 'This exclusion or limitation of liability makes no exception for intent or deliberate recklessness, and the terms make that exception nowhere, nor at the other exemptions. Relying on an exemption is as a rule unacceptable in case of intent or deliberate recklessness of the user or its senior staff (article 6:248(2) BW, settled Supreme Court case law). One general clause covers them all: "The limitations and exclusions of liability in these terms do not apply in case of intent or deliberate recklessness of {party} or its senior staff."',
      },
      limited: {
        nl: 'Deze exoneratie maakt een uitzondering voor opzet of grove schuld, maar beperkt de aansprakelijkheid ook dan (bijvoorbeeld tot de directe schade). Ook een beroep op een beperking van aansprakelijkheid is bij opzet of bewuste roekeloosheid van de gebruiker of zijn leidinggevenden in de regel onaanvaardbaar (artikel 6:248 lid 2 BW, vaste rechtspraak van de Hoge Raad). Laat de uitzondering de hele beperking opheffen.',
        en: 'This exemption carves out intent or gross negligence but still limits liability in that case (for example to direct damage). Relying on a limitation of liability is as a rule unacceptable too in case of intent or deliberate recklessness of the user or its senior staff (article 6:248(2) BW, settled Supreme Court case law). Let the carve-out lift the whole limitation.',
      },
      saving: {
        nl: 'Deze uitsluiting of beperking van aansprakelijkheid geldt "{saving}", maar maakt geen uitzondering voor opzet of bewuste roekeloosheid. Zo\'n voorbehoud is die uitzondering niet: het laat aan de lezer over wat de wet toestaat, en het beding leest nog steeds alsof het ook opzet dekt. Een beroep op een exoneratie is bij opzet of bewuste roekeloosheid van de gebruiker of zijn leidinggevenden in de regel onaanvaardbaar (artikel 6:248 lid 2 BW, vaste rechtspraak van de Hoge Raad). Noem de uitzondering uitdrukkelijk.{consumer}',
        en: 'This exclusion or limitation of liability applies "{saving}" but makes no exception for intent or deliberate recklessness. Such a proviso is not that exception: it leaves the reader to work out what the law allows, and the clause still reads as if it covered intent. Relying on an exemption is as a rule unacceptable in case of intent or deliberate recklessness of the user or its senior staff (article 6:248(2) BW, settled Supreme Court case law). State the exception expressly.{consumer}',
      },
      savingElsewhere: {
        nl: 'Het voorbehoud "{saving}" is geen uitzondering voor opzet of bewuste roekeloosheid: het laat aan de lezer over wat de wet toestaat, en de uitsluiting of beperking van aansprakelijkheid in dit artikel (zie de gerelateerde plaatsen) leest nog steeds alsof zij ook opzet dekt. Een beroep op een exoneratie is bij opzet of bewuste roekeloosheid van de gebruiker of zijn leidinggevenden in de regel onaanvaardbaar (artikel 6:248 lid 2 BW, vaste rechtspraak van de Hoge Raad). Noem de uitzondering uitdrukkelijk.{consumer}',
        en: 'The proviso "{saving}" is no exception for intent or deliberate recklessness: it leaves the reader to work out what the law allows, and the exclusion or limitation of liability in this article (see the related places) still reads as if it covered intent. Relying on an exemption is as a rule unacceptable in case of intent or deliberate recklessness of the user or its senior staff (article 6:248(2) BW, settled Supreme Court case law). State the exception expressly.{consumer}',
      },
      partial: {
        nl: 'Deze uitsluiting of beperking van aansprakelijkheid maakt wel een uitzondering voor opzet, maar niet voor bewuste roekeloosheid. Ook bij bewuste roekeloosheid van de gebruiker of zijn leidinggevenden is een beroep op de exoneratie in de regel onaanvaardbaar (artikel 6:248 lid 2 BW).',
        en: 'This exclusion or limitation of liability carves out intent but not deliberate recklessness. Relying on the exemption is as a rule unacceptable in case of deliberate recklessness of the user or its senior staff too (article 6:248(2) BW).',
      },
    },
  },
  check(model, ctx) {
    if (!/aansprakelijk|gehouden|aanspraak|vergoeding|verantwoordelijk/i.test(model.text)) return;
    const memo = ctx.memo?.<ArticleExonerations>('exoneratie-opzet:articles');
    const perBlock = model.blocks.map((b) => ({ block: b, read: cachedArticle(b, memo) }));
    if (!perBlock.some((x) => x.read.found.length)) return;
    // One general carve-out covers the whole draft: the strongest found in any article.
    let general: CarveOut;
    for (const { read } of perBlock) if (read.general) general = general === 'full' ? 'full' : read.general === 'full' ? 'full' : 'intent';
    if (general === 'full') return;
    // What is reported, before reporting: where no article and no general clause has any carve-out, the
    // exemptions are one finding, as one general clause is the fix for all of them.
    let generalDirect: CarveOut;
    for (const { read } of perBlock) generalDirect = stronger(generalDirect, read.generalDirect);
    const reports: Array<{ base: number; e: Exoneration; partial: boolean; limited: boolean; saving: ArticleExonerations['saving']; liabilityArticle: boolean }> = [];
    let carvedSomewhere = !!general || !!generalDirect;
    // Toward a consumer, consument-grijze-lijst reports each exemption the shared pattern reads under 6:237
    // sub f, and its message names the carve-out: a second finding on the same clause tells the lawyer nothing new.
    const consumer = ctx.audience === 'b2c' && !ctx.audienceUndecided;
    for (const { block, read } of perBlock) {
      const { found, inBlock, inBlockDirect } = read;
      let greyListed: Set<number> | undefined;
      if (read.carved) carvedSomewhere = true;
      if (!found.length) continue;
      if (inBlock || inBlockDirect) carvedSomewhere = true;
      const directHere = stronger(generalDirect, inBlockDirect);
      if (inBlock === 'full') continue;
      for (const e of found) {
        const own = carveOutIn(e.sentence.text);
        if (own) carvedSomewhere = true;
        // "tenzij opzet ..., in welk geval Leverancier uitsluitend aansprakelijk is voor de directe schade".
        const limited = own === 'full' && limitedCarveOut(e.sentence.text);
        if (own === 'full' && !limited) continue;
        // A carve-out for the caps on direct damage lifts this one when it is such a cap.
        const direct = directHere && CAP.test(e.sentence.text) && !OTHER_DAMAGE.test(e.sentence.text) ? directHere : undefined;
        if (direct === 'full' && !limited) continue;
        const partial = !limited && (inBlock === 'intent' || general === 'intent' || direct === 'intent' || own === 'intent');
        const plain = !partial && !limited && !read.saving && !savingIn(e.sentence.text);
        if (consumer && plain && (greyListed ??= new Set(exemptionsTowardConsumer(block).map((g) => g.sentence.start))).has(e.sentence.start)) continue;
        reports.push({ base: block.span.start, e, partial, limited, saving: read.saving, liabilityArticle: LIABILITY_HEADING.test(firstLine(block.text)) });
      }
    }
    // Several exemptions and no carve-out anywhere: one defect, one general clause to add. One finding at the
    // first exemption, the others its occurrences (engine/groups.ts), each still marked in the editor.
    const nowhere = !carvedSomewhere && reports.length >= 2;
    // What is grouped: the plain exemptions (a proviso gets its own message).
    const plainNowhere = (r: (typeof reports)[number]) => nowhere && !r.partial && !r.limited && !r.saving && !savingIn(r.e.sentence.text);
    // The finding stands where the general clause belongs: after the last exemption of the article on liability,
    // if any, whose sentence ends with a full stop, so that the clause follows the limitations it lifts (as a
    // carve-out usually closes that article).
    const candidates = reports.filter(plainNowhere);
    const closed = (r: (typeof reports)[number]) => r.e.sentence.text.endsWith('.');
    const inLiability = candidates.filter((r) => r.liabilityArticle && closed(r));
    const lead = inLiability[inLiability.length - 1] ?? candidates.find(closed) ?? candidates.find((r) => r.liabilityArticle) ?? candidates[0];
    // A draft that defines "Gebruiker" (6:231 BW) names the party so itself.
    const userTerm = model.definitions.find((d) => d.term.toLowerCase() === 'gebruiker')?.term;
    // Toward a consumer a proviso that leaves the reach of a clause open is unclear as well (6:238(2) BW).
    const consumerNote =
      ctx.audience === 'b2c'
        ? {
            nl: ' Tegenover een consument moet een beding bovendien duidelijk en begrijpelijk zijn opgesteld; bij twijfel over de betekenis geldt de voor de consument gunstigste uitleg (artikel 6:238 lid 2 BW).',
            en: ' Towards a consumer a clause must moreover be drafted clearly and comprehensibly; where its meaning is in doubt, the interpretation most favourable to the consumer prevails (article 6:238(2) BW).',
          }
        : { nl: '', en: '' };
    // Exemptions whose article saves them with a proviso in a sentence of their own: one finding at the proviso.
    const savedElsewhere = new Map<number, Array<(typeof reports)[number]>>();
    for (const r of reports) {
      if (r.partial || r.limited || !r.saving || savingIn(r.e.sentence.text)) continue;
      const group = savedElsewhere.get(r.base) ?? [];
      group.push(r);
      savedElsewhere.set(r.base, group);
    }
    for (const [base, group] of savedElsewhere) {
      const saving = group[0].saving!;
      const m = PARTY.exec(group[0].e.sentence.text);
      const named = m && !NOT_A_PARTY.has(m[1]) ? m[1] : (userTerm ?? PARTY_PLACEHOLDER);
      ctx.report({
        span: { start: base + saving.start, end: base + saving.end },
        messageId: 'savingElsewhere',
        args: { saving: saving.text, consumer: consumerNote },
        related: group.map((r) => ({ span: { start: base + r.e.start, end: base + r.e.end }, message: SAVED_EXEMPTION })),
        fixes: [generalFix(base + saving.sentenceEnd, named)],
      });
    }
    for (const r of reports) {
      if (savedElsewhere.get(r.base)?.includes(r)) continue;
      const { base, e, partial, limited } = r;
      const s = e.sentence;
      const own = partial || limited ? undefined : savingIn(s.text);
      const m = PARTY.exec(s.text);
      // A mutual exclusion ("Partijen zijn niet aansprakelijk ...") carves out for whichever party it is.
      const mutual = /(?<![\p{L}])(?:partijen|een[ \t]+partij|geen[ \t]+van[ \t]+(?:beide[ \t]+)?partijen)(?![\p{L}])/iu.test(s.text.slice(0, e.start - s.start));
      // Unnamed, the party is the draft's defined "Gebruiker", or else left for the drafter as "[gebruiker]"
      // (6:231 BW), not a name of a side such as "Leverancier", which would clash with the draft's own name for it
      // (definitie-partijnaam).
      const named = m && !NOT_A_PARTY.has(m[1]) ? m[1] : (userTerm ?? PARTY_PLACEHOLDER);
      const party = mutual ? 'de betrokken partij' : named;
      const span = { start: base + e.start, end: base + e.end };
      const grouped = plainNowhere(r);
      // Grouped, only the lead offers the general clause: one clause covers every place.
      const leads = grouped && r === lead;
      // A carve-out in one sentence would leave the group's other places without one: the lead offers the
      // general clause only, where it can follow a full stop.
      const fix = partial || limited || (grouped && !leads) ? undefined : grouped ? (s.text.endsWith('.') ? generalFix(base + s.end, named) : undefined) : ownFix(base, s.text, s.end, party);
      ctx.report({
        span,
        messageId: limited ? 'limited' : partial ? 'partial' : own ? 'saving' : grouped ? 'nowhere' : 'default',
        args: own ? { saving: own.text, consumer: consumerNote } : grouped ? { party: named } : undefined,
        fixes: fix && [fix],
        ...(grouped && { group: 'nowhere', lead: leads }),
      });
    }
  },
};
