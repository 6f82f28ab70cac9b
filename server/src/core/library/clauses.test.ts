import * as assert from 'node:assert/strict';
import rawSnippets from '../../../../snippets/voorwaarden.json';
import { clauseById, clauses, clausesFor, variantFor } from './clauses';
import { fillClause, UNFILLED_MARKERS } from './fill';
import { lintSnippet } from './snippetSyntax';

// Drafting conventions the library keeps; each is a real constraint a new clause can break.
const VAGUE = /zo spoedig mogelijk|zo snel mogelijk|\b24\/7\b|binnen redelijke termijn|\bteneinde\b|ten allen tijde|\bdanwel\b|\btenminste\b|\bc\.q\.|\bmiddels\b/i;

describe('clause library: snippets file', () => {
  it('has at least 30 clauses, each with a unique prefix and name', () => {
    assert.ok(clauses.length >= 30, `only ${clauses.length} clauses`);
    assert.equal(new Set(clauses.map((c) => c.id)).size, clauses.length);
    assert.equal(Object.keys(rawSnippets).length, clauses.length);
  });

  it('uses Dutch av- prefixes and has a description for every clause', () => {
    for (const c of clauses) {
      assert.match(c.id, /^av-[a-z0-9-]+$/, c.id);
      assert.ok(c.description.length >= 20, `${c.id}: description too short`);
    }
  });

  for (const c of clauses) {
    it(`${c.id}: is valid VS Code snippet syntax`, () => {
      assert.deepEqual(lintSnippet(c.body), [], c.id);
    });
  }

  it('gives every clause a category', () => {
    assert.deepEqual(clauses.filter((c) => !c.categorized).map((c) => c.id), []);
  });

  it('keeps the article convention: one article, tab stop 1 is its number, leden $1.n in order', () => {
    for (const c of clauses.filter((x) => x.kind === 'article')) {
      const lines = c.body.split('\n');
      assert.match(lines[0], /^## Artikel \$\{1:1\} – \S/, c.id);
      let lid = 0;
      for (const line of lines.slice(1)) {
        if (line === '') continue;
        const m = /^\$1\.(\d+) \S/.exec(line);
        if (m) {
          lid += 1;
          assert.equal(Number(m[1]), lid, `${c.id}: lid ${m[1]} out of order`);
        } else assert.match(line, /^[a-z]\. \S/, `${c.id}: line is neither a lid nor a sub-item: ${line}`);
      }
      assert.ok(lid >= 1, `${c.id}: no leden`);
      // Internal references follow the article number; a fixed number would break on insertion.
      // (Statute citations such as "artikel 7:408 BW" or "artikel 28 AVG" are not cross-references.)
      assert.doesNotMatch(c.body, /\bartikel \d+(?:\.\d+)*(?![\d:]|\.\d)(?! [A-Z])/, `${c.id}: hard-coded article reference`);
    }
  });

  it('has realistic defaults: no unfilled markers, vague norms or known misspellings', () => {
    for (const c of clauses) {
      const text = fillClause(c);
      assert.doesNotMatch(text, UNFILLED_MARKERS, c.id);
      assert.doesNotMatch(text, VAGUE, c.id);
      assert.doesNotMatch(text, /\$\{|\$\d/, `${c.id}: snippet syntax left after filling`);
    }
  });

  it('names audience variants consistently', () => {
    for (const c of clauses) {
      if (c.audience !== 'both') assert.ok(c.id.endsWith(`-${c.audience}`), c.id);
      // A shared clause and an audience variant of the same base would make the choice ambiguous.
      if (c.audience === 'both') assert.equal(clauses.filter((o) => o.baseId === c.baseId).length, 1, c.id);
    }
  });

  it('covers the clauses the brief requires, for both audiences where the text differs', () => {
    const required = [
      'av-titel', 'av-definities', 'av-toepasselijkheid', 'av-aanbod', 'av-duur', 'av-uitvoering', 'av-derden',
      'av-meerwerk', 'av-opschorting', 'av-ontbinding', 'av-exit', 'av-intellectuele-eigendom', 'av-gebruiksrecht',
      'av-aansprakelijkheid', 'av-overmacht', 'av-prijzen', 'av-betaling', 'av-incasso', 'av-privacy',
      'av-beveiliging', 'av-klachten', 'av-wijziging-voorwaarden', 'av-overdracht', 'av-klantgedrag', 'av-recht',
      'av-slotbepalingen',
    ];
    for (const base of required) {
      assert.ok(variantFor(base, 'b2b'), `${base} (b2b)`);
      assert.ok(variantFor(base, 'b2c'), `${base} (b2c)`);
    }
    for (const b2bOnly of ['av-sla-beschikbaarheid', 'av-sla-ondersteuning', 'av-geheimhouding', 'av-vrijwaring', 'av-non-solicitation', 'av-mediation', 'av-termijnen']) {
      assert.ok(variantFor(b2bOnly, 'b2b'), b2bOnly);
    }
    assert.ok(clauseById('av-herroeping-b2c'));
  });

  it('filters by audience', () => {
    const b2c = clausesFor('b2c').map((c) => c.id);
    assert.ok(b2c.includes('av-duur-b2c') && b2c.includes('av-exit'));
    assert.ok(!b2c.includes('av-duur-b2b'));
  });
});

describe('clause library: legal content', () => {
  const text = (id: string) => fillClause(clauseById(id)!);

  it('b2c renewal: only into an indefinite term, cancellable at any time with one month (6:236 sub j BW)', () => {
    const t = text('av-duur-b2c');
    assert.match(t, /stilzwijgend voortgezet voor onbepaalde tijd/);
    assert.match(t, /te allen tijde opzeggen met een opzegtermijn van een maand/);
    assert.doesNotMatch(t, /verlengd met/);
  });

  it('b2b liability: capped, with the opzet/bewuste roekeloosheid carve-out for leidinggevenden', () => {
    const t = text('av-aansprakelijkheid-b2b');
    assert.match(t, /opzet of bewuste roekeloosheid van Leverancier of van haar leidinggevenden/);
  });

  it('b2c liability: no exclusion or cap (6:237 sub f BW)', () => {
    const t = text('av-aansprakelijkheid-b2c');
    assert.doesNotMatch(t, /beperkt tot|niet aansprakelijk|uitgesloten|maximum/);
  });

  it('b2c collection costs: statutory staffel after a 14-day reminder (6:96 lid 5 en 6 BW)', () => {
    const t = text('av-incasso-b2c');
    assert.match(t, /veertien \(14\) dagen, te rekenen vanaf de dag na de aanmaning/);
    for (const s of ['15% over de eerste € 2.500', '10% over de volgende € 2.500', '5% over de volgende € 5.000', '1% over de volgende € 190.000', '0,5% over het meerdere', '€ 6.775', '€ 40']) {
      assert.ok(t.includes(s), s);
    }
  });

  it('b2c disputes: the court that the law makes competent (6:236 sub n BW)', () => {
    assert.match(text('av-recht-b2c'), /rechter die volgens de wet bevoegd is/);
    assert.doesNotMatch(text('av-recht-b2c'), /uitsluitend/);
  });

  it('service levels: a percentage with a measuring period and method', () => {
    const t = text('av-sla-beschikbaarheid-b2b');
    assert.match(t, /\d+(,\d+)?% per kalendermaand/);
    assert.match(t, /meet de Beschikbaarheid/);
  });
});
