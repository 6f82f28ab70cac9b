import * as assert from 'node:assert/strict';
import { assertGate } from '../engine/gateCheck';
import { PATTERN, START_WORDS, mayStartAt } from './spelling';
import data from './data/spelling.json';
import { AFTER_TE_KUNNEN } from '../spelling/infinitive';
import { proveGate } from '../testing/literalProof';
import { applyFix, check, unmark } from '../testing/check';

describe('spelling', () => {
  it('leaves YAML front matter alone, and reads the draft after it', () => {
    check('spelling', '---\ntitel: Voorwaarden\nsamenvatting: schriftelijk danwel per e-mail\n---\n\nSchriftelijk «danwel» per e-mail.');
    check('spelling', '---\nSchriftelijk «danwel» per e-mail.\n---\n');
  });

  it('finds the known misspellings', () => {
    check('spelling', 'Leverancier mag «ten allen tijde» de Dienst aanpassen.');
    check('spelling', 'schriftelijk «danwel» per e-mail');
    check('spelling', '«Voorzover» de wet dat toestaat, en «ondermeer» de kosten.');
    check('spelling', 'De Opdrachtgever is «ingebreke» na een termijn.');
  });

  it('accepts the correct spellings and look-alikes', () => {
    check('spelling', 'Leverancier mag te allen tijde de Dienst aanpassen, dan wel beëindigen, voor zover nodig.');
    check('spelling', 'de ingebrekestelling, de danwelvariant en het woord allentijde blijven onberoerd');
  });

  it('finds "er voor" before "zorgen", "tot dat" before an adverb and "plaats vindt" ending a clause', () => {
    check('spelling', 'Klant dient «er voor te zorgen» dat de gegevens kloppen en draagt «er voor zorg» dat niemand ze ziet.');
    check('spelling', 'Leverancier mag opschorten «tot dat» alsnog is betaald. Indien de levering later «plaats vindt», geldt dit.');
    check('spelling', 'De levering gaat door, «ten zij» partijen anders afspreken, en begint «zo dra» is betaald.');
  });

  it('leaves "er voor" with its own object, "tot dat" before a noun and "een plaats vindt" alone', () => {
    check('spelling', 'Er is voor de levering niets geregeld. Dit geldt tot dat moment. Zodra hij een plaats vindt, meldt hij dat.');
  });

  it('replaces while keeping the capital', () => {
    const { text } = unmark('Danwel iets.');
    const [f] = check('spelling', '«Danwel» iets.');
    assert.equal(applyFix(text, f), 'Dan wel iets.');
  });
});

describe('spelling: literal gate', () => {
  it('tries the pattern only at the first words of its entries, and finds what a full scan finds', () => {
    const phrases = (data.entries as Array<{ wrong: string }>).map((e) => e.wrong);
    assertGate(PATTERN, START_WORDS, [...phrases, 'te allen tijde', 'persoonsgegevens', 'ten  alle\ttijde'], 0, 600);
  });

  it('trying the pattern only where mayStartAt holds finds what a full scan finds', () => {
    const phrases = (data.entries as Array<{ wrong: string }>).map((e) => e.wrong);
    // Text is joined without separators, so these run straight into the phrases: "laatsteten alle tijde".
    const glue = ['laatste', 'kosten', 'eerste', 'x7', 'é', '_', '\u212a', 'al', 'alles', 'ALLE', 'A\u212aLE', 'te te', 'ten'];
    assertGate(PATTERN, START_WORDS, [...phrases, ...glue, 'te allen tijde', 'ten  alle\ttijde'], 0, 600, mayStartAt);
    // Not vacuous: it does rule places out.
    for (const [t, at] of [['te zijner tijd', 0], ['ten slotte', 0], ['kosten alle tijde', 4], ['xdanwel', 1]] as const) assert.equal(mayStartAt(t, at), false, t);
    for (const t of ['te alle tijde', 'TE\tALLEN', 'ten  allen', 'danwel']) assert.equal(mayStartAt(t, 0), true, t);
  });
});

