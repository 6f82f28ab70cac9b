import * as assert from 'node:assert/strict';
import { describeKind } from '../../server/src/core/model/documentKind';
import type { StatusNotification } from '../../server/src/lsp/server';
import { statusText } from './statusText';

const status = (over: Partial<StatusNotification>): StatusNotification => ({
  uri: 'file:///x.av',
  errors: 3,
  warnings: 5,
  infos: 1,
  audience: 'b2c',
  limited: false,
  ...describeKind({ kind: 'algemene-voorwaarden', partOfSet: false, law: 'nl', lawSource: 'choice' }),
  ...over,
});

describe('status bar text: the audience and kind of the draft', () => {
  it('shows audience and short kind, not the problem counts VS Code already shows', () => {
    const { text, tooltip } = statusText(status({}), 'nl');
    assert.equal(text, '$(law) b2c · voorwaarden');
    assert.doesNotMatch(text, /\$\((error|warning)\)|\b[35]\b/);
    assert.match(tooltip, /Doelgroep: consumenten \(b2c\)/);
    assert.match(tooltip, /Soort document: algemene voorwaarden/);
    assert.match(tooltip, /Recht: Nederlands recht/);
    assert.equal(statusText(status({}), 'en').text, '$(law) b2c · terms');
  });

  it('an undecided audience says so; a large draft shows that only fast checks ran', () => {
    const { text, tooltip } = statusText(status({ audience: 'unknown', limited: true }), 'nl');
    assert.equal(text, '$(law) b2b/b2c? · voorwaarden $(dashboard)');
    assert.match(tooltip, /niet af te leiden/);
    assert.match(tooltip, /alleen de snelle controles/);
  });

  it('every kind has a short name in both languages, also as part of a contract set', () => {
    for (const kind of ['algemene-voorwaarden', 'sla', 'verwerkersovereenkomst', 'licentie', 'platform', 'familierecht', 'onbekend'] as const) {
      for (const partOfSet of [false, true]) {
        const s = status({ audience: 'b2b', ...describeKind({ kind, partOfSet }) });
        for (const lang of ['nl', 'en'] as const) {
          const { text } = statusText(s, lang);
          assert.match(text, /^\$\(law\) b2b · \S/, `${kind} ${lang}`);
          assert.ok(text.length <= 40, `${kind} ${lang}: ${text}`);
        }
      }
    }
    assert.equal(statusText(status({ audience: 'b2b', ...describeKind({ kind: 'verwerkersovereenkomst', partOfSet: true }) }), 'en').text, '$(law) b2b · DPA');
  });

  it('no kind known yet: "concept"', () => {
    assert.equal(statusText(status({ kind: undefined, shortKind: undefined, law: undefined }), 'nl').text, '$(law) b2c · concept');
  });
});
