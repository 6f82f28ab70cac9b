// The user of the terms declared to accept them: "Bij aanvaarding van de offerte verklaart opdrachtnemer
// ingestemd te hebben met de algemene voorwaarden", in the terms of that opdrachtnemer. The declaration is
// meant of the other party; as written, it says nothing of the other party's assent.
import type { DocumentRule } from '../kit/rule';
import { matchBlocks } from '../engine/incrementalScan';
import { pieceAt, sentencesOf } from '../text/pieces';

const G = '[ \\t\\n]{1,4}';
const W = '\\p{L}{1,20}';
// The roles a user of general terms has (sales terms); purchase terms turn them round (see PURCHASE_TERMS).
const USER_ROLE = '(?:opdrachtnemer|leverancier|verkoper|dienstverlener|aanbieder|aannemer|verhuurder|ondernemer)';
const CLIENT_ROLE = '(?:opdrachtgever|klant|koper|afnemer|consument|huurder|wederpartij|deelnemer|cliënt)';
// "verklaart (de) opdrachtnemer", "(De) Leverancier verklaart", "gaat Leverancier akkoord": the role right
// next to the verb. Within a line, so that it can be sought article by article (matchBlocks).
const L = '[ \\t]{1,4}';
export const DECLARES = new RegExp(
  `(?<![\\p{L}])(?:verklaart|verklaren|gaat|aanvaardt|erkent)${L}(?:de${L}|het${L})?(${USER_ROLE}|${CLIENT_ROLE})(?![\\p{L}])|(?<![\\p{L}])(${USER_ROLE}|${CLIENT_ROLE})${L}(?:verklaart|verklaren|gaat|aanvaardt|erkent)(?![\\p{L}])`,
  'giu',
);
const ASSENT = new RegExp(`ingestemd|in${G}te${G}stemmen|instemt|akkoord|aanvaard|kennis${G}(?:te${G}hebben${G})?genomen|bekend${G}te${G}zijn`, 'iu');
// The terms of the draft itself, not those of the client ("de inkoopvoorwaarden van de opdrachtgever").
const TERMS = new RegExp(`(?:algemene${G}|deze${G}|onze${G}|de${G})(?:${W}${G}){0,1}?(?:voorwaarden|leveringsvoorwaarden)(?![\\p{L}])`, 'iu');
const TERMS_OF_OTHER = new RegExp(`voorwaarden${G}van${G}(?:de${G}|het${G})?(?:${CLIENT_ROLE}|derden|een${G}derde|de${G}fabrikant)`, 'iu');
const PURCHASE_TERMS = /inkoop|aanbestedingsvoorwaarden|opdrachtgeversvoorwaarden/i;
const IS_USER_ROLE = new RegExp(`^${USER_ROLE}$`, 'i');

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'voorwaarden-aanvaarding',
    category: 'praktijk',
    defaultSeverity: 'warning',
    title: { nl: 'Verkeerde partij aanvaardt de voorwaarden', en: 'The wrong party accepts the terms' },
    messages: {
      default: {
        nl: 'Hier verklaart "{party}" met de algemene voorwaarden in te stemmen, maar in deze voorwaarden is "{party}" de partij die ze gebruikt. Bedoeld is waarschijnlijk de wederpartij: zoals het er staat, zegt het beding niets over haar instemming. Vervang "{party}" door de wederpartij.',
        en: 'Here "{party}" declares to accept the general terms, but in these terms "{party}" is the party that uses them. The other party is probably meant: as written, the clause says nothing of its assent. Replace "{party}" by the other party.',
      },
    },
  },
  check(model, ctx) {
    const matches = matchBlocks(model, ctx, 'voorwaarden-aanvaarding', DECLARES).filter((m) => IS_USER_ROLE.test(m.groups[1] || m.groups[2]));
    if (!matches.length) return;
    // Purchase terms (named so in the title) make the client the user.
    if (PURCHASE_TERMS.test(model.text.slice(0, 400))) return;
    const { text, blocks } = model;
    let b = 0;
    for (const m of matches) {
      while (b < blocks.length - 1 && blocks[b].span.end <= m.index) b++;
      const block = blocks[b];
      if (!block || m.index < block.span.start) continue;
      const s = pieceAt(sentencesOf(block), m.index - block.span.start);
      if (!s || !ASSENT.test(s.text) || !TERMS.test(s.text) || TERMS_OF_OTHER.test(s.text) || PURCHASE_TERMS.test(s.text)) continue;
      const role = m.groups[1] || m.groups[2];
      const at = m.index + m.groups[0].indexOf(role);
      ctx.report({ span: { start: at, end: at + role.length }, args: { party: text.slice(at, at + role.length) } });
    }
  },
};