describe('spelling: split and joined forms where the context decides', () => {
  it('finds the forms written apart or together against the official spelling', () => {
    check('spelling', 'Vorderingen «terzake» de levering en «ten alle tijden» geldig.');
    check('spelling', 'Bij annulering is «ten aller tijden» een vergoeding verschuldigd.');
    check('spelling', 'De verrekening zal «plaats vinden» na de oplevering.');
    check('spelling', 'Opschorten «tot dat» de Opdrachtgever heeft betaald.');
    check('spelling', 'De vergoeding bedraagt «tenminste» 15% en duurt «tenminste» vijf uren.');
    check('spelling', 'Eerst de kosten, en «tenslotte» de hoofdsom.');
    check('spelling', 'Zij mag de uitvoering «op de schorten» en de overeenkomst «op de zeggen».');
    check('spelling', 'Leverancier zal «zorgen dragen» voor de opslag; Klant «staat er voor in» dat alles klopt.');
    check('spelling', 'Na «akkoord verklaring» van deze «Algemenen Voorwaarden» is alles voor «eigenrekening».');
    check('spelling', 'Vertraging «tengevolge» van een storing, of een storing «tengevolge» waarvan de levering uitblijft.');
  });

  it('leaves the same words alone where they are right', () => {
    check('spelling', 'Partijen zoeken een plaats vinden voor de opslag; zij moeten een geschikte plaats vinden.');
    check('spelling', 'Dat geldt tot dat moment, tot dat tijdstip.');
    check('spelling', 'Hij heeft tenminste gebeld; dat is tenminste iets.');
    check('spelling', 'Tenslotte is hij de eigenaar. Ten slotte de hoofdsom. Zij is tenslotte de koper.');
    check('spelling', 'Zij gaat op de stoel zitten en neemt de zorg voor de opslag; zij staat ervoor in.');
    check('spelling', 'Ter zake van de levering geldt ten minste vijf dagen; de levering zal plaatsvinden.');
    check('spelling', 'Dientengevolge vervalt de termijn; ten gevolge daarvan betaalt Klant niets.');
  });
});

describe('spelling: "er" and a preposition side by side, and other forms written apart', () => {
  it('finds "er" and the preposition of the verb written apart, and the conjunction "ten einde"', () => {
    check('spelling', 'Leverancier «zorgt er voor» dat de gegevens kloppen; Klant is «er toe» gehouden de schade te beperken.');
    check('spelling', 'Partijen gaan «er van uit» dat de planning haalbaar is en Leverancier ziet «er op toe» dat niemand meekijkt.');
    check('spelling', 'Klant stelt Leverancier «er van op de hoogte» en Leverancier «streeft er naar» om binnen een dag te reageren.');
    check('spelling', 'Klant «stemt er mee in» dat de back-up buiten de EU staat, en «er van uitgaande» dat dit mag.');
    check('spelling', '«Ten einde» de schade te beperken, neemt Klant maatregelen.');
    check('spelling', 'Partijen gaan «er van uit» bij de planning, en Leverancier ziet «er op toe» bij elke levering.');
  });

  it('finds a separable verb, a compound adjective and the code\'s name written apart', () => {
    check('spelling', 'Het recht kan niet «teniet gaan» en is niet «teniet gedaan».');
    check('spelling', 'Wat partijen «overeen komen», en wat dat «teweeg brengt»; de middelen «waar mee» en «daar mee» gewerkt wordt.');
    check('spelling', 'Als ik een wijziging «teweeg breng», meld ik dat.');
    check('spelling', 'Een regel die «dwingend rechtelijk» geldt, staat in het «Burgerlijke Wetboek».');
    const [f] = check('spelling', 'Dit volgt uit het «burgerlijke wetboek».');
    assert.equal(applyFix('Dit volgt uit het burgerlijke wetboek.', f), 'Dit volgt uit het Burgerlijk Wetboek.');
  });

  it('leaves "er" that is no part of the verb\'s object, "ten einde" meaning "at an end", and split forms that are right', () => {
    check('spelling', 'Zij zorgt er voor haar moeder. De huur loopt ten einde de dag na de opzegging; hij was ten einde raad.');
    check('spelling', 'Is het tegoed ten einde zijn de diensten niet meer bereikbaar; is de termijn ten einde, dan stopt de levering.');
    check('spelling', 'Het doet er niet toe. Er op de website staat niets. Er van de kosten iets overblijft, is onzeker.');
    check('spelling', 'Zij zorgt ervoor dat het klopt, is ertoe gehouden, ziet erop toe; het recht gaat teniet; het Burgerlijk Wetboek.');
    check('spelling', 'Partijen komen overeen, en dit is overeen te komen; het brengt veel teweeg; hiermee, daarmee, waarmee.');
  });
});

