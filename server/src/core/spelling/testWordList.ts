// A small stand-in for the Dutch dictionary in unit tests of the core (the real one is loaded by
// server/src/node/dictionary.test.ts): the words below, and suggestions by one letter inserted.
import type { WordList } from './dictionary';

const WORDS = `de het een en of in op te ten van voor met door aan bij dat die is zijn wordt worden heeft
hebben zal kan mag moet niet geen alle deze dit wel ook als dan tot na om er zich hij jij u men zij
opdrachtgever opdrachtnemer overeenkomst levering leveringen termijn termijnen bedrijf schade gegevens
persoon prijs prijzen wijziging wijzigingen verzekering aansprakelijkheid betaalt betaald betalen bepaalt
bepaald draag draagt dragen zorg verwerker verwerkers vergoeding verhaal mogelijkheid factuur dag dagen
werk werken uitvoering opgeleverd kosten beperkend beperkender gebruik software website rekening eigen
uniek product producten waarbij redelijk gevolg geval gevallen hoeft totdat zover verder schriftelijk
kwaadwillend uren vijf minste slotte zake plaatsvinden staat ervoor in zorgen gelden namen noemt
mogelijk post limiet artikel mail naar zie per binnen dertig gebruikt voorwaarden uitgesloten
gebruiker gebruiken leveren installatie map toegankelijkheid problemen proberen haar geven gegeven
opdrachten onderbreking kort houden partijen geschil oplossen aanvang slot tijden idee ideeën staan vast
uitgevoerd ingesloten doorfactureren gefactureerd gevoerd gesloten enveloppen verzonden gereageerd verzoek
toepassing elkaar onze audioapparatuur kracht engineering passen toe
kun kunt streef streeft vrijwaar vrijwaart voort bijt pas past naar kosten zorgt draagt
zullen indien ontbinden stel stelt neem neemt enkel gevraagd via single straat recovery plan`.split(/\s+/);

export const testWords = new Set(WORDS);

export const testWordList: WordList = {
  shortNouns: new Set(['map']),
  has: (w) => testWords.has(w) || testWords.has(w.toLowerCase()),
  suggest: (w) => {
    const out: string[] = [];
    for (const known of testWords) {
      if (known.length !== w.length + 1) continue;
      for (let i = 0; i <= w.length; i++) if (known.slice(0, i) + known.slice(i + 1) === w) out.push(known);
    }
    return [...new Set(out)];
  },
};
