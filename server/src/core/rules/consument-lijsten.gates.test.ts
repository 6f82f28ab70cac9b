// The consumer lists' gate words: every match of a check's pattern holds one of its words, so
// skipping an article without them changes nothing (engine/sentenceChecks.ts runSentenceChecks).
import { assertGate } from '../engine/gateCheck';
import { CHECKS as BLACK } from './consument-zwarte-lijst';
import { CHECKS as GREY } from './consument-grijze-lijst';
import { EXONERATION_CHECKS as GREY_EXONERATIONS } from './consumerExemptions';

const BLACK_PHRASES: Record<string, string[]> = {
  j: ['loopt het lidmaatschap door voor een nieuwe periode', 'lopen door met telkens dezelfde termijn', 'loopt door voor een volgende looptijd', 'automatisch met een jaar verlengd', 'stilzwijgend verlengd', 'stilzwijgend met een jaar verlengd', 'verlengd telkens stilzwijgend', 'voortgezet stilzwijgend', 'automatisch verlengd', 'automatisch \t\n telkens vernieuwd'],
  n: ['rechtbank te Amsterdam', 'kantonrechter in Utrecht', 'rechter van het arrondissement Den Haag', 'arrondissement waar Leverancier', 'vestigingsplaats van BCS', 'plaats van vestiging van Gebruiker', 'plaats \t\n van\t\t\t\tvestiging van Gebruiker', 'kantonrechter    te    Utrecht', 'arbitrage', 'scheidsgerecht', 'arbiter', 'bindend advies'],
  g: ['vervalt', 'vervallen', 'verjaart', 'verjaren', 'verjaring', 'vervaltermijn', 'verjaringstermijn'],
  'g#2': ['restitutie vindt uitsluitend plaats op verzoek van de klant binnen', 'terugbetaling na aanvraag binnen'],
  c: ['opschorting', 'opschorten', 'op \t te\n schorten'],
  'c#2': ['zonder opschorting', 'zonder aftrek, korting of opschorting', 'zonder enige verrekening of opschorting'],
  'c#3': ['schort de betalingsverplichting niet op', 'schorten de betaling nimmer op', 'schort \t\n niet \t op'],
  b: ['ontbinding', 'ontbinden'],
  'b#2': ['zonder dat dit leidt tot ontbinding', 'zonder dat het tot vermindering', 'zonder dat de klant recht heeft op restitutie'],
  'b#3': ['geen recht op restitutie', 'niet aanspraak op terugbetaling', 'geen recht op prijsvermindering'],
  'b#4': ['recht om dat te weigeren', 'bevoegd te weigeren', 'gerechtigd de terugbetaling te weigeren'],
  l: ['opzegging is pas geldig nadat je een bevestiging', 'opzegging wordt verwerkt wanneer je een mail terug hebt ontvangen', 'annulering geldt na ontvangstbevestiging'],
  i: ['prijzen te verhogen', 'prijs jaarlijks aanpassen', 'tarieven aan te passen', 'tarief wijzigen', 'prijsverhoging', 'prijswijziging', 'tariefswijziging', 'tariefsaanpassingen', 'prijsaanpassing'],
  k: ['volledig bewijs', 'dwingend bewijs', 'administratie van Leverancier is beslissend', 'gegevens zijn bindend', 'opgave geldt als doorslaggevend', 'moet kunnen bewijzen', 'dient aan te tonen', 'moet de klant aantonen', 'administratieve gegevens van de praktijk bindend', 'registratie is beslissend'],
  m: ['kiest woonplaats', 'kiezen daarbij woonplaats', 'woonplaats wordt gekozen'],
  o: ['aangetekende brief', 'aangetekend schrijven', 'aangetekend'],
  r: ['voor de 3de van iedere maand', 'vóór de eerste dag van de maand', 'op de laatste dag van een kalendermaand', 'voor de 15e van elke maand'],
  t: ['cadeaubon', 'cadeaubonnen', 'cadeaukaart', 'tegoedbon', 'waardebon'],
  a: ['nakoming vorderen', 'nakoming van de overeenkomst te vorderen', 'nakoming op te eisen', 'nakoming eisen'],
  d: ['eerst de fabrikant in rechte heeft aangesproken', 'eerst aan te spreken', 'eerst de importeur aanspreekt'],
  h: ['vrijwaart', 'vrijwaren', 'vrijwaring', 'schadeloos stellen', 'schadeloos te stellen', 'schadeloos stelt'],
  'k#3': ['meting door de verkoper is bindend', 'taxatie gebeurt door de verhuurder en is voor de huurder bindend', 'gebonden aan de bevindingen', 'vaststelling geldt als bindend'],
  'k#2': ['verklaart de zaak in goede staat', 'erkent zonder zichtbare gebreken', 'verklaren conform de bestelling', 'verklaart naar volle tevredenheid', 'erkennen deugdelijk'],
  lVerzending: ['geldt als ontvangen op de dag van verzending', 'wordt geacht te zijn ontvangen daags na verzending', 'worden geacht te hebben bereikt bij postdatum', 'geldt als ontvangen zodra verstuurd'],
  'o#2': ['uitsluitend per post', 'alleen per gewone post', 'slechts door middel van een ondertekende brief', 'enkel in de winkel', 'uitsluitend bij de receptie'],
  'r#2': ['alleen in de maand december', 'uitsluitend vóór januari', 'slechts per juli', 'enkel gedurende september'],
  e: ['verplichtingen over te dragen', 'overeenkomst zonder toestemming van de klant over te dragen', 'rechten en plichten overdragen', 'overeenkomst \t\n overdragen', 'overdracht van haar verplichtingen', 'overdracht van de overeenkomst'],
};
const GREY_PHRASES: Record<string, string[]> = {
  o: ['opzegtermijn van ten minste', 'opzegtermijn van', 'uiterlijk drie maanden voor', 'uiterlijk 2 (twee) weken vóór'],
  g: ['verrekening', 'verrekenen', 'te verrekenen'],
  'g#2': ['zonder verrekening', 'zonder opschorting of verrekening', 'zonder aftrek of verrekening'],
  'i#2': ['volledige prijs verschuldigd', 'gehele reissom te betalen', 'totale bedrag in rekening', 'volle cursusgeld verschuldigd'],
  k: ['periode van', 'duur van ten minste', 'looptijd van minimaal', 'contractduur van', 'termijn van'],
  'c#2': ['gerechtigd het concert te verschuiven', 'mag de voorstelling verplaatsen', 'behoudt zich het recht voor de datum te verzetten'],
  c: ['behoudt zich het recht voor de Dienst te wijzigen', 'behouden zich recht voor aanpassingen', 'mag de Dienst wijzigen', 'is gerechtigd de inhoud aanpassen', 'kan de inhoud van het pakket naar eigen inzicht wijzigen', 'behoudt zich het recht voor het artikel te vervangen door', 'is bevoegd het product te vervangen door', 'is gerechtigd een ander model dan het bestelde', 'mag een andere dan de overeengekomen', 'kan een ander exemplaar dan het gekochte'],
  cv: ['is gerechtigd deze algemene voorwaarden te wijzigen', 'behoudt zich het recht voor de voorwaarden aan te passen', 'mag haar voorwaarden eenzijdig wijzigen', 'kan de voorwaarden aan te passen'],
  'cv#2': ['voorwaarden kunnen worden gewijzigd', 'deze voorwaarden kunnen op elk moment door de studio worden gewijzigd', 'voorwaarden mogen eenzijdig worden gewijzigd'],
  'cv#3': ['steeds de meest recente versie', 'altijd de laatst gedeponeerde versie', 'telkens de actuele versie', 'steeds\nde recentste versie'],
  d: ['zonder opgave van redenen', 'zonder\t\t\t\topgave    van\n\n\n\nredenen', 'om \n\t welke    reden    dan    ook', 'te\t\t\t\tallen    tijde', 'zonder opgave van reden', 'om welke reden dan ook', 'te allen tijde', 'zonder opgaaf van redenen', 'op elk moment', 'op ieder gewenst tijdstip', 'op \t\n ieder \t\n gewenst \t\n tijdstip', 'indien zij daartoe aanleiding ziet', 'als de organisator aanleiding ziet', 'naar eigen inzicht', 'naar haar goeddunken', 'naar zijn believen', 'ten alle tijden', 'ten aller tijden', 'indien het gastouderbureau van mening is', 'wanneer zij dit nodig acht', 'zodra het dat wenselijk vindt'],
  b: ['inspanningsverplichting', 'inspanningsverbintenis', 'inspanningsverplichtingen'],
  e: ['levertijd is indicatief', 'leveringstermijn is nimmer fataal', 'termijnen zijn nooit fatale', 'opgegeven termijn bij benadering', 'levertermijn vrijblijvend', 'niet aan een termijn gebonden', 'nooit aan enige levertijd gebonden'],
  h: ['vervalt elk recht', 'vervalt het recht', 'vervallen alle rechten', 'vervallen de genoemde rechten', 'niet meer in behandeling genomen', 'geen in behandeling nemen', 'niet geaccepteerd', 'nooit ontvankelijk', 'geen klachten worden aanvaard', 'geen reclames meer zullen worden in behandeling genomen'],
  'h#2': ['wordt geacht afstand te hebben gedaan', 'laat daarmee blijken van de fiets afstand te hebben gedaan', 'geacht daarvan afstand te doen'],
  'h#3': ['zonder enige restitutie', 'zonder terugbetaling', 'zonder teruggave'],
  'c#3': ['behoudt zich het recht om een gelijkwaardig alternatief', 'behouden wij ons het recht voor een vergelijkbaar product', 'behoudt zich recht voor ander merk'],
  'i#3': ['bij annulering is 50% verschuldigd', 'annuleert de klant dan is € 95 verschuldigd', 'afzegging later dan twee dagen: 100 procent', 'ongedaan gemaakt binnen een week, dan 25%', 'afmelding na de start kost EUR 40'],
  i: ['annuleringskosten', 'annuleringsvergoeding', 'opzegvergoeding', 'afkoopsom', 'alle resterende termijnen', 'tussentijdse beëindiging is een vergoeding verschuldigd', 'voortijdig opzeggen moet een boete betalen'],
  m: ['aangetekende brief', 'aangetekend', 'notariële akte'],
  n: ['onherroepelijke volmacht', 'onherroepelijk een volmacht', 'volmacht die onherroepelijk'],
};