describe('spelling: doubled words', () => {
  it('finds a word written twice in a row, and removes the second', () => {
    const [f] = check('spelling', 'Binnen een termijn na de «de» dag van oplevering.');
    assert.equal(applyFix('Binnen een termijn na de de dag van oplevering.', f), 'Binnen een termijn na de dag van oplevering.');
    check('spelling', 'De kosten van «van» de incasso.');
  });

  it('accepts the doubles Dutch writes on purpose, names and words across lines or punctuation', () => {
    check('spelling', 'Hij zegt dat dat klopt; die die het weten, zwijgen; als je je aanmeldt, ben je lid.');
    check('spelling', 'Algemene voorwaarden van Van der Berg B.V.');
    check('spelling', 'de kosten, de\nde rest; zie artikel 4. 4. de vorige; het 2-2 gelijkspel');
  });

  it('reads "voor voor zover" as the particle of "voorgaan" before "voor zover", not a doubled word', () => {
    check('spelling', 'Bij strijdigheid gaat de verwerkersbijlage voor voor zover het persoonsgegevens betreft.');
    check('spelling', 'De korting geldt voor «voor» de levering; de bijlage gaat voor «voor» zoveel als nodig.');
  });
});

describe('spelling: the same word on both sides of "en" or "of"', () => {
  it('finds a coordination of one word with itself', () => {
    check('spelling', 'Een gebruiker die «indirect of indirect» toegang heeft; kennisgeving «schriftelijk en schriftelijk».');
    check('spelling', 'Partijen handelen «Direct en/of direct».');
  });

  it('leaves deliberate repeats, modified repeats and different words alone', () => {
    check('spelling', 'Indien Klant niet of niet tijdig betaalt, door en door, meer en meer, om en om; direct of indirect.');
    check('spelling', 'Weergave in oudere versies of versies die later verschijnen; te gebruiken of gebruiken om iets te doen.');
    check('spelling', 'Artikel 4 of 4a; 3 en 3; de B.V. en B.V.-structuur; directe- of directe-kosten.');
  });

  it('leaves a word repeated with another number or letter after it: another article, annex or chapter', () => {
    check('spelling', 'Wie dit artikel of artikel 9 schendt, verliest de licentie; bijlage A en bijlage B; hoofdstuk III of hoofdstuk IV.');
    check('spelling', 'Overtreding van dit «artikel of artikel» leidt tot opschorting; de «bijlage en bijlage» bevat prijzen.');
  });
});

describe('spelling: doubled legal form and doubled full stop', () => {
  it('finds a legal form written twice, and removes it with the extra stop', () => {
    const text = 'Dit zijn de voorwaarden van Bizzlewerk Comm.V. Comm.V.. Deze gelden altijd.';
    const [f] = check('spelling', 'Dit zijn de voorwaarden van Bizzlewerk Comm.V. «Comm.V..» Deze gelden altijd.');
    assert.equal(applyFix(text, f), 'Dit zijn de voorwaarden van Bizzlewerk Comm.V. Deze gelden altijd.');
    const [g] = check('spelling', 'Bizzlewerk B.V. «B.V.», gevestigd te Utrecht; Voorbeeld BV «BV».');
    const [h] = check('spelling', 'Voorbeeld BV «BV».');
    assert.equal(applyFix('Voorbeeld BV BV.', h), 'Voorbeeld BV.');
    assert.equal(applyFix('Bizzlewerk B.V. B.V., gevestigd te Utrecht.', g), 'Bizzlewerk B.V., gevestigd te Utrecht.');
  });

  it('finds two full stops after a word, and removes one', () => {
    const [f] = check('spelling', 'De oplevering kan volgen«..» Daarna betaalt Klant.');
    assert.equal(applyFix('De oplevering kan volgen.. Daarna betaalt Klant.', f), 'De oplevering kan volgen. Daarna betaalt Klant.');
  });

  it('leaves one legal form, an ellipsis and an abbreviation at the end of a sentence alone', () => {
    check('spelling', 'Bizzlewerk B.V. en Voorbeeld N.V., B.V. of N.V.; wacht... Zie Bizzlewerk Comm.V.. Daarna enz. Einde. BV, BV.');
  });
});

