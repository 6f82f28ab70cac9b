import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { addWordChange, withWord } from './wordList';
import { readWorkspaceConfig } from './workspaceConfig';

describe('word list (.clausule.json "woorden")', () => {
  it('adds a word, sorted and once, keeping the other settings', () => {
    const text = withWord('{ "doelgroep": "b2c", "woorden": ["Zebra"] }', 'Bizzlewerk')!;
    assert.deepEqual(JSON.parse(text), { doelgroep: 'b2c', woorden: ['Bizzlewerk', 'Zebra'] });
    assert.deepEqual(JSON.parse(withWord(text, 'Zebra')!).woorden, ['Bizzlewerk', 'Zebra']);
    assert.deepEqual(JSON.parse(withWord(undefined, 'x')!), { woorden: ['x'] });
  });

  it('refuses what it cannot edit safely: invalid JSON, an array, a "woorden" that is no list', () => {
    assert.equal(withWord('{ nope', 'x'), undefined);
    assert.equal(withWord('[1]', 'x'), undefined);
    assert.equal(withWord('{ "woorden": "x" }', 'y'), undefined);
  });

  it('writes to the nearest .clausule.json, or creates one beside the draft', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-words-'));
    const sub = path.join(dir, 'sub');
    fs.mkdirSync(sub);
    const draft = pathToFileURL(path.join(sub, 'a.av')).toString();
    const fresh = addWordChange(draft, 'Bizzlewerk')!;
    assert.equal(fresh.create, true);
    assert.equal(fresh.uri, pathToFileURL(path.join(sub, '.clausule.json')).toString());
    fs.writeFileSync(path.join(dir, '.clausule.json'), '{ "rules": { "spelling": "off" } }');
    const existing = addWordChange(draft, 'Bizzlewerk')!;
    assert.equal(existing.create, false);
    assert.equal(existing.uri, pathToFileURL(path.join(dir, '.clausule.json')).toString());
    fs.writeFileSync(path.join(dir, '.clausule.json'), existing.newText);
    assert.deepEqual(readWorkspaceConfig(path.join(dir, '.clausule.json')).options, { rules: { spelling: 'off' }, words: ['Bizzlewerk'] });
    assert.equal(addWordChange('untitled:Untitled-1', 'x'), undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('"woorden" that is not a list of strings is dropped and reported', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clausule-words-'));
    fs.writeFileSync(path.join(dir, '.clausule.json'), '{ "woorden": [1, 2] }');
    const cfg = readWorkspaceConfig(path.join(dir, '.clausule.json'));
    assert.equal(cfg.options.words, undefined);
    assert.deepEqual(cfg.problems.map((p) => p.path), ['woorden']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
