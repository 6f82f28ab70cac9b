import * as assert from 'node:assert/strict';
import { check, findingsOf } from '../testing/check';
import { dictionary, installDictionary, Speller } from '../spelling/dictionary';
import { typoFixes } from '../spelling/suggest';
import { testWordList } from '../spelling/testWordList';
import fc from 'fast-check';
import { runs } from '../testing/fuzz';
import { checkableWords } from '../spelling/words';
import { inEnglishSentence, inQuotedGloss } from '../spelling/foreign';
import { parseDocument } from '../model/parse';
import type { RuleContext } from '../kit/rule';
import type { Block } from '../model/types';
import { foreignNameBeside, rule } from './typefout';
import phrases from './data/spelling.json';

describe('typefout', () => {
  beforeEach(() => installDictionary(testWordList));
  afterEach(() => installDictionary(undefined));

  it('reports words the dictionary does not know', () => {
    check('typefout', 'De «opdrachtgevr» betaalt de factuur.');
    check('typefout', 'Alle «prijswijzingen» zijn schriftelijk.');
  });

  it('knows the term of the AVG for pseudonymisation and its verb forms, not a misspelling of it', () => {
    check('typefout', 'Verwerker past pseudonimisering toe: de gegevens worden gepseudonimiseerd.');
    check('typefout', 'Verwerker past «pseudonimsering» toe.');
  });

  it('knows "kvk", the short form of the Kamer van Koophandel in a party\'s description, and still reports its misspelling', () => {
    check('typefout', 'De opdrachtgever (kvk 12345678) betaalt de factuur.');
    check('typefout', 'De opdrachtgever («kvkk» 12345678) betaalt de factuur.');
  });

  it('reads a bracketed first part of a compound with the word after the bracket', () => {
    check('typefout', 'De (leverings)termijn staat schriftelijk vast.');
    // Before a blank the bracketed part stands alone, and alone it is no word.
    check('typefout', 'De («leverings») termijn staat vast.');
  });

  it('reports nothing before a dictionary is installed', () => {
    installDictionary(undefined);
    check('typefout', 'De opdrachtgevr betaalt de factuur.');
  });

  it('accepts compounds of known words, with a linking s or e(n), and regular derivations', () => {
    check('typefout', 'De verwerkersovereenkomst en de aansprakelijkheidsverzekering gelden.');
    check('typefout', 'De bedrijfsschade, de verhaalsmogelijkheid en de leveringstermijnen.');
    check('typefout', 'Zijn voorwaarden zijn beperkender; kwaadwillendheid is uitgesloten.');
  });

  it('reports a short word run together with a noun: a three-letter head must be a noun, a pronoun no tail', () => {
    check('typefout', 'De opdrachtgever betaalt «vantoepassing» de factuur.');
    check('typefout', 'De opdrachtgever betaalt «metelkaar» de factuur.');
    check('typefout', 'De opdrachtgever betaalt de factuur met elkaar; de installatiemap is van toepassing.');
  });

  it('reports an auxiliary, "niet", "door" or a conjunction run together with the word before: they end no compound', () => {
    check('typefout', 'De «opdrachtnemerzullen» betalen; de opdrachtgever «ontbindenindien» de schade in de overeenkomst.');
    check('typefout', 'De schade «wordtgevraagd» en de «nietgegeven» gegevens.');
    check('typefout', 'Partijen zullen, indien de opdrachtgever betaalt, ontbinden; de installatiemap en de verwerkersovereenkomst gelden.');
  });

  it('accepts a short first part before a hyphen when the rest is a word', () => {
    check('typefout', 'Levering van car-audioapparatuur en pc-installatie.');
    check('typefout', 'De opdrachtgever betaalt «car-audioaparatuur».');
  });

  it('leaves an unknown word beside a capitalised foreign word alone, not beside a Dutch one', () => {
    check('typefout', 'De Customer experience en een Change of control zijn Engelse termen.');
    check('typefout', 'De Opdrachtgever «opdrachtgevr» betaalt.');
  });

  it('accepts a compound ending in a three-letter noun, and a linking sound before a hyphen', () => {
    check('typefout', 'De installatiemap en de toegankelijkheids-problemen zijn in de overeenkomst.');
    // A misspelt head, a tail that is no noun of the list, a misspelt part before the hyphen.
    check('typefout', 'De «instalatiemap», de «installatiemup» en de «toegankelijkhieds-problemen».');
  });

  it('accepts the legal, Latin and ICT words of its own list', () => {
    check('typefout', 'De exoneratie en de cessie gelden mutatis mutandis voor de subverwerkers en de webclient.');
    check('typefout', 'Het is uitgesloten de software te decompileren of te disassembleren.');
    check('typefout', 'Het is uitgesloten de software te decompileren of reverse engineering toe te passen.');
    check('typefout', 'Een hotfix of rollback via de deployment-straat, multi-tenant of on-premises, met hashing en single sign-on.');
    check('typefout', 'Een disaster recovery-plan; de software wordt gepatcht; trojan horses en anderssoortige software.');
    // The list holds these words, not their typing errors.
    check('typefout', 'Een «hotfxi» of «rolback» via de «deploymnet».');
  });

  it('leaves names, capitals, abbreviations, addresses, numbers with units and cut-off compounds alone', () => {
    check('typefout', 'Bizzlewerk en KVK-nummer NLX en Grootwinkelbedrijf zijn namen.');
    check('typefout', 'Zie https://voorbeeld.nl/vwdn of mail naar info@bizzlewerk.nl of www.bizzlewerk.nl.');
    check('typefout', 'Gebruik bijv. de opdrachtgever enz. met een limiet van 15kg en 20mb per dag.');
    check('typefout', 'De bedrijfs- en persoonsgegevens, de (bedrijfs)schade en de (leverings-)termijnen.');
    check('typefout', 'Zie artikel ii en iv van de overeenkomst.');
    // A full stop joins an address only inside its chunk or after "www": the word before it is read.
    check('typefout', 'De opdrachtgever betaalt de «factur». Zie bizzlewerk.nl of www. voor de «factur».');
    check('typefout', 'Zie art. 5 van de «factur»... en de opdrachtgever.');
    // Only the address's own chunk is left alone: the word right after it is read.
    check('typefout', 'Zie ("info@bizzlewerk.nl") «opdrachtgevr» voor de factuur.');
  });

  it('takes two unknown words in a row, or next to English function words, for a foreign passage', () => {
    check('typefout', 'De overeenkomst noemt dit flubbering wobbles op de factuur.');
    check('typefout', 'De software bevat grommets for the gadget.');
  });

  it('takes an English sentence and a gloss in brackets after a quoted term for foreign text', () => {
    check('typefout', 'De opdrachtgever betaalt. That’s just wobbles! De opdrachtgever betaalt.');
    check('typefout', 'De “schade” (wobbles) en de “gegevens” (grommets bits) gelden.');
    check('typefout', 'Zij zegt: you are wobbles. De «factur» betaalt.');
  });

  it('still reports a typing error in a Dutch sentence with one English word or a bracket without a quote', () => {
    check('typefout', 'De opdrachtgever van The Gym betaalt de «factur».');
    check('typefout', 'De schade («wobbles») en de opdrachtgever betalen.');
  });

  it('accepts the user\'s own words, in any case', () => {
    check('typefout', 'De opdrachtgevr betaalt de bizzlewerk-factuur.', { words: ['Opdrachtgevr', 'bizzlewerk'] });
    check('typefout', 'De «opdrachtgevr» betaalt.', { words: ['andere'] });
  });

  it('reports a well-known name in lower case with its right form, also in an English phrase or beside an unknown word', () => {
    const [f] = check('typefout', 'Deel dit artikel via «linkedin» of per e-mail.');
    assert.match(f.message.nl, /"linkedin" is de naam LinkedIn/);
    assert.deepEqual(typoFixes('Deel dit artikel via linkedin of per e-mail.', f).map((x) => [x.edits[0].newText, x.preferred]), [['LinkedIn', true]]);
    check('typefout', 'Share on «google»; volg ons op «twitter» en wobbles «youtube».');
    // Written right, in an address, or as the user's own word: no finding.
    check('typefout', 'Wij gebruiken Google Analytics en YouTube; zie www.facebook.com of info@linkedin.com.');
    check('typefout', 'De opdrachtgever betaalt via twitter.', { words: ['twitter', 'via'] });
    // After a subject it is a verb made of the name ("ik whatsapp"), which Dutch writes in lower case.
    check('typefout', 'De opdrachtgever zegt: ik whatsapp de factuur.', { words: ['zegt', 'ik'] });
    check('typefout', 'De opdrachtgever stuurt een «whatsapp» bericht.', { words: ['stuurt', 'een', 'bericht'] });
  });

  it('reads a word broken by a hyphen at a line end (text copied from a PDF) as the one word it is', () => {
    check('typefout', 'De opdracht-\ngever betaalt de factuur; de aansprakelijk-\r\n  heid en de verzekering gelden.');
    // A word whose own hyphen falls at the line end: joined it is unknown, hyphenated it is a word.
    check('typefout', 'Zie de e-\nmail van de opdrachtgever.');
    // Broken or not, a misspelt word is reported, over both parts, and corrected as one word.
    const text = 'De opdracht-\ngevr betaalt de factuur.';
    const [f] = check('typefout', 'De «opdracht-\ngevr» betaalt de factuur.');
    assert.match(f.message.nl, /^"opdrachtgevr" staat niet/);
    assert.deepEqual(typoFixes(text, f).map((x) => x.edits[0].newText), ['opdrachtgever']);
  });

  it('joins no word across a hyphen that is not at a line end, nor before a blank or a capital', () => {
    check('typefout', 'De opdracht- «gever» betaalt de factuur.');
    check('typefout', 'De opdracht- \n«gever» betaalt de factuur.');
    check('typefout', 'De opdracht-\n\n«gever» betaalt de factuur.');
  });

  it('leaves YAML front matter alone: it is the file\'s metadata, not text of the draft', () => {
    check('typefout', '---\ntitle: "Voorwaarden"\nsummary: opdrachtgevr\n---\n\nDe «opdrachtgevr» betaalt de factuur.');
    // A rule above a paragraph, or front matter never closed, is text of the draft.
    check('typefout', '---\nDe «opdrachtgevr» betaalt.\n---\n\nDe factuur.');
    check('typefout', '---\nprijs: «opdrachtgevr»\n\nDe factuur.');
  });

  it('accepts the last part of a known compound of the article standing alone ("de fotoshoot ... de shoot")', () => {
    check('typefout', 'De opdrachtnemer mag de kosten doorfactureren; het factureren is per dag.');
    // Without the compound in the article the word stands alone, and is judged alone.
    check('typefout', 'De opdrachtnemer mag de kosten «factureren» per dag.');
    // Ending a compound whose first part is no word ("opdracht" is not in the test list) makes no word.
    check('typefout', 'De opdrachtgever betaalt; de «gever» betaalt.');
  });

  it('knows loanwords common in IT contracts and trade terms of the curated list, not a misspelling of them', () => {
    check('typefout', 'De deliverables, de backups en de latency; de software is compliant; de schade door parvovirus.');
    check('typefout', 'De «delivrables» en de «parvovirs».');
    check('typefout', 'Geen scraping van de website; de embeddings en de embedding-gegevens; de coachee betaalt.');
    check('typefout', 'Geen «scrapping» van de website; de «coachea» betaalt.');
  });

  it('knows a strong participle made a noun ("het overeengekomene"), not an infinitive with an e', () => {
    check('typefout', 'Het ingeslotene en het gegevene gelden.');
    check('typefout', 'Het «betalene» en het «gegvene» gelden.');
  });

  it('leaves one-word forms of the spelling list to the spelling rule', () => {
    check('typefout', 'Schriftelijk danwel per post, voorzover mogelijk.');
  });

  it('offers up to three suggestions as fixes, looked up on request', () => {
    const text = 'De opdrachtgevr betaalt.';
    const [f] = findingsOf('typefout', text);
    assert.equal(f.fixes, undefined, 'no suggestions computed during analysis');
    const fixes = typoFixes(text, f);
    assert.deepEqual(fixes.map((x) => x.edits[0].newText), ['opdrachtgever']);
    assert.equal(fixes[0].preferred, true);
    assert.ok(dictionary()!.suggestions('prjs', 3).length <= 3);
  });

  it('suggests "X- en" first where a cut-off compound lost its hyphen and blank before a compound that fits', () => {
    const text = 'De aanvangsen slottijden staan vast.';
    const [f] = check('typefout', 'De «aanvangsen» slottijden staan vast.');
    assert.equal(typoFixes(text, f)[0].edits[0].newText, 'aanvangs- en');
    // The next word is no compound that fits: a plain misspelling of a plural.
    const other = 'De ideeen van de opdrachtgever.';
    const [g] = check('typefout', 'De «ideeen» van de opdrachtgever.');
    assert.ok(!typoFixes(other, g).some((x) => x.edits[0].newText.endsWith('- en')));
  });

  it('takes a lower-case word the article also writes in capitals for that name, not a typo', () => {
    check('typefout', 'BIZZLEWERK (bizzlewerk): de opdrachtnemer. De BizzleWerk-gebruiker en de bizzlewerk-gebruiker.');
    // A capital at the start only (a sentence, a defined term) makes no name of the lower-case word.
    check('typefout', 'Opdrachtgevr betaalt. De «opdrachtgevr» betaalt.');
  });

  it('knows "-eerbaar" derived from a verb in "-eren" or "-iëren", not from a verb the list lacks', () => {
    check('typefout', 'De software is niet-sublicentieerbaar; de sublicentieerbare software.');
    check('typefout', 'De «wijzigeerbare» software; de «sublicentierbare» software.');
  });

  it('is an information finding by default and can be switched off', () => {
    const text = 'De opdrachtgevr betaalt.';
    const { analyze } = require('../analyzer') as typeof import('../analyzer');
    assert.equal(analyze(text).findings.find((f) => f.ruleId === 'typefout')?.severity, 'information');
    assert.equal(analyze(text, { rules: { typefout: 'off' } }).findings.filter((f) => f.ruleId === 'typefout').length, 0);
  });

  it('a disable comment silences it like any rule', () => {
    check('typefout', '<!-- clausule-disable-next-line typefout -->\nDe opdrachtgevr betaalt.');
  });
});

