import * as assert from 'node:assert/strict';
import { analyze, Analyzer } from '../analyzer';
import { applyFix, check, unmark } from '../testing/check';
import { fixAtEveryPlace } from './groups';
import { installDictionary } from '../spelling/dictionary';
import { testWordList } from '../spelling/testWordList';
import type { AnalysisOptions } from './config';
import type { Finding, Fix } from '../types';

const of = (ruleId: string, text: string, options: AnalysisOptions = {}): Finding[] => analyze(text, options).findings.filter((f) => f.ruleId === ruleId);
const words = (text: string, f: { span: { start: number; end: number } }) => text.slice(f.span.start, f.span.end);

const apply = (text: string, fix: Fix): string => {
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
};

const DRAFT = [
  '## Artikel 1 Aanbod',
  '1.1 Het aanbod geldt dertig dagen, danwel tot de opdracht is gegeven.',
  '',
  '## Artikel 2 Betaling',
  '2.1 De opdrachtgever betaalt binnen veertien dagen danwel binnen de termijn op de factuur, voorzover niet anders is afgesproken.',
  '2.2 Danwel: de opdrachtgever betaalt vooraf.',
  '',
  '## Artikel 3 Levering',
  '3.1 De levering vindt plaats op het adres van de opdrachtgever, danwel op een ander adres. De de levering is gratis.',
  '',
].join('\n');

describe('engine: one finding per repeated defect', () => {
  it('reports a repeated misspelling once, at its first place, and names the others by clause', () => {
    const spelling = of('spelling', DRAFT);
    const danwel = spelling.filter((f) => /^danwel$/i.test(words(DRAFT, f)));
    assert.equal(danwel.length, 1);
    const [f] = danwel;
    assert.equal(DRAFT.slice(0, f.span.start).split('\n').length, 2, 'on the first line that has it');
    assert.deepEqual(
      f.occurrences!.map((o) => words(DRAFT, o)),
      ['danwel', 'Danwel', 'danwel'],
    );
    assert.match(f.message.nl, /^"danwel" schrijf je als "dan wel"\..* Komt nog 3 keer voor: 2\.1, 2\.2 en 3\.1\.$/);
    assert.match(f.message.en, / Occurs 3 more times: 2\.1, 2\.2 and 3\.1\.$/);
    // Each other place points to the first.
    assert.match(f.occurrences![0].message.nl, /^Zie 1\.1 \(regel 2\): "danwel" schrijf je als/);
    assert.match(f.occurrences![0].message.en, /^See 1\.1 \(line 2\): /);
  });

  it('keeps different words apart, and a defect that occurs once as it was', () => {
    const spelling = of('spelling', DRAFT);
    assert.deepEqual(
      spelling.map((f) => [words(DRAFT, f), f.occurrences?.length ?? 0]),
      [
        ['danwel', 3],
        ['voorzover', 0],
        ['de', 0],
      ],
    );
    const once = spelling.find((f) => words(DRAFT, f) === 'voorzover')!;
    assert.doesNotMatch(once.message.nl, /Komt nog/);
    assert.equal(once.occurrences, undefined);
    assert.ok(once.fixes!.every((x) => !x.everywhere));
  });

  it('fixes this place, or every place with its own correction (a capital stays a capital)', () => {
    const [f] = of('spelling', DRAFT);
    const [one, all] = f.fixes!;
    assert.equal(one.title.nl, 'Vervang door "dan wel"');
    assert.equal(one.everywhere, undefined);
    assert.equal(all.title.nl, 'Vervang door "dan wel", overal in dit concept (4 keer)');
    assert.equal(all.title.en, 'Replace with "dan wel", everywhere in this draft (4 times)');
    assert.equal(all.everywhere, true);
    const fixed = apply(DRAFT, all);
    assert.match(fixed, /2\.2 Dan wel: de opdrachtgever/);
    assert.deepEqual(
      of('spelling', fixed).map((x) => words(fixed, x)),
      ['voorzover', 'de'],
    );
    // The first fix corrects the first place alone; the group then starts at the next one.
    const once = applyFix(DRAFT, f, 0);
    const [next] = of('spelling', once);
    assert.equal(once.slice(0, next.span.start).split('\n').length, 5);
    assert.equal(next.occurrences!.length, 2);
    // Each other place has its own fix.
    assert.equal(f.occurrences![1].fixes![0].title.nl, 'Vervang door "Dan wel"');
  });

  it('groups a defined term written in lower case, whichever form, and keeps different terms apart', () => {
    const defs = '## Artikel 1 Definities\n1.1 Klant: de wederpartij.\n1.2 Dienst: wat Leverancier levert.\n\n## Artikel 2 Gebruik\n';
    const caps = '2.1 De Klant gebruikt de Dienst. De Klant betaalt de Dienst. De Klant meldt storingen van de Dienst. De Klant is tevreden over de Dienst.\n';
    const marked = defs + caps + '2.2 De «klant» betaalt.\n\n## Artikel 3 Slot\n3.1 De «klant» gebruikt de «dienst» zelf.\n';
    const found = check('definitie-hoofdletter', marked);
    const { text } = unmark(marked);
    assert.deepEqual(
      found.map((f) => [words(text, f), f.occurrences?.map((o) => words(text, o))]),
      [
        ['klant', ['klant']],
        ['dienst', undefined],
      ],
    );
    assert.match(found[0].message.nl, /Komt nog 1 keer voor: 3\.1\.$/);
    assert.equal(apply(text, found[0].fixes![1]).match(/De Klant (betaalt|gebruikt)/g)!.length, 4);
  });

  it('names lines where the draft numbers nothing, and counts the places past the first eight', () => {
    const text = 'Wij leveren danwel vervangen.\nWij herstellen danwel vergoeden.\nWij betalen danwel verrekenen.\n';
    const [f] = of('spelling', text);
    assert.match(f.message.nl, /Komt nog 2 keer voor: regel 2 en regel 3\.$/);
    assert.match(f.occurrences![0].message.nl, /^Zie regel 1: /);
    const many = Array.from({ length: 11 }, (_, i) => `## Artikel ${i + 1} Iets\n${i + 1}.1 Wij leveren danwel vervangen.\n`).join('\n');
    const [g] = of('spelling', many);
    assert.equal(g.occurrences!.length, 10);
    assert.match(g.message.nl, /Komt nog 10 keer voor: 2\.1, 3\.1, 4\.1, 5\.1, 6\.1, 7\.1, 8\.1, 9\.1 en 2 andere plaatsen\.$/);
    assert.match(g.message.en, /Occurs 10 more times: 2\.1, .*, 9\.1 and 2 other places\.$/);
    const twice = '## Artikel 1 Iets\n1.1 Wij leveren danwel vervangen, danwel herstellen.\n1.2 Wij betalen danwel verrekenen.\n';
    assert.match(of('spelling', twice)[0].message.en, /Occurs 2 more times: 1\.1 and 1\.2\.$/);
  });

  it('a disable comment silences one place, and the group shrinks; a comment that silences a place is used', () => {
    const text = [
      '## Artikel 1 Aanbod',
      '1.1 Het aanbod geldt dertig dagen, danwel tot de opdracht is gegeven.',
      '<!-- clausule-disable-next-line spelling -->',
      '1.2 Wij herstellen danwel vergoeden.',
      '1.3 Wij betalen danwel verrekenen.',
      '',
    ].join('\n');
    const all = analyze(text).findings;
    const spelling = all.filter((f) => f.ruleId === 'spelling');
    assert.equal(spelling.length, 1);
    assert.deepEqual(
      spelling[0].occurrences!.map((o) => text.slice(0, o.span.start).split('\n').length),
      [5],
    );
    assert.match(spelling[0].message.nl, /Komt nog 1 keer voor: 1\.3\.$/);
    assert.ok(!all.some((f) => f.ruleId === 'uitschakeling-ongebruikt'), JSON.stringify(all.map((f) => f.ruleId)));
    // At the first place: the next one becomes the first.
    const first = text.replace('1.1 Het', '<!-- clausule-disable-next-line spelling -->\n1.1 Het').replace('<!-- clausule-disable-next-line spelling -->\n1.2', '1.2');
    const [f] = of('spelling', first);
    assert.equal(first.slice(0, f.span.start).split('\n').length, 4);
    assert.equal(f.occurrences!.length, 1);
  });

  it('applies the severity settings to the group, and a rule switched off reports no place', () => {
    const [f] = of('spelling', DRAFT, { rules: { spelling: 'error' } });
    assert.equal(f.severity, 'error');
    assert.equal(f.occurrences!.length, 3);
    assert.deepEqual(of('spelling', DRAFT, { rules: { spelling: 'off' } }), []);
  });

  it('an edit gives the same groups as a fresh analysis, and places map back to a text that is not NFC', () => {
    const warm = new Analyzer();
    warm.analyze(DRAFT);
    const edited = DRAFT.replace('2.2 Danwel:', '2.2 Dus:');
    const after = warm.analyze(edited).findings;
    assert.deepEqual(after, analyze(edited).findings);
    assert.equal(after.find((f) => f.ruleId === 'spelling')!.occurrences!.length, 2);
    // "e" + U+0308 before the places: the spans are of the text as given.
    const decomposed = DRAFT.replace('## Artikel 1 Aanbod', '## Artikel 1 Aanbod van e\u0308en dag');
    const [g] = of('spelling', decomposed).filter((x) => /^danwel$/i.test(words(decomposed, x)));
    assert.deepEqual(
      [g, ...g.occurrences!].map((x) => words(decomposed, x)),
      ['danwel', 'danwel', 'Danwel', 'danwel'],
    );
    assert.ok(g.fixes![1].edits.every((e) => /^danwel$/i.test(words(decomposed, e))));
  });
});

