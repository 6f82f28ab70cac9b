// Dutch number words ("vierentwintig", "honderdtwintig") <-> numbers, 0..9999.

const UNITS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

/** The standard spelling of n (without diacritics on "een"); 0 <= n <= 9999. */
export function numberToWord(n: number): string {
  if (n < 20) return UNITS[n];
  if (n < 100) {
    const u = n % 10;
    const t = TENS[Math.floor(n / 10)];
    if (!u) return t;
    const unit = UNITS[u];
    // "tweeëntwintig", "drieëntwintig": a trema where two e's would otherwise merge.
    return unit + (unit.endsWith('e') ? 'ën' : 'en') + t;
  }
  if (n < 1000) {
    const h = Math.floor(n / 100);
    const rest = n % 100;
    return (h === 1 ? '' : UNITS[h]) + 'honderd' + (rest ? numberToWord(rest) : '');
  }
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  return (th === 1 ? '' : numberToWord(th)) + 'duizend' + (rest ? numberToWord(rest) : '');
}

let table: Map<string, number> | undefined;

/** Lower case, no diacritics on e, no hyphens: the table's key form (exported for tests). */
export function normalise(word: string): string {
  return word.toLowerCase().replace(/[ëé]/g, 'e').replace(/-/g, '');
}

/** The number a Dutch word stands for, or undefined when it is not a number word. */
export function wordToNumber(word: string): number | undefined {
  if (!table) {
    table = new Map();
    for (let n = 0; n <= 9999; n++) table.set(normalise(numberToWord(n)), n);
    table.set('honderd', 100);
    table.set('duizend', 1000);
  }
  return table.get(isPlainLower(word) ? word : normalise(word));
}

/** Whether word is ASCII a-z only, which normalise leaves as it is (the common case: no regex, no copy). */
export function isPlainLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
