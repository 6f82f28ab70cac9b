// The user of the terms declares that it accepts them ("Met het tekenen van de opdracht verklaart de
// leverancier akkoord te gaan met deze voorwaarden", in the leverancier's own terms). The declaration is
// meant of the other party; as written, it says nothing of the other party's assent.
import type { DocumentRule } from '../kit/rule';
import type { Block } from '../model/types';
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
const HAS_TERMS = /voorwaarden/i;
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
    if (PURCHASE_TERMS.test(model.text.slice(0, 400))) return;
    // Per article, kept while its text is unchanged: where a user role declares assent to the terms.
    const memo = ctx.memo?.<Array<[number, number]>>('voorwaarden-aanvaarding');
    for (const block of model.blocks) {
      const found = memo ? memo.getOrCreate(block.text, () => declarationsIn(block)) : declarationsIn(block);
      for (const [at, length] of found) {
        const start = block.span.start + at;
        ctx.report({ span: { start, end: start + length }, args: { party: model.text.slice(start, start + length) } });
      }
    }
  },
};

/** The user roles (offset in the article, length) that declare assent to the user's own terms. */
function declarationsIn(block: Block): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const text = block.text;
  // The sentence must speak of the terms and of assent: an article without either has no such sentence.
  if (!HAS_TERMS.test(text) || !ASSENT.test(text)) return out;
  let sents: ReturnType<typeof sentencesOf> | undefined;
  for (const m of text.matchAll(DECLARES)) {
    const role = m[1] || m[2];
    if (!IS_USER_ROLE.test(role)) continue;
    const s = pieceAt((sents ??= sentencesOf(block)), m.index);
    if (!s || !ASSENT.test(s.text) || !TERMS.test(s.text) || TERMS_OF_OTHER.test(s.text) || PURCHASE_TERMS.test(s.text)) continue;
    out.push([m.index + m[0].indexOf(role), role.length]);
  }
  return out;
}
