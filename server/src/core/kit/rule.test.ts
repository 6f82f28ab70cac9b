import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fill } from './rule';
import { runs } from '../testing/fuzz';

// The plain form fill replaced: one regex replacement over the template per report.
function plainFill(template: string, args: Record<string, string | number | { nl: string; en: string }> | undefined, lang: 'nl' | 'en'): string {
  if (!args) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = args[k];
    if (v === undefined) return m;
    return typeof v === 'object' ? v[lang] : String(v);
  });
}

describe('rules: message templates', () => {
  it('fill replaces known placeholders, keeps unknown ones, and reads localized arguments', () => {
    const args = { found: 'dertig', n: 30, topic: { nl: 'overmacht', en: 'force majeure' } };
    assert.equal(fill('"{found}" ({n}) over {topic}; {other} blijft', args, 'nl'), '"dertig" (30) over overmacht; {other} blijft');
    assert.equal(fill('{topic}{topic}', args, 'en'), 'force majeureforce majeure');
    assert.equal(fill('Geen argumenten', undefined, 'nl'), 'Geen argumenten');
  });

  it('fill gives what one regex replacement over the template gives', () => {
    const piece = fc.constantFrom('{a}', '{b}', '{ab_1}', '{', '}', '{}', '{ a}', '{-}', '$&', '$1', 'tekst ', 'é', '\n', '{{a}}');
    const template = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    const value = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.record({ nl: fc.string({ maxLength: 4 }), en: fc.string({ maxLength: 4 }) }));
    const args = fc.option(fc.dictionary(fc.constantFrom('a', 'b', 'ab_1', 'c'), value), { nil: undefined });
    fc.assert(
      fc.property(template, args, fc.constantFrom('nl' as const, 'en' as const), (t, a, lang) => {
        assert.equal(fill(t, a, lang), plainFill(t, a, lang));
      }),
      { numRuns: runs(2000) },
    );
  });
});