const EXONERATION_PHRASES: Record<string, string[]> = {
  f: ['slechts aansprakelijk', 'alleen aansprakelijk', 'aansprakelijkheid wordt in ieder geval uitgesloten'],
  'f#2': ['niet medisch verantwoordelijk of aansprakelijk', 'niet verantwoordelijk voor eventuele ongelukken', 'nimmer verantwoordelijk en/of aansprakelijk'],
  'f#3': ['alleen die schade komt voor vergoeding in aanmerking waarvoor zij is verzekerd', 'slechts de vergoeding waarvoor de organisator verzekerd is'],
  'f#4': ['recht op schadevergoeding is beperkt tot', 'aanspraak op schadevergoeding is uitgesloten', 'rechten op enige schadevergoeding vervallen', 'aanspraken op schadevergoeding vervalt'],
  'f#5': ['is deze aansprakelijkheid beperkt', 'wordt diens totale aansprakelijkheid abcdefghijklmnopqrst per gebeurtenis beperkt', 'is aansprakelijkheid begrensd'],
  'f#6': ['geheel voor eigen risico', 'op jouw eigen risico', 'op eigen risico van de klant'],
  'f#7': ['noch de club noch haar medewerkers kunnen verantwoordelijk worden gesteld', 'niet verantwoordelijk worden gesteld', 'nimmer aansprakelijk kan worden gesteld', 'evenmin aansprakelijk', 'evenmin in voornoemde zin aansprakelijk'],
  'f#8': ['geen aanspraak maken op schadevergoeding', 'nimmer gehouden tot enige schadevergoeding', 'zonder verplichting tot schadevergoeding', 'geen schadevergoeding vorderen'],
};

describe('consumer lists: gate words', () => {
  for (const [name, checks, phrases] of [['zwarte lijst', BLACK, BLACK_PHRASES], ['grijze lijst', GREY, GREY_PHRASES], ['grijze lijst (exoneraties)', GREY_EXONERATIONS, EXONERATION_PHRASES]] as const) {
    // The second, third … check of one sub has its phrases under "sub#2", "sub#3" ….
    const seen = new Map<string, number>();
    for (const c of checks) {
      const n = (seen.get(c.sub) ?? 0) + 1;
      seen.set(c.sub, n);
      const key = n === 1 ? c.sub : `${c.sub}#${n}`;
      it(`${name} sub ${key}: every match holds one of ${JSON.stringify(c.words)}`, () => {
        if (!c.words) throw new Error(`sub ${key} has no gate words`);
        assertGate(c.find, c.words, (phrases as Record<string, string[]>)[key], c.back, 300);
      });
    }
  }
});
