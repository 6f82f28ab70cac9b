// Builds benchmark drafts of a chosen size from our own clause fragments (written for this bench,
// not taken from any third-party draft). Deterministic: the same size gives the same text.
// The drafts have what a real one has: a definitions article, real article and clause numbering,
// lettered items, cross-references to clauses that exist, BW citations and number-word pairs.

const TERMS = [
  ['Dienst', 'het beschikbaar stellen van de software en de ondersteuning die Leverancier op grond van de Overeenkomst levert'],
  ['Documentatie', 'de handleidingen en de functionele beschrijving van de Dienst'],
  ['Eindgebruiker', 'een natuurlijk persoon die met toestemming van Opdrachtgever de Dienst gebruikt'],
  ['Gegevens', 'de informatie die Opdrachtgever of een Eindgebruiker in de Dienst opslaat of laat verwerken'],
  ['Leverancier', 'de besloten vennootschap die deze voorwaarden hanteert'],
  ['Meerwerk', 'werkzaamheden die niet in de Offerte zijn beschreven'],
  ['Offerte', 'het schriftelijke aanbod van Leverancier om een Overeenkomst te sluiten'],
  ['Opdrachtgever', 'de rechtspersoon of de natuurlijke persoon handelend in de uitoefening van een beroep of bedrijf die met Leverancier een Overeenkomst sluit'],
  ['Overeenkomst', 'iedere afspraak tussen Leverancier en Opdrachtgever, met de Offerte en de bijlagen'],
  ['Schriftelijk', 'per brief of per e-mail'],
  ['Storing', 'het niet of niet volledig werken van de Dienst zoals de Documentatie beschrijft'],
  ['Vergoeding', 'het bedrag dat Opdrachtgever voor de Dienst verschuldigd is'],
  ['Werkdag', 'maandag tot en met vrijdag, behalve de algemeen erkende feestdagen'],
  ['Klantportaal', 'de beveiligde omgeving waarin Opdrachtgever meldingen doet en rapportages inziet'],
];

const TOPICS = [
  'Toepasselijkheid', 'Aanbod en totstandkoming', 'Duur en opzegging', 'Uitvoering en medewerking', 'Inschakeling van derden',
  'Meerwerk', 'Beschikbaarheid', 'Ondersteuning', 'Onderhoud', 'Beveiliging', 'Gegevens en privacy', 'Exit en teruggave van Gegevens',
  'Geheimhouding', 'Intellectuele eigendom', 'Vergoeding en betaling', 'Opschorting', 'Aansprakelijkheid', 'Overmacht',
  'Klachten', 'Wijziging van de voorwaarden', 'Toepasselijk recht en geschillen', 'Overdracht', 'Audit', 'Acceptatie',
];

const NUMBERS = [
  [2, 'twee'], [3, 'drie'], [5, 'vijf'], [7, 'zeven'], [10, 'tien'], [14, 'veertien'], [20, 'twintig'], [30, 'dertig'], [60, 'zestig'], [90, 'negentig'],
];
const UNITS = ['dagen', 'Werkdagen', 'weken', 'maanden'];
const CITATIONS = ['artikel 7:404 BW', 'artikel 7:407 lid 2 BW', 'artikel 7:408 lid 1 BW', 'artikel 6:248 BW', 'artikel 6:75 BW', 'artikel 6:96 lid 2 BW', 'artikel 6:119a BW', 'artikel 6:265 BW', 'artikel 7:401 BW', 'artikel 3:40 BW'];

const ACTORS = [['Leverancier', 'Opdrachtgever'], ['Opdrachtgever', 'Leverancier'], ['Elk van de partijen', 'de andere partij'], ['De partij die tekortschiet', 'de andere partij']];
const OBJECTS = ['de Dienst', 'de Documentatie', 'de Gegevens', 'het Meerwerk', 'de Vergoeding', 'een Storing', 'de Offerte', 'het Klantportaal', 'de rapportage', 'de planning', 'de back-up', 'de beveiligingsmaatregelen', 'de toegangsrechten', 'de koppeling', 'de licentie', 'het onderhoud'];
const VERBS = ['meldt', 'bevestigt', 'beoordeelt', 'herstelt', 'documenteert', 'controleert', 'bespreekt', 'verstrekt', 'actualiseert', 'beveiligt', 'levert', 'test'];
const MANNER = ['zorgvuldig', 'volledig', 'Schriftelijk', 'via het Klantportaal', 'in overleg', 'op eigen kosten', 'met een toelichting', 'met de zorg van een goed opdrachtnemer', 'in de Nederlandse taal', 'in een gangbaar bestandsformaat'];
const WHEN = ['na een verzoek van {other}', 'na ontvangst van de melding', 'na het einde van de Overeenkomst', 'voor de eerste levering', 'na iedere wijziging van de Dienst', 'na een Storing', 'voor het verstrijken van de termijn', 'na ondertekening van de Offerte'];
const CONSEQUENCE = [
  'Doet {actor} dat niet, dan mag {other} de nakoming van de daarmee samenhangende verplichtingen opschorten totdat het verzuim is hersteld.',
  'De kosten daarvan komen voor rekening van {actor}, tenzij de oorzaak aan {other} is toe te rekenen.',
  '{Other} kan daarover binnen {n} een klacht indienen volgens artikel {ref}.',
  'Het bepaalde in artikel {ref} blijft daarbij onverminderd van kracht.',
  'Partijen leggen de uitkomst Schriftelijk vast en voegen die als bijlage bij de Overeenkomst.',
  'Dit laat de bevoegdheid van partijen onverlet om nakoming te vorderen zoals {cite} die kent.',
  'Een termijn in dit lid is geen fatale termijn; {other} stelt {actor} eerst Schriftelijk in gebreke met een redelijke termijn voor herstel.',
  '{Actor} informeert {other} vooraf over de gevolgen voor de planning en de Vergoeding.',
  'Voor zover {cite} daarvan afwijkt, gaat deze bepaling voor, behalve waar de wet dat niet toelaat.',
  'Bij twijfel over de uitleg van dit lid overleggen partijen eerst met elkaar voordat zij een geschil aanhangig maken.',
];