describe('engine: a repeated typing error', () => {
  beforeEach(() => installDictionary(testWordList));
  afterEach(() => installDictionary(undefined));

  it('is one finding, and its suggestions can be made at every place', () => {
    const marked = '## Artikel 1 Betaling\n1.1 De opdrachtgever betaalt de «factur».\n\n## Artikel 2 Termijn\n2.1 De opdrachtgever betaalt de «factur».\n';
    const [f] = check('typefout', marked);
    const { text } = unmark(marked);
    assert.equal(f.occurrences!.length, 1);
    // A suggestion found at the second place, in the case of a sentence start: each place keeps its own case.
    const suggestion: Fix = { title: { nl: 'Vervang door "Factuur"', en: 'Replace with "Factuur"' }, edits: [{ span: f.occurrences![0].span, newText: 'Factuur' }] };
    const all = fixAtEveryPlace(text, f, suggestion)!;
    assert.equal(all.title.nl, 'Vervang door "Factuur", overal in dit concept (2 keer)');
    assert.equal(all.everywhere, true);
    assert.equal(apply(text, all), text.replace(/factur/g, 'factuur'));
    // A fix elsewhere, or on a finding that stands alone, is no fix for every place.
    assert.equal(fixAtEveryPlace(text, f, { ...suggestion, edits: [{ span: { start: 0, end: 2 }, newText: 'x' }] }), undefined);
    assert.equal(fixAtEveryPlace(text, { ...f, occurrences: undefined }, suggestion), undefined);
  });
});
