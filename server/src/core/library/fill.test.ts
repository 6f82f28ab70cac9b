import * as assert from 'node:assert/strict';
import { parseDocument } from '../model/parse';
import { clauseById } from './clauses';
import { articleNumberAt, fillClause, fillSnippet, snippetForDraft } from './fill';
import { parseSnippet } from './snippetSyntax';
import { generateDraft, planDraft, pruneDefinitions, SERVICE_TYPES } from './generateDraft';

describe('fill', () => {
  it('uses defaults, mirrors tab stops and picks the first choice', () => {
    assert.equal(fillSnippet('## Artikel ${1:1} – X\n$1.1 binnen ${2:dertig (30) dagen}; ook $2. ${3|ja,nee|}'), '## Artikel 1 – X\n1.1 binnen dertig (30) dagen; ook dertig (30) dagen. ja');
  });

  it('applies given values, choices by index or text, and nested placeholders', () => {
    const body = '${1:a ${2:b} c} ${3|x,y,z|} ${4|p,q|}';
    assert.equal(fillSnippet(body), 'a b c x p');
    assert.equal(fillSnippet(body, { values: { 2: 'B' }, choices: { 3: 2, 4: 'q' } }), 'a B c z q');
    assert.equal(fillSnippet(body, { values: { 1: 'A' } }), 'A x p');
    // An unknown choice falls back to the first option rather than inventing text.
    assert.equal(fillSnippet(body, { choices: { 3: 'w', 4: 9 } }), 'a b c x p');
  });

  it('sets the article number of a clause, leden and internal references included', () => {
    const text = fillClause(clauseById('av-aansprakelijkheid-b2b')!, { number: 14 });
    assert.match(text, /^## Artikel 14 – Aansprakelijkheid\n14\.1 /);
    assert.match(text, /De beperkingen van artikel 14\.1 en artikel 14\.3 gelden niet/);
    assert.doesNotMatch(text, /^1\.\d /m);
  });

  it('computes the number for an insertion point', () => {
    const draft = '# T\n\n## Artikel 1 – A\n1.1 x\n\n## Artikel 2 – B\n2.1 y\n';
    assert.equal(articleNumberAt(draft, draft.length), 3);
    assert.equal(articleNumberAt(draft, draft.indexOf('## Artikel 2')), 2);
    assert.equal(articleNumberAt('', 0), 1);
  });

  it('fixes the number in the snippet for completion and keeps the other tab stops, valid snippet syntax', () => {
    const model = parseDocument('## Artikel 1 – A\n1.1 Tekst.\n\n## Artikel 6 – B\n6.1 Tekst.\n');
    const s = snippetForDraft(model, clauseById('av-overmacht-b2b')!, model.text.length);
    assert.match(s, /^## Artikel 7 – Overmacht\n7\.1 /);
    assert.match(s, /\$\{2:twee \(2\) Werkdagen\}|\$\{2:twee \(2\) werkdagen\}/);
    assert.equal(parseSnippet(s).errors?.length ?? 0, 0);
  });
});

describe('pruneDefinitions', () => {
  const defs = [
    '## Artikel 1 – Definities',
    '1.1 In deze algemene voorwaarden wordt verstaan onder:',
    'a. **Dienst**: de dienstverlening aan Opdrachtgever;',
    'b. **Gegevens**: gegevens;',
    'c. **Opdrachtgever**: de Consument die contracteert;',
    'd. **Consument**: een natuurlijk persoon.',
    '1.2 Begrippen in het enkelvoud omvatten ook het meervoud.',
  ].join('\n');

  it('keeps used terms (plural forms count), terms used in kept definitions, and re-letters', () => {
    const out = pruneDefinitions(defs, 'De Diensten worden geleverd.');
    assert.equal(
      out,
      [
        '## Artikel 1 – Definities',
        '1.1 In deze algemene voorwaarden wordt verstaan onder:',
        'a. **Dienst**: de dienstverlening aan Opdrachtgever;',
        'b. **Opdrachtgever**: de Consument die contracteert;',
        'c. **Consument**: een natuurlijk persoon.',
        '1.2 Begrippen in het enkelvoud omvatten ook het meervoud.',
      ].join('\n'),
    );
  });

  it('does not count a term inside a longer word', () => {
    assert.doesNotMatch(pruneDefinitions(defs, 'Dienstverlening en Gegevensbeheer'), /Dienst\*\*|Gegevens\*\*/);
  });
});

describe('generateDraft', () => {
  for (const audience of ['b2b', 'b2c'] as const) {
    for (const serviceType of SERVICE_TYPES) {
      it(`${audience} ${serviceType}: definitions first, articles numbered 1..n, leden in order`, () => {
        const text = generateDraft({ audience, supplier: 'Proef Software B.V.', serviceType });
        const model = parseDocument(text);
        const articles = model.nodes.filter((n) => n.kind === 'article');
        assert.equal(articles.length, planDraft({ audience, serviceType }).length);
        articles.forEach((a, i) => assert.equal(a.path[0], String(i + 1)));
        assert.match(articles[0].heading ?? '', /Definities/);
        for (const a of articles) {
          a.children.filter((c) => c.kind === 'clause').forEach((c, i) => assert.equal(c.label, `${a.path[0]}.${i + 1}`));
        }
        assert.equal(model.declaredAudience, audience);
        assert.ok(text.includes('Proef Software B.V.'));
        assert.doesNotMatch(text, /\$\{|\$\d/);
        // Every cross-reference resolves to a clause of the draft.
        for (const r of model.references) assert.ok(r.target, `unresolved reference ${r.text}`);
      });
    }
  }

  it('takes the audience variants and leaves out clauses that do not fit the service', () => {
    const b2c = planDraft({ audience: 'b2c', serviceType: 'saas' }).map((c) => c.id);
    assert.ok(b2c.includes('av-duur-b2c') && b2c.includes('av-herroeping-b2c') && !b2c.includes('av-duur-b2b'));
    assert.ok(!b2c.some((id) => id.endsWith('-b2b')));
    const advies = planDraft({ audience: 'b2b', serviceType: 'advies' }).map((c) => c.id);
    assert.ok(!advies.includes('av-sla-beschikbaarheid-b2b') && !advies.includes('av-exit'));
    assert.ok(planDraft({ audience: 'b2b', serviceType: 'saas' }).some((c) => c.id === 'av-exit'));
  });

  it('prunes definitions that the chosen clauses do not use', () => {
    const advies = generateDraft({ audience: 'b2b', supplier: 'Raad & Daad B.V.', serviceType: 'advies' });
    assert.doesNotMatch(advies, /\*\*Beschikbaarheid\*\*/);
    assert.match(generateDraft({ audience: 'b2b', supplier: 'X B.V.', serviceType: 'saas' }), /\*\*Beschikbaarheid\*\*/);
    assert.match(advies, /het geven van advies over informatietechnologie/);
  });

  it('picks the consumer wording of a shared clause', () => {
    const t = generateDraft({ audience: 'b2c', supplier: 'X B.V.', serviceType: 'saas' });
    assert.match(t, /persoonlijke doeleinden van Opdrachtgever/);
    assert.doesNotMatch(t, /eigen bedrijfsvoering/);
  });
});
