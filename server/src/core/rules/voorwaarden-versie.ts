// One sentence that declares two versions of the terms applicable: the newest ("de actuele versie") and
// the one in force when the contract was made ("dan wel de versie die gold bij het sluiten"). Once the
// terms change, the two differ and the sentence says both apply.
import type { BlockRule } from '../kit/rule';
import { matchesIn, triggerWords } from '../text/triggerWords';
import { pieceAt, sentencesOf } from '../text/pieces';

const G = '[ \\t\\n]{1,4}';
// The newest version: "de laatst gedeponeerde versie", "de meest recente versie", "de actuele versie".
export const LATEST = new RegExp(`(?<![\\p{L}])(?:laatst|laatste|meest${G}recente|actuele|recentste|nieuwste)\\p{L}{0,2}${G}(?:\\p{L}{1,20}${G}){0,2}?versie(?![\\p{L}])`, 'giu');
// The version of the moment of contracting: "de versie die gold bij het sluiten van de overeenkomst", "de
// versie die gold op de datum van ondertekening".
const AT_CONCLUSION = new RegExp(
  `versie${G}(?:\\p{L}{1,20}${G}){0,6}?(?:ten${G}tijde${G}van|bij|op${G}het${G}moment${G}van|op${G}de${G}datum${G}van)${G}(?:\\p{L}{1,20}${G}){0,3}?(?:tot${G}stand|totstandkoming|sluiten|sluiting|aangaan|ondertekening)`,
  'iu',
);
// The two joined as alternatives ("c.q.", "dan wel", "of", "en/of", "respectievelijk"), not one set against
// the other by a condition or a kind of contract ("voor nieuwe overeenkomsten", "tenzij", "indien").
const JOINED = new RegExp(`(?:c\\.q\\.|dan${G}wel|danwel|en\\/of|of|respectievelijk|resp\\.)${G}(?:\\p{L}{1,20}${G}){0,2}?versie`, 'iu');
const DISTINGUISHED = /tenzij|indien|wanneer|nieuwe|lopende|bestaande|vervolg|na[ \t\n]{1,4}(?:de[ \t\n]{1,4})?(?:wijziging|inwerkingtreding|bekendmaking)/i;
export const LATEST_WORDS = ['versie'];
const GATE = triggerWords(LATEST_WORDS);

export const rule: BlockRule = {
  scope: 'block',
  meta: {
    id: 'voorwaarden-versie',
    category: 'praktijk',
    defaultSeverity: 'warning',
    title: { nl: 'Twee versies van de voorwaarden tegelijk van toepassing', en: 'Two versions of the terms applicable at once' },
    messages: {
      default: {
        nl: 'Deze zin verklaart twee versies van de voorwaarden van toepassing: de laatste versie en de versie die gold toen de overeenkomst tot stand kwam. Zodra de voorwaarden wijzigen, verschillen die twee, en staat niet vast welke geldt. Kies er één, bijvoorbeeld: "Op de overeenkomst is de versie van deze voorwaarden van toepassing die gold toen de overeenkomst tot stand kwam."',
        en: 'This sentence declares two versions of the terms applicable: the latest version and the one in force when the contract was made. Once the terms change, the two differ and it is unclear which applies. Choose one, e.g. "The contract is governed by the version of these terms in force when it was made."',
      },
      consumer: {
        nl: 'Deze zin verklaart twee versies van de voorwaarden van toepassing: de laatste versie en de versie die gold toen de overeenkomst tot stand kwam. Zodra de voorwaarden wijzigen, verschillen die twee, en staat niet vast welke geldt. Tegenover een consument moeten bedingen duidelijk en begrijpelijk zijn; bij twijfel over de betekenis gaat de voor hem gunstigste uitleg voor (artikel 6:238 lid 2 BW). Kies er één, bijvoorbeeld: "Op de overeenkomst is de versie van deze voorwaarden van toepassing die gold toen de overeenkomst tot stand kwam."',
        en: 'This sentence declares two versions of the terms applicable: the latest version and the one in force when the contract was made. Once the terms change, the two differ and it is unclear which applies. Toward a consumer, terms must be clear and intelligible; where their meaning is in doubt, the reading most favourable to the consumer prevails (article 6:238(2) BW). Choose one, e.g. "The contract is governed by the version of these terms in force when it was made."',
      },
    },
  },
  check(block, ctx) {
    const matches = matchesIn(block, LATEST, GATE);
    if (!matches.length) return;
    const sents = sentencesOf(block);
    const done = new Set<number>();
    for (const m of matches) {
      const s = pieceAt(sents, m.index);
      if (!s || done.has(s.start)) continue;
      if (!AT_CONCLUSION.test(s.text) || !JOINED.test(s.text) || DISTINGUISHED.test(s.text)) continue;
      done.add(s.start);
      ctx.report({ span: { start: s.start, end: s.end }, messageId: ctx.audience === 'b2c' ? 'consumer' : 'default' });
    }
  },
};