/** Small seeded PRNG (mulberry32): the drafts are identical on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Same reduction as rule bepaling-dubbel: the generator avoids exact duplicate clauses. */
function normalise(s) {
  return s.toLowerCase().replace(/[^\p{L}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A draft of at least `targetBytes` UTF-8 bytes (stopping at the first article boundary past it).
 * `style` 'markdown' gives "## Artikel 3 – Titel" headings and "3.1" clauses.
 */
export function buildDraft(targetBytes, seed = 7) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const seen = new Set();
  const out = [];
  let bytes = 0;
  const push = (line) => {
    out.push(line);
    bytes += Buffer.byteLength(line) + 1;
  };
  push('# Algemene voorwaarden Bankbench Diensten B.V.');
  push('');
  push('<!-- clausule: doelgroep=b2b -->');
  push('');
  push('Deze algemene voorwaarden zijn van Bankbench Diensten B.V. Zij gelden voor alle diensten die Leverancier aan zakelijke klanten levert.');
  push('');
  push('## Artikel 1 – Definities');
  push('1.1 In deze algemene voorwaarden wordt verstaan onder:');
  TERMS.forEach(([term, def], k) => push(`${String.fromCharCode(97 + k)}. **${term}**: ${def}${k === TERMS.length - 1 ? '.' : ';'}`));
  push('1.2 Begrippen in het enkelvoud omvatten ook het meervoud.');
  push('');
  // Clause paths written so far, as targets for cross-references that really exist.
  const written = ['1.1', '1.2'];
  const numberWord = () => {
    const [n, w] = pick(NUMBERS);
    return `${w} (${n}) ${pick(UNITS)}`;
  };
  const sentence = (actor, other) => {
    const when = pick(WHEN).replace('{other}', other);
    return `${actor} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(MANNER)} binnen ${numberWord()} ${when}.`;
  };
  const fillIn = (tpl, actor, other) =>
    tpl
      .replaceAll('{Actor}', cap(actor))
      .replaceAll('{actor}', actor === 'Elk van de partijen' || actor.startsWith('De partij') ? actor.toLowerCase() : actor)
      .replaceAll('{Other}', cap(other))
      .replaceAll('{other}', other)
      .replaceAll('{n}', numberWord())
      .replaceAll('{ref}', pick(written))
      .replaceAll('{cite}', pick(CITATIONS));
  let art = 1;
  while (bytes < targetBytes) {
    art++;
    push(`## Artikel ${art} – ${TOPICS[(art - 2) % TOPICS.length]}`);
    const clauses = 3 + Math.floor(r() * 5);
    for (let c = 1; c <= clauses; c++) {
      let text = '';
      for (let tries = 0; tries < 20; tries++) {
        const [actor, other] = pick(ACTORS);
        text = sentence(actor, other) + ' ' + fillIn(pick(CONSEQUENCE), actor, other);
        if (r() < 0.3) text += ' ' + sentence(...pick(ACTORS));
        const key = normalise(text);
        if (!seen.has(key)) {
          seen.add(key);
          break;
        }
      }
      push(`${art}.${c} ${text}`);
      if (r() < 0.15) {
        const items = 2 + Math.floor(r() * 3);
        for (let k = 0; k < items; k++) {
          const [actor, other] = pick(ACTORS);
          push(`   ${String.fromCharCode(97 + k)}. ${sentence(actor, other).replace(/\.$/, k === items - 1 ? '.' : ';')}`);
        }
      }
      written.push(`${art}.${c}`);
    }
    push('');
  }
  return out.join('\n');
}

/** Where a one-character edit goes: the start of a word near the middle, inside clause text. */
export function middleEditOffset(text) {
  let i = Math.floor(text.length / 2);
  while (i < text.length && !/\s/.test(text[i])) i++;
  while (i < text.length && /\s/.test(text[i])) i++;
  return Math.min(i, text.length);
}
