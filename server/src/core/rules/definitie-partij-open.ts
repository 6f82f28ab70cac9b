// A party defined as a named company "or any other company affiliated with it": "Organisatie: Firma X of elke
// andere direct of indirect aan haar gelieerde vennootschap". The reader cannot tell which company contracts
// with him, and whom he can hold to the contract.
import type { DocumentRule } from '../kit/rule';

const G = '[ \\t\\n]{1,4}';
const W = '\\p{L}{1,20}';
// "of iedere andere met haar gelieerde vennootschap", "en/of een van haar groepsmaatschappijen", "c.q. iedere
// met haar verbonden onderneming". Bounded: linear.
export const OPEN_PARTY = new RegExp(
  `(?<![\\p{L}])(?:of|en\\/of|dan${G}wel|danwel|c\\.q\\.)${G}(?:elke|iedere?|een${G}van|één${G}van|enige)${G}(?:${W}${G}){0,8}?` +
    `(?:(?:gelieerde|verbonden|gelieerd|verwante)${G}(?:${W}${G}){0,1}?(?:vennootschappen|vennootschap|ondernemingen|onderneming|rechtspersonen|rechtspersoon|entiteiten|entiteit)|groepsmaatschappij(?:en)?|dochtermaatschappij(?:en)?|dochteronderneming(?:en)?)(?![\\p{L}])`,
  'iu',
);

// A qualifier that says which of them is the party: "die als leverancier optreedt", "die de overeenkomst sluit",
// "met wie de overeenkomst tot stand komt".
const WHICH_ONE = /^[ \t\n,]{0,3}(?:die|welke|met[ \t\n]{1,4}wie|waarmee)[ \t\n]{1,4}(?:\p{L}{1,20}[ \t\n]{1,4}){0,4}?(?:optreedt|optreden|sluit|sluiten|aangaat|aangaan|gesloten|aangegaan|tot[ \t\n]{1,4}stand|partij|contracteert)/iu;

export const rule: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'definitie-partij-open',
    category: 'definities',
    defaultSeverity: 'warning',
    title: { nl: 'Partij met een open omschrijving', en: 'Party defined open-endedly' },
    messages: {
      default: {
        nl: 'De omschrijving van "{term}" laat open wie partij is: naast de genoemde onderneming ook "{phrase}". Uit de voorwaarden blijkt dan niet met welke vennootschap de wederpartij contracteert en wie zij kan aanspreken. Noem de rechtspersoon die de overeenkomst sluit (met inschrijvingsnummer in het handelsregister); regel in een afzonderlijke bepaling of en hoe verbonden ondernemingen de overeenkomst mogen uitvoeren.',
        en: 'The definition of "{term}" leaves open who is a party: besides the company named, also "{phrase}". The terms then do not show which company the other party contracts with, nor whom it can hold to the contract. Name the legal entity that makes the contract (with its trade register number); say in a separate clause whether and how affiliated companies may perform it.',
      },
    },
  },
  check(model, ctx) {
    for (const d of model.definitions) {
      // "Groepsmaatschappij: elke vennootschap die ..." defines the group, not a party.
      if (/gelieerd|verbonden|groep|dochter/i.test(d.term)) continue;
      const m = OPEN_PARTY.exec(d.text);
      // "... of een van haar dochterondernemingen die de overeenkomst sluit": the one that contracts is meant.
      if (!m || WHICH_ONE.test(d.text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
      const start = d.textSpan.start + m.index;
      ctx.report({ span: { start, end: start + m[0].length }, args: { term: d.term, phrase: m[0] } });
    }
  },
};