/**
 * The rule as its first version read a block: objects per word, one verdict per unique word in a plain
 * Map, a flag per word. The plain statement of what the rule reports.
 */
function firstVersion(block: Block, speller: Speller, own: ReadonlySet<string> | undefined): Array<[number, number, string]> {
  const LISTED = new Set(phrases.entries.map((e) => e.wrong.toLowerCase()).filter((w) => !w.includes(' ')));
  const ENGLISH = new Set(['the', 'and', 'for', 'of', 'with', 'from', 'to', 'your', 'you', 'this', 'that', 'are', 'not', 'any', 'our', 'its', 'by', 'or', 'be', 'as', 'at', 'on', 'all']);
  const verdictOf = (word: string): number => (ENGLISH.has(word.toLowerCase()) ? 1 : LISTED.has(word.toLowerCase()) || speller.isWord(word) ? 0 : 2);
  const ownWord = (w: string): boolean =>
    !!own && (own.has(w.toLowerCase()) || (w.includes('-') && w.split('-').every((p) => p.length < 2 || own.has(p.toLowerCase()) || speller.isWord(p))));
  const words = checkableWords(block.text);
  const kinds = words.map((w) => verdictOf(w.word));
  const unknown = words.map((w, i) => kinds[i] === 1 || (kinds[i] === 2 && !ownWord(w.word)));
  const out: Array<[number, number, string]> = [];
  for (let i = 0; i < words.length; i++) {
    if (!unknown[i] || kinds[i] === 1) continue;
    if (inEnglishSentence(block.text, words[i].start, words[i].end) || inQuotedGloss(block.text, words[i].start, words[i].end)) continue;
    const prevClose = i > 0 && unknown[i - 1] && /^[\s,]*$/.test(block.text.slice(words[i - 1].end, words[i].start));
    const nextClose = i + 1 < words.length && unknown[i + 1] && /^[\s,]*$/.test(block.text.slice(words[i].end, words[i + 1].start));
    const inCapitals = [...block.text.matchAll(/[\p{L}\p{M}]+/gu)].some((m) => m[0].toLowerCase() === words[i].word.toLowerCase() && /\p{Lu}/u.test(m[0].slice(1)));
    if (inCapitals) continue;
    if (!prevClose && !nextClose && !foreignNameBeside(block.text, words[i].start, words[i].end, speller)) out.push([words[i].start, words[i].end, words[i].word]);
  }
  return out;
}

