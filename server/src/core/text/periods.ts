// Periods named in a clause ("zes (6) maanden", "twee jaar"), in months.
import { wordToNumber } from './numberWords';

/** Months in "zes (6) maanden", "3 maanden", "twee jaar", "14 dagen", "vier weken"; undefined if none. */
export function durationInMonths(amount: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('jaar') || u.startsWith('jaren')) return amount * 12;
  if (u.startsWith('maand')) return amount;
  if (u.startsWith('week') || u.startsWith('weken')) return (amount * 7) / 30.4;
  if (u.startsWith('werkdag')) return (amount * 1.4) / 30.4;
  return amount / 30.4; // dagen
}

// "zes (6) maanden", "6 (zes) maanden", "(6) zes maanden", "zes maanden", "6 maanden", "één jaar", "30 kalenderdagen".
// Hours are not read: "binnen 24 uur" would count as a period shorter than the fourteen days that the consumer
// rules measure against, which they do not mean.
const PERIOD = /(?<![\p{L}\p{N}])(?:(\d{1,4})|([\p{L}]{2,30}))(?:[ \t]{0,3}\((?:\d{1,4}|[\p{L}]{2,30})\))?[ \t]{1,3}((?:kalender)?(?:jaren|jaar|maanden|maand|weken|week|dagen|dag)|werkdagen|werkdag)(?![\p{L}])/giu;

export interface Period {
  start: number;
  end: number;
  months: number;
  text: string;
}

/** Every period named in text[from, to), converted to months. */
export function periodsIn(text: string, from = 0, to = text.length): Period[] {
  const out: Period[] = [];
  const slice = text.slice(from, to);
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(slice); m; m = PERIOD.exec(slice)) {
    let n: number | undefined;
    if (m[1]) n = Number(m[1]);
    else {
      const w = m[2].toLowerCase();
      n = w === 'een' || w === 'één' ? 1 : wordToNumber(w);
    }
    if (n === undefined) continue;
    const unit = m[3].replace(/^kalender/i, '');
    out.push({ start: from + m.index, end: from + m.index + m[0].length, months: durationInMonths(n, unit), text: m[0] });
  }
  return out;
}
