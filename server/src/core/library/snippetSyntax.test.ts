import * as assert from 'node:assert/strict';
import { lintSnippet, parseSnippet, tabStops } from './snippetSyntax';

const messages = (src: string) => lintSnippet(src).map((e) => e.message);

describe('snippet syntax', () => {
  it('parses tab stops, placeholders, mirrors and choices', () => {
    const { nodes, errors } = parseSnippet('## Artikel ${1:1} – X\n$1.1 binnen ${2:dertig (30) dagen} ${3|b2b,b2c|} ${2}');
    assert.deepEqual(errors, []);
    assert.deepEqual(
      tabStops(nodes).map((n) => `${n.kind}:${n.index}`),
      ['placeholder:1', 'tabstop:1', 'placeholder:2', 'choice:3', 'tabstop:2'],
    );
  });

  it('reads nested placeholders and escapes', () => {
    const { nodes, errors } = parseSnippet('${1:een ${2:twee} drie} kost \\$ 5 \\} ${3|a\\,b,c\\|d|}');
    assert.deepEqual(errors, []);
    const [outer] = nodes;
    assert.equal(outer.kind, 'placeholder');
    const choice = tabStops(nodes).find((n) => n.kind === 'choice');
    assert.deepEqual(choice && choice.kind === 'choice' ? choice.options : [], ['a,b', 'c|d']);
    assert.ok(nodes.some((n) => n.kind === 'text' && n.value.includes('$ 5 }')));
  });

  it('accepts a well-formed library clause', () => {
    assert.deepEqual(messages('## Artikel ${1:1} – Betaling\n$1.1 Binnen ${2:dertig (30) dagen}.\n$1.2 Zie artikel $1.1.'), []);
  });

  it('reports an unclosed placeholder', () => {
    assert.match(messages('binnen ${2:dertig dagen').join(), /not closed/);
  });

  it('reports an unescaped dollar sign and a stray closing brace', () => {
    assert.match(messages('${1:a} kost $ 5').join(), /unescaped "\$"/);
    assert.match(messages('${1:a} }').join(), /unescaped "}"/);
  });

  it('reports malformed choices', () => {
    assert.match(messages('${1|a,b}').join(), /choice/);
    assert.match(messages('${1|alleen|}').join(), /at least two options/);
    assert.match(messages('${1|a,,b|}').join(), /empty option/);
  });

  it('reports variables, which the server cannot fill', () => {
    assert.match(messages('${1:a} $TM_FILENAME').join(), /variables/);
  });

  it('reports gaps in tab stop numbers and a tab stop without default', () => {
    assert.match(messages('${1:a} ${3:c}').join(), /without gaps/);
    assert.match(messages('${1:a} $2').join(), /no default/);
  });

  it('reports two different defaults for the same tab stop', () => {
    assert.match(messages('${1:a} ${2:b} ${2:c}').join(), /two different defaults/);
    assert.deepEqual(messages('${1:a} ${2:b} ${2:b} $2'), []);
  });
});
