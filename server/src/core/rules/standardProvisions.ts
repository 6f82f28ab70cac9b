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
import { LEAD } from './nearDuplicates';

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

export const TOPICS: readonly ProvisionTopic[] = [
  {
    id: 'inspanning',
    topic: { nl: 'dat de verbintenis een inspanningsverbintenis is', en: 'that the obligation is one of best efforts' },
    // "op basis van een inspanningsverbintenis", "is (slechts) een inspanningsverplichting", "neemt een inspanningsverbintenis op zich".
    pattern: new RegExp(
      `(?<!\\p{L})(?:(?:op${B}basis${B}van|(?:is|zijn|betreft|betreffen|geldt|gelden|kwalificeert|kwalificeren)(?:${B}als)?(?:${B}(?:uitsluitend|slechts|louter|enkel|steeds|altijd))?)${B}(?:een|de)${B}inspanningsver(?:bintenis|plichting)(?!\\p{L})|(?<!\\p{L})een${B}inspanningsver(?:bintenis|plichting)${B}(?:op${B}zich|aan)(?!\\p{L}))`,
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
      `(?<!\\p{L})(?:afwijkingen?${B}(?:van|op)${B}(?:deze|de|onderhavige)${B}(?:algemene${B})?voorwaarden${GAP(120)}(?<!\\p{L})schriftelijk(?!\\p{L})|(?:van${B}(?:deze|de|onderhavige)${B}(?:algemene${B})?voorwaarden|daarvan|hiervan)${GAP(120)}(?<!\\p{L})schriftelijk${GAP(40)}(?<!\\p{L})(?:afgeweken|afwijken|af${B}te${B}wijken|af${B}worden${B}geweken)(?!\\p{L}))`,
      'giu',
    ),
    gate: triggerWords(['voorwaarden', 'daarvan', 'hiervan']),
    // "In afwijking van deze voorwaarden ...": an exception made, not the rule on departing from them.
    notAfter: /(?<!\p{L})in[ \t\n]{1,4}afwijking(?!\p{L})/iu,
  },
  {
    id: 'recht',
    topic: { nl: 'welk recht van toepassing is', en: 'the governing law' },
    // "is (uitsluitend) Nederlands recht van toepassing", "wordt beheerst door het Belgisch recht".
    pattern: new RegExp(
      `(?<!\\p{L})(?:(?:is|wordt)${B}(?:uitsluitend${B}|alleen${B}|enkel${B})?(?:het${B})?(nederlandse?|belgische?|duitse?)${B}recht${B}(?:van${B}toepassing|toepasselijk)|beheerst${B}(?:door|naar)${B}(?:het${B})?(nederlandse?|belgische?|duitse?)${B}recht)(?!\\p{L})`,
      'giu',
    ),
    gate: triggerWords(['recht']),
    keyOf: (m) => (m[1] ?? m[2]).toLowerCase().replace(/e$/, ''),
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
    // "De toepasselijkheid van (inkoop- of andere) voorwaarden van Opdrachtgever wordt (uitdrukkelijk) van de hand gewezen".
    pattern: new RegExp(
      `(?<!\\p{L})(?:inkoop|leverings|verkoop|algemene|andere)?voorwaarden${GAP(80)}(?<!\\p{L})(?:van${B}de${B}hand${B}gewezen|uitdrukkelijk${B}(?:uitgesloten|afgewezen))(?!\\p{L})`,
      'giu',
    ),
    gate: triggerWords(['voorwaarden']),
  },
  {
    id: 'termijnverlenging',
    topic: { nl: 'dat overmacht de termijn verlengt', en: 'that force majeure extends the time for performance' },
    // "Bij overmacht ... heeft hij recht op termijnverlenging", "... recht op verlenging van de levertermijn indien door overmacht ...".
    pattern: new RegExp(
      `(?<!\\p{L})(?:overmacht(?!\\p{L})${GAP(400)}(?<!\\p{L})recht${B}op${B}(?:termijnverlenging|verlenging${B}van${B}de${B}\\p{L}{0,12}termijn)(?!\\p{L})|recht${B}op${B}(?:termijnverlenging|verlenging${B}van${B}de${B}\\p{L}{0,12}termijn)(?!\\p{L})${GAP(200)}(?<!\\p{L})overmacht(?!\\p{L}))`,
      'giu',
    ),
    gate: triggerWords(['overmacht']),
  },
  {
    id: 'onwerkbaar',
    topic: { nl: 'wanneer een werkdag als onwerkbaar geldt', en: 'when a working day counts as unworkable' },
    // "worden werkdagen als onwerkbaar beschouwd, wanneer ...", "Een dag geldt als onwerkbare werkdag als ...".
    pattern: new RegExp(`(?<!\\p{L})(?:als${B}onwerkbaar${B}(?:beschouwd|aangemerkt)|(?:geldt|gelden)${B}als${B}onwerkba(?:ar|re)(?:${B}(?:werk)?dag(?:en)?)?)(?!\\p{L})`, 'giu'),
    gate: triggerWords(['onwerkba']),
  },
  {
    id: 'eigendomsvoorbehoud',
    topic: { nl: 'dat de zaken eigendom blijven tot zij zijn betaald', en: 'that the goods remain the seller\u2019s property until paid for' },
    // "De geleverde zaken blijven eigendom van Leverancier totdat Klant alles heeft betaald".
    pattern: new RegExp(`(?<!\\p{L})blij(?:ft|ven)${B}(?:het${B})?eigendom${B}van${GAP(80)}(?<!\\p{L})tot(?:dat|${B}(?:het${B}moment${B}(?:dat|waarop)|volledige${B}(?:betaling|voldoening)))(?!\\p{L})`, 'giu'),
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
