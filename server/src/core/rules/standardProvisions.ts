// Standard provisions that a draft states once: that the obligation is one of best efforts, that the
// terms can be departed from only in writing, which law governs, what happens when one provision is void,
// that the other party's own terms do not apply. Drafts that grow by copying state one of them again in
// other words, in another article; bepaling-dubbel names the second statement (two versions of one rule
// invite the question which one applies). Each topic is read per sentence, in the articles that hold one
// of its gate words.
import type { Block } from '../model/types';
import type { Localized } from '../types';
import { sentencesOf } from '../text/pieces';
import { matchesIn, triggerWords } from '../text/triggerWords';
import { LEAD } from '../engine/nearDuplicates';

export interface ProvisionTopic {
  id: string;
  /** What the provision settles, as the message names it. */
  topic: Localized;
  /** A statement of the provision; its match lies in the sentence that states it. */
  pattern: RegExp;
  /** Words every match holds (the gate: `matchesIn` tries the pattern only in articles with one). */
  gate: number[];
  /** What sets two statements apart (the country of the governing law): only equal keys are one provision. */
  keyOf?: (m: RegExpExecArray) => string;
  /** Words before the match, in its sentence, that make it a condition or an exception rather than the statement. */
  notAfter?: RegExp;
}

// Blanks between words: at most a few, so that every pattern stays linear.
const B = '[ \\t\\n]{1,4}';
// A gap of a few words inside one sentence.
const GAP = (n: number) => `(?:[^.;:!?\\n]{0,${n}})`;

// Each pattern starts at the topic's rarest word and reads what must stand before it in a look-behind after
// it: the scan looks for that word only, not for "is" or "van" everywhere.
const EFFORTS = 'inspanningsver(?:bintenis|plichting)';
const DEPART = '(?:afgeweken|afwijken|af[ \\t\\n]{1,4}te[ \\t\\n]{1,4}wijken|af[ \\t\\n]{1,4}worden[ \\t\\n]{1,4}geweken)(?!\\p{L})';
const THESE_TERMS = `(?:deze|de|onderhavige)${B}(?:algemene${B})?voorwaarden`;
const COUNTRY = '(?:nederlandse?|belgische?|duitse?)';
const EXTENSION = `recht${B}op${B}(?:termijnverlenging|verlenging${B}van${B}de${B}\\p{L}{0,12}termijn)(?!\\p{L})`;
const REJECTED = `(?:van${B}de${B}hand${B}gewezen|uitdrukkelijk${B}(?:uitgesloten|afgewezen))(?!\\p{L})`;

