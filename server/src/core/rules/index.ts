// The rule registry: every rule module is listed here once.
import type { Rule } from './rule';
import { rule as bepalingDubbel } from './bepaling-dubbel';
import { rule as getalWoord } from './getal-woord';
import { rule as spelling } from './spelling';
import { rule as typefout } from './typefout';
import { rule as lidwoord } from './lidwoord';
import { rule as bwAfwijking } from './bw-afwijking';
import { rule as exoneratieOpzet } from './exoneratie-opzet';
import { rule as consumentZwarteLijst } from './consument-zwarte-lijst';
import { rule as consumentGrijzeLijst } from './consument-grijze-lijst';
import { rule as incassokosten } from './incassokosten';
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
import { rule as nummering } from './nummering';
import { rule as definitieOngebruikt } from './definitie-ongebruikt';
import { rule as definitieOnbekend } from './definitie-onbekend';
import { rule as definitieHoofdletter } from './definitie-hoofdletter';
import { rule as definitieDubbel } from './definitie-dubbel';
import { rule as bwArtikel } from './bw-artikel';
import { rule as rechtBuitenlands } from './recht-buitenlands';

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
  incassokosten,
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
  nummering,
  definitieOngebruikt,
  definitieOnbekend,
  definitieHoofdletter,
  definitieDubbel,
  bwArtikel,
  rechtBuitenlands,
];

export const rulesById = new Map(allRules.map((r) => [r.meta.id, r]));