describe('typefout: the verdict table against the first version', () => {
  it('reports what the first version reports, block by block, with verdicts kept across texts', () => {
    // One speller for all runs: the rule's verdicts of earlier texts are asked again.
    const speller = new Speller(testWordList);
    const words = ['de', 'opdrachtgever', 'factuur', 'betaalt', 'opdrachtgevr', 'factur', 'wobbles', 'grommets', 'bizzlewerk', 'the', 'you', 'and', 'danwel',
      'Partij', 'xiv', 'iv', 'auteur’s', "auteur's", 'niet-gelieerde', 'bizzlewerk-factuur', 'bedrijfs-', 'é', 'ë', 'K', '15', 'x.nl', 'www', 'w'.repeat(46)];
    const between = [' ', ' ', ' ', ', ', ',', '.', '. ', '\n', '\n\n', '(', ')', '“', '”', '"', '@', '/', ':', '1.', '\nArtikel 1\n', '\u00a0', ''];
    const texts = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...between)), { maxLength: 24 }).map((p) => p.flat().join(''));
    fc.assert(
      fc.property(texts, fc.boolean(), (text, withOwn) => {
        const own = withOwn ? new Set(['bizzlewerk', 'wobbles', 'you']) : undefined;
        for (const block of parseDocument(text).blocks) {
          const found: Array<[number, number, string]> = [];
          const ctx: RuleContext = { audience: 'b2b', speller, words: own, report: (r) => void found.push([r.span.start, r.span.end, String(r.args?.word)]) };
          rule.check(block, ctx);
          assert.deepEqual(found, firstVersion(block, speller, own));
        }
      }),
      { numRuns: runs(1500) },
    );
  });
});