export const TOPICS: readonly ProvisionTopic[] = [
  {
    id: 'inspanning',
    topic: { nl: 'dat de verbintenis een inspanningsverbintenis is', en: 'that the obligation is one of best efforts' },
    // "op basis van een inspanningsverbintenis", "is (slechts) een inspanningsverplichting", "neemt een inspanningsverbintenis op zich".
    pattern: new RegExp(
      `(?<!\\p{L})${EFFORTS}(?!\\p{L})(?:(?<=(?<!\\p{L})(?:op${B}basis${B}van|(?:is|zijn|betreft|betreffen|geldt|gelden|kwalificeert|kwalificeren)(?:${B}als)?(?:${B}(?:uitsluitend|slechts|louter|enkel|steeds|altijd))?)${B}(?:een|de)${B}${EFFORTS})|(?<=(?<!\\p{L})een${B}${EFFORTS})(?=${B}(?:op${B}zich|aan)(?!\\p{L})))`,
      'giu',
    ),
    gate: triggerWords(['inspanningsver']),
    // "Indien sprake is van een inspanningsverbintenis ...": a condition, not the statement.
    notAfter: /(?<!\p{L})(?:indien|als|wanneer|voor[ \t\n]{1,4}zover|tenzij)(?!\p{L})/iu,
  },
  {
    id: 'afwijking',
    topic: { nl: 'dat van deze voorwaarden alleen schriftelijk kan worden afgeweken', en: 'that these terms can only be departed from in writing' },
    // "Afwijkingen van deze voorwaarden zijn slechts geldig indien schriftelijk overeengekomen", "voor zover van
    // deze voorwaarden niet schriftelijk is afgeweken", "Van deze voorwaarden kan alleen schriftelijk worden afgeweken".
    pattern: new RegExp(
      `(?<!\\p{L})afwijkingen?(?=${B}(?:van|op)${B}${THESE_TERMS}${GAP(120)}(?<!\\p{L})schriftelijk(?!\\p{L}))|(?<!\\p{L})${DEPART}(?<=(?<!\\p{L})(?:van${B}${THESE_TERMS}|daarvan|hiervan)${GAP(120)}(?<!\\p{L})schriftelijk${GAP(40)}(?<!\\p{L})${DEPART})`,
      'giu',
    ),
    gate: triggerWords(['afwijk', 'wijken', 'geweken']),
    // "In afwijking van deze voorwaarden ...": an exception made, not the rule on departing from them.
    notAfter: /(?<!\p{L})in[ \t\n]{1,4}afwijking(?!\p{L})/iu,
  },
  {
    id: 'recht',
    topic: { nl: 'welk recht van toepassing is', en: 'the governing law' },
    // "is (uitsluitend) Nederlands recht van toepassing", "wordt beheerst door het Belgisch recht".
    pattern: new RegExp(
      `(?<!\\p{L})(${COUNTRY})(?:(?=${B}recht${B}(?:van${B}toepassing|toepasselijk)(?!\\p{L}))(?<=(?<!\\p{L})(?:is|wordt)${B}(?:(?:uitsluitend|alleen|enkel)${B})?(?:het${B})?${COUNTRY})|(?=${B}recht(?!\\p{L}))(?<=(?<!\\p{L})beheerst${B}(?:door|naar)${B}(?:het${B})?${COUNTRY}))`,
      'giu',
    ),
    gate: triggerWords(['nederlands', 'belgisch', 'duits']),
    keyOf: (m) => m[1].toLowerCase().replace(/e$/, ''),
    notAfter: /(?<!\p{L})(?:indien|wanneer|voor[ \t\n]{1,4}zover|tenzij)(?!\p{L})/iu,
  },
  {
    id: 'nietigheid',
    topic: { nl: 'wat geldt als een bepaling nietig is', en: 'what applies where a provision is void' },
    // "Indien een of meer bepalingen ... nietig zijn of vernietigd worden, blijven de overige bepalingen ... van toepassing".
    pattern: new RegExp(
      `(?<!\\p{L})(?:nietig|vernietigd|vernietigbaar|ongeldig)(?!\\p{L})${GAP(160)}(?<!\\p{L})(?:overige|overblijvende|resterende|andere)${B}bepalingen(?!\\p{L})`,
      'giu',
    ),
    gate: triggerWords(['nietig', 'vernietig', 'ongeldig']),
  },
  {
    id: 'inkoopvoorwaarden',
    topic: { nl: 'dat de eigen voorwaarden van de wederpartij niet gelden', en: "that the other party's own terms do not apply" },
    // Another party's own terms rejected: "(inkoop)voorwaarden van Klant worden door Leverancier van de hand gewezen".
    pattern: new RegExp(`(?<!\\p{L})${REJECTED}(?<=(?<!\\p{L})(?:inkoop|leverings|verkoop|algemene|andere)?voorwaarden${GAP(80)}(?<!\\p{L})${REJECTED})`, 'giu'),
    gate: triggerWords(['gewezen', 'uitgesloten']),
  },
  {
    id: 'termijnverlenging',
    topic: { nl: 'dat overmacht de termijn verlengt', en: 'that force majeure extends the time for performance' },
    // "Bij overmacht ... heeft hij recht op termijnverlenging", "... recht op verlenging van de levertermijn indien door overmacht ...".
    pattern: new RegExp(`(?<!\\p{L})overmacht(?!\\p{L})(?:(?=${GAP(400)}(?<!\\p{L})${EXTENSION})|(?<=(?<!\\p{L})${EXTENSION}${GAP(200)}overmacht))`, 'giu'),
    gate: triggerWords(['overmacht']),
  },
  {
    id: 'onwerkbaar',
    topic: { nl: 'wanneer een werkdag als onwerkbaar geldt', en: 'when a working day counts as unworkable' },
    // "worden werkdagen als onwerkbaar beschouwd, wanneer ...", "Een dag geldt als onwerkbare werkdag als ...".
    pattern: new RegExp(`(?<!\\p{L})onwerkba(?:ar|re)(?!\\p{L})(?:(?<=(?<!\\p{L})als${B}onwerkbaar)(?=${B}(?:beschouwd|aangemerkt)(?!\\p{L}))|(?<=(?<!\\p{L})(?:geldt|gelden)${B}als${B}onwerkba(?:ar|re)))`, 'giu'),
    gate: triggerWords(['onwerkba']),
  },
  {
    id: 'eigendomsvoorbehoud',
    topic: { nl: 'dat de zaken eigendom blijven tot zij zijn betaald', en: 'that the goods remain the seller\u2019s property until paid for' },
    // "De geleverde zaken blijven eigendom van Leverancier totdat Klant alles heeft betaald".
    pattern: new RegExp(
      `(?<!\\p{L})eigendom${B}van${GAP(80)}(?<!\\p{L})tot(?:dat|${B}(?:het${B}moment${B}(?:dat|waarop)|volledige${B}(?:betaling|voldoening)))(?!\\p{L})(?<=(?<!\\p{L})blij(?:ft|ven)${B}(?:het${B})?eigendom${B}van[^]{0,200})`,
      'giu',
    ),
    gate: triggerWords(['eigendom']),
  },
];

/** A sentence of an article that states a standard provision. */
export interface ProvisionStatement {
  /** Index into TOPICS. */
  topic: number;
  /** The topic's key (its id, and what sets statements of it apart). */
  key: string;
  /** The sentence, in offsets within the block. */
  start: number;
  end: number;
}

/** The sentences of a block that state a standard provision, in order (one per topic and sentence). */
export function provisionStatements(block: Block): ProvisionStatement[] {
  const out: ProvisionStatement[] = [];
  let sentences: ReturnType<typeof sentencesOf> | undefined;
  for (let t = 0; t < TOPICS.length; t++) {
    const topic = TOPICS[t];
    let last = -1;
    for (const m of matchesIn(block, topic.pattern, topic.gate)) {
      sentences ??= sentencesOf(block);
      const s = sentences.find((p) => p.start <= m.index && m.index < p.end);
      if (!s || s.start === last) continue;
      if (topic.notAfter?.test(block.text.slice(s.start, m.index))) continue;
      last = s.start;
      const lead = LEAD.exec(block.text.slice(s.start, m.index))?.[0].length ?? 0;
      out.push({ topic: t, key: `${topic.id}${topic.keyOf ? `:${topic.keyOf(m)}` : ''}`, start: s.start + lead, end: s.end });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.topic - b.topic);
}