describe('spelling: decomposed letters', () => {
  it('finds a letter written as base letter plus combining mark, and composes it', () => {
    const text = 'De bee\u0308indiging van de overeenkomst.';
    const [f] = check('spelling', 'De be«e\u0308»indiging van de overeenkomst.');
    assert.equal(applyFix(text, f), 'De beëindiging van de overeenkomst.');
  });

  it('reports the first of an article once, and its fix composes them all', () => {
    const text = 'De bee\u0308indiging en de ideee\u0308n.';
    const [f] = check('spelling', 'De be«e\u0308»indiging en de ideee\u0308n.');
    assert.match(f.message.nl, /in dit artikel nog 1 keer voor/);
    assert.equal(applyFix(text, f), 'De beëindiging en de ideeën.');
  });

  it('leaves composed letters and marks without a composed form alone', () => {
    check('spelling', 'De beëindiging en de ideeën; een j\u0301 en een q\u0301 hebben geen eigen letter.');
  });

  it('names a character that NFC replaces by another as a look-alike, spans it alone and replaces it', () => {
    // U+037E, the Greek question mark, after a closing quote: the quote stays out of the span.
    const text = "hierna te noemen: 'Klant'\u037e en verder.";
    const [f] = check('spelling', "hierna te noemen: 'Klant'«\u037e» en verder.");
    assert.match(f.message.nl, /^Hier staat niet ";" maar een teken dat er alleen op lijkt \(U\+037E\)/);
    assert.match(f.message.en, /only looks like it \(U\+037E\)/);
    assert.doesNotMatch(f.message.nl, /ontlede Unicode/);
    assert.equal(applyFix(text, f), "hierna te noemen: 'Klant'; en verder.");
    // The Greek ano teleia (U+0387), the Kelvin sign (U+212A) and the Ångström sign (U+212B); one finding, one fix for all.
    const more = 'Stand\u0387 de oven op 300 \u212A, de golf is 5 \u212B.';
    const [g] = check('spelling', 'Stand«\u0387» de oven op 300 \u212A, de golf is 5 \u212B.');
    assert.match(g.message.nl, /in dit artikel nog 2 keer voor/);
    assert.equal(applyFix(more, g), 'Stand· de oven op 300 K, de golf is 5 Å.');
  });

  it('reports decomposed letters and look-alikes in one article apart', () => {
    const [a, b] = check('spelling', 'De be«e\u0308»indiging; en zo«\u037e» verder.');
    assert.match(a.message.nl, /ontlede Unicode/);
    assert.match(b.message.nl, /alleen op lijkt/);
  });
});

describe('spelling: "en of" for "en/of"', () => {
  it('finds "en of" after a cut-off compound or before "andere"', () => {
    const [f] = check('spelling', 'De inkoop- «en of» verkoopvoorwaarden van Klant; flyers, «en of» andere drukwerken.');
    assert.equal(applyFix('De inkoop- en of verkoopvoorwaarden.', f), 'De inkoop- en/of verkoopvoorwaarden.');
  });

  it('leaves "en of" meaning "and whether" alone', () => {
    check('spelling', 'Klant beoordeelt of de levering tijdig is en of de kwaliteit voldoet, en of anderen hinder ondervinden.');
  });
});

