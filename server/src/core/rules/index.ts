// The rule registry: every rule module is listed here once.
import type { Rule } from '../kit/rule';
import { rule as bepalingDubbel } from './bepaling-dubbel';
import { rule as getalWoord } from './getal-woord';
import { rule as spelling } from './spelling';
import { rule as typefout } from './typefout';
import { rule as lidwoord } from './lidwoord';
import { rule as bwAfwijking } from './bw-afwijking';
import { rule as exoneratieOpzet } from './exoneratie-opzet';
import { rule as consumentZwarteLijst } from './consument-zwarte-lijst';
import { rule as consumentGrijzeLijst } from './consument-grijze-lijst';
import { rule as consumentDwingendRecht } from './consument-dwingend-recht';
import { rule as incassokosten } from './incassokosten';
import { rule as eenzijdigOordeel } from './eenzijdig-oordeel';
import { rule as onredelijkBezwarend } from './onredelijk-bezwarend';
import { rule as vageNorm } from './vage-norm';
import { rule as opschorting } from './opschorting';
import { rule as exitRegeling } from './exit-regeling';
import { rule as bepalingOntbreekt } from './bepaling-ontbreekt';
import { rule as heldereTaal } from './heldere-taal';
import { rule as placeholder } from './placeholder';
import { rule as uitschakelingOngebruikt } from './uitschakeling-ongebruikt';
import { rule as verwijzingOnbekend } from './verwijzing-onbekend';
import { rule as verwijzingZelf } from './verwijzing-zelf';
import { rule as verwijzingOpschrift } from './verwijzing-opschrift';
import { rule as verwijzingInhoud } from './verwijzing-inhoud';
import { rule as verwijzingAfgebroken } from './verwijzing-afgebroken';
import { rule as opschriftZin } from './opschrift-zin';
import { rule as nummering } from './nummering';
import { rule as bepalingMiddenRegel } from './bepaling-midden-regel';
import { rule as definitieOngebruikt } from './definitie-ongebruikt';
import { rule as definitieOnbekend } from './definitie-onbekend';
import { rule as definitieHoofdletter } from './definitie-hoofdletter';
import { rule as definitieDubbel } from './definitie-dubbel';
import { rule as definitiePartijnaam } from './definitie-partijnaam';
import { rule as definitieKringloop } from './definitie-kringloop';
import { rule as definitieZelfverwijzing } from './definitie-zelfverwijzing';
import { rule as bwArtikel } from './bw-artikel';
import { rule as rechtBuitenlands } from './recht-buitenlands';
import { rule as wetVerouderd } from './wet-verouderd';

export const allRules: Rule[] = [
  getalWoord,
  spelling,
  typefout,
  lidwoord,
  bepalingDubbel,
  bwAfwijking,
  exoneratieOpzet,
  consumentZwarteLijst,
  consumentGrijzeLijst,
  consumentDwingendRecht,
  incassokosten,
  eenzijdigOordeel,
  onredelijkBezwarend,
  vageNorm,
  opschorting,
  exitRegeling,
  bepalingOntbreekt,
  heldereTaal,
  placeholder,
  uitschakelingOngebruikt,
  verwijzingOnbekend,
  verwijzingZelf,
  verwijzingOpschrift,
  verwijzingInhoud,
  verwijzingAfgebroken,
  opschriftZin,
  nummering,
  bepalingMiddenRegel,
  definitieOngebruikt,
  definitieOnbekend,
  definitieHoofdletter,
  definitieDubbel,
  definitiePartijnaam,
  definitieKringloop,
  definitieZelfverwijzing,
  bwArtikel,
  rechtBuitenlands,
  wetVerouderd,
];

export const rulesById = new Map(allRules.map((r) => [r.meta.id, r]));
