// The real third-party Word drafts in ../shared/corpus/docx (never copied into the repository): they
// import, check, and (with LibreOffice installed) show every number LibreOffice shows. Skipped in a fresh
// clone, where ../shared is absent.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importDocx } from '../../server/src/import';
import { analyze } from '../../server/src/core';
import { hasSoffice, missingFrom, numberedLines, sofficeText } from './libreofficeOracle';

const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus/docx');
const files = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((f) => f.endsWith('.docx')) : [];

describe('import: real Word drafts (../shared/corpus/docx)', function () {
  this.timeout(180_000);
  before(function () {
    if (!files.length) this.skip();
  });

  it('every file imports to a draft with articles and numbered clauses, and checks without failing', function () {
    for (const f of files) {
      const r = importDocx(fs.readFileSync(path.join(CORPUS, f)));
      const a = analyze(r.text);
      const articles = a.model.nodes.filter((n) => n.kind === 'article');
      const clauses = a.model.nodes.filter((n) => n.kind === 'clause');
      assert.ok(articles.length >= 10, `${f}: ${articles.length} articles`);
      assert.ok(clauses.length >= 20, `${f}: ${clauses.length} clauses`);
      assert.equal(r.origins.length, r.text.split('\n').length, `${f}: an origin per line`);
      assert.ok(!/Klik of tik om tekst in te voeren/.test(r.text), `${f}: no template prompt left as text`);
    }
  });

  it('reads a preamble (parties, recitals, filled-in data, signatures) as no article, and a parenting plan as no commercial contract', function () {
    for (const f of files) {
      const a = analyze(importDocx(fs.readFileSync(path.join(CORPUS, f))).text);
      const numbering = a.findings.filter((x) => x.ruleId === 'nummering').map((x) => x.message.nl);
      assert.ok(!numbering.some((m) => /^De nummering begint bij/.test(m)), `${f}: ${numbering.join(' | ')}`);
      if (/ouderschapsplan/.test(f)) {
        assert.equal(a.model.documentKind?.kind, 'familierecht', f);
        assert.deepEqual(a.findings.filter((x) => x.ruleId === 'bepaling-ontbreekt'), [], f);
      }
    }
  });

  it('every numbered line LibreOffice shows is in our import (needs soffice)', function () {
    if (!hasSoffice() || process.env.CLAUSULE_SKIP_LIBREOFFICE) this.skip();
    for (const f of files) {
      const oracle = sofficeText(path.join(CORPUS, f));
      assert.ok(numberedLines(oracle).length >= 20, `${f}: LibreOffice shows numbered lines`);
      assert.deepEqual(missingFrom(oracle, importDocx(fs.readFileSync(path.join(CORPUS, f))).text), [], f);
    }
  });
});