describe('spelling: d/t where the sentence decides (with the dictionary)', () => {
  const { installDictionary } = require('../spelling/dictionary') as typeof import('../spelling/dictionary');
  const { testWordList } = require('../spelling/testWordList') as typeof import('../spelling/testWordList');
  beforeEach(() => installDictionary(testWordList));
  afterEach(() => installDictionary(undefined));

  it('finds a participle after a subject pronoun and a bare stem after a capitalised subject', () => {
    const [f] = check('spelling', 'Jij «betaald» de factuur vooruit.');
    assert.equal(applyFix('Jij betaald de factuur vooruit.', f), 'Jij betaalt de factuur vooruit.');
    check('spelling', 'Hij «bepaald» de termijn.');
    check('spelling', 'Opdrachtgever «draag» er zorg voor dat alles klopt.');
    check('spelling', 'Dat is zo. De Opdrachtgever «draag» er zorg voor.');
  });

  it('leaves participles with an auxiliary, prepositions as openers and correct forms alone', () => {
    check('spelling', 'Als u betaald hebt, leveren wij. Nadat hij betaald heeft, volgt de levering.');
    check('spelling', 'Jij betaalt de factuur. Opdrachtgever draagt er zorg voor.');
    check('spelling', 'In geval er schade is, geldt dit.');
  });

  it('finds a bare stem after a subject pronoun or a capitalised subject that opens the sentence', () => {
    const [f] = check('spelling', 'U «kun» de levering weigeren.');
    assert.equal(applyFix('U kun de levering weigeren.', f), 'U kunt de levering weigeren.');
    check('spelling', 'Dat is zo. Hij «vrijwaar» de opdrachtgever.');
    check('spelling', '2. Opdrachtnemer «vrijwaar» de opdrachtgever.');
    check('spelling', 'Klant «stel» enkel gegevens ter beschikking. Opdrachtnemer «neem» bij de uitvoering de zorg in acht.');
    check('spelling', 'Leverancier «zorg» ervoor dat alles klopt. Opdrachtgever draagt er zorg voor.');
  });

  it('leaves a stem after "ik", an inversion, a preposition or a stem followed by a finite verb alone', () => {
    check('spelling', 'Ik streef ernaar dat alles klopt. Ik vrijwaar de opdrachtgever.');
    check('spelling', 'Dat is zo. Hij pas de kosten aan. Kosten voor de opdrachtgever. Partijen bij de overeenkomst.');
    check('spelling', 'Dat is zo. U zorg draagt voor de levering.');
    check('spelling', 'Dat is zo, maar hij vrijwaar de opdrachtgever.');
    check('spelling', 'Klant stelt enkel gegevens ter beschikking. Opdrachtnemer neemt bij de uitvoering de zorg in acht. Kosten met de factuur.');
  });

  it('finds a noun after "te kunnen" where the verb is meant', () => {
    const [f] = check('spelling', 'Nodig om de software te kunnen «gebruiker» voor uw bedrijf.');
    assert.equal(applyFix('Nodig om de software te kunnen gebruiker voor uw bedrijf.', f), 'Nodig om de software te kunnen gebruiken voor uw bedrijf.');
    check('spelling', 'Om tijdig te kunnen «levering» moet Klant betalen.');
    // Looked for only in articles with "kunnen", in any case.
    check('spelling', 'Om tijdig TE KUNNEN «levering» moet Klant betalen.');
  });

  it('tries the "te kunnen" pattern only in articles with "kunnen", a gate its pattern implies', () => {
    assert.equal(proveGate(AFTER_TE_KUNNEN, ['kunnen']).holds, true);
    assertGate(AFTER_TE_KUNNEN, ['kunnen'], ['te kunnen gebruiker', 'te  kunnen\tlevering', 'te kunnen bestelling', 'kunnen levering']);
  });

  it('leaves an infinitive after "te kunnen" and a noun elsewhere alone', () => {
    check('spelling', 'Om de software te kunnen gebruiken, moet de gebruiker betalen; de levering volgt. Naar beste kunnen gebruiker helpen.');
  });

  it('finds "al" where a sentence opening with its subject lacks "zal" or "zullen"', () => {
    const text = 'Dit kan nodig zijn. Leverancier al proberen de onderbreking kort te houden.';
    const [f] = check('spelling', 'Dit kan nodig zijn. Leverancier «al» proberen de onderbreking kort te houden.');
    assert.equal(applyFix(text, f), 'Dit kan nodig zijn. Leverancier zal proberen de onderbreking kort te houden.');
    const [g] = check('spelling', 'Partijen «al» proberen het geschil op te lossen.');
    assert.equal(applyFix('Partijen al proberen het geschil op te lossen.', g), 'Partijen zullen proberen het geschil op te lossen.');
    check('spelling', '1. De Leverancier «al» proberen de onderbreking kort te houden.');
  });

  it('leaves "al" as an adverb or in a concession alone', () => {
    check('spelling', 'Leverancier zal proberen de onderbreking kort te houden. Leverancier heeft al geleverd.');
    check('spelling', 'Ook al proberen partijen het geschil op te lossen, blijft dit gelden. Zelfs al proberen partijen het, geldt dit.');
    check('spelling', 'Het al dan niet leveren staat vrij. Indien partijen al proberen het geschil op te lossen, geldt dit.');
  });

  it('finds the participle of a separable verb written in two words next to an auxiliary', () => {
    const [f] = check('spelling', 'Het werk is «uit gevoerd». De kosten worden «door gefactureerd» aan de klant.');
    assert.equal(applyFix('Het werk is uit gevoerd.', f), 'Het werk is uitgevoerd.');
    check('spelling', 'Zodra het werk «uit gevoerd» is, volgt de factuur.');
  });

  it('leaves a preposition before an adjectival participle, a stranded preposition and the one word alone', () => {
    check('spelling', 'De stukken zijn in gesloten enveloppen verzonden. Het werk is uitgevoerd.');
    check('spelling', 'Er is niet op gereageerd. Het verzoek waar het werk is uit gevoerd.');
  });

  it('finds a pronoun written together with a participle, and splits it', () => {
    const [f] = check('spelling', 'Dit geldt voor alle «haargegeven» opdrachten.');
    assert.equal(applyFix('Dit geldt voor alle haargegeven opdrachten.', f), 'Dit geldt voor alle haar gegeven opdrachten.');
  });

  it('leaves the pronoun and participle written apart, and compounds the dictionary rejects, to others', () => {
    // "hun" is no compound head: typefout reports "hungegeven" as an unknown word.
    check('spelling', 'Dit geldt voor alle haar gegeven opdrachten en alle hungegeven opdrachten.');
  });

  it('needs the dictionary: without it, no d/t findings', () => {
    installDictionary(undefined);
    check('spelling', 'Jij betaald de factuur vooruit.');
    check('spelling', 'Leverancier al proberen de onderbreking kort te houden. Alle haargegeven opdrachten.');
  });
});

describe('spelling: "word" where "wordt" is meant', () => {
  it('finds "word" without "ik", also without the dictionary', () => {
    const text = 'De overeenkomst word ontbonden indien de factuur niet word betaald.';
    const found = check('spelling', 'De overeenkomst «word» ontbonden indien de factuur niet «word» betaald.');
    assert.equal(applyFix(text, found[0]), text.replace('word ontbonden', 'wordt ontbonden'));
    check('spelling', 'Het geschil «word» voorgelegd aan de rechter. Zodra Klant erom vraagt, «word» de zaak hersteld.');
  });

  it('leaves "word" after "ik", in an inversion, as a command, a name or English alone', () => {
    check('spelling', 'Als ik door u word gebeld, neem ik op. Ik word graag op de hoogte gehouden.');
    check('spelling', 'Daarna word je gebeld. Wanneer word jij lid? Word lid van de vereniging.');
    check('spelling', 'De brief staat in Word of in een ander formaat. Each word counts for the translation.');
    check('spelling', 'Een wachtwoord, het woord "word" en een word-bestand.');
  });

  it('reads "word" after "een", or after "het" ending a phrase, as the noun "woord" that lost its o', () => {
    const text = 'Een levering in de letterlijke betekenis van het word.';
    const found = check('spelling', 'Een levering in de letterlijke betekenis van het «word».');
    assert.match(found[0].message.nl, /zelfstandig naamwoord.*schrijf "woord"/);
    assert.equal(applyFix(text, found[0]), text.replace('het word.', 'het woord.'));
    check('spelling', 'Een «word» in de zin van dit artikel; het «word», zoals bedoeld.');
  });

  it('keeps "wordt" where "het" is the subject or no article precedes', () => {
    const [f] = check('spelling', 'Het «word» ontbonden; het geschil «word» beslecht.');
    assert.match(f.message.nl, /de persoonsvorm is "wordt"/);
  });
});

describe('spelling: "verkeerd" where "verkeert" is meant', () => {
  it('finds "verkeerd" ending a clause with an "in" phrase and no auxiliary, and offers both finite forms', () => {
    const text = 'De overeenkomst eindigt indien een partij langer dan zestig dagen in een toestand van overmacht verkeerd.';
    const [f] = check('spelling', 'De overeenkomst eindigt indien een partij langer dan zestig dagen in een toestand van overmacht «verkeerd».');
    assert.equal(applyFix(text, f), text.replace('verkeerd.', 'verkeert.'));
    assert.deepEqual(f.fixes?.map((x) => x.edits[0].newText), ['verkeert', 'verkeren']);
    check('spelling', 'Leverancier mag opzeggen indien Klant:\n1. in staat van faillissement «verkeerd»;\n2. surseance aanvraagt.');
    check('spelling', 'Dit geldt zolang Klant in verzuim (zoals is bepaald in artikel 6) «verkeerd».');
  });

  it('leaves the adjective, the participle after an auxiliary and "verkeerd" inside a clause alone', () => {
    check('spelling', 'De levering is in dat geval verkeerd. Indien Klant in verzuim heeft verkeerd, geldt dit.');
    check('spelling', 'Indien Klant de gegevens in het formulier verkeerd invult, is dat voor zijn rekening.');
    check('spelling', 'Wat in de offerte staat, blijkt achteraf verkeerd. Zaken in de verkeerde kleur. Klant verkeert in verzuim.');
    check('spelling', 'Klant meldt het indien de zaak in de verpakking te laat of verkeerd.');
  });
});
