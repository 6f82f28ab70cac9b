// The core's layers: the engine, the model, the text scanners and the rule kit do not depend on the
// rules. Rules import them, never the other way round; the rules reach the engine only through the
// registry that analyzer.ts passes it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = (() => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'server', 'src'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
})();
const CORE = path.join(ROOT, 'server', 'src', 'core');
const BELOW_RULES = ['engine', 'model', 'text', 'kit'];

// Every way a module names another: import/export … from '…' (also `import type`, over several lines),
// import '…', import('…') and require('…'). Comments are blanked first, so a commented-out import is none.
const COMMENTS = /\/\*[\s\S]*?\*\/|(?<![:'"\\])\/\/[^\n]*/g;
const STATIC = /^[ \t]*(?:import|export)\b[^;'"]*?\bfrom[ \t]*['"]([^'"\n]+)['"]|^[ \t]*import[ \t]*['"]([^'"\n]+)['"]/gm;
const CALL = /\b(?:import|require)[ \t]*\([ \t]*['"]([^'"\n]+)['"][ \t]*\)/g;

/** The module specifiers a TypeScript source names, in order of appearance per form. */
export function importsOf(source: string): string[] {
  const code = source.replace(COMMENTS, '');
  const out: string[] = [];
  for (const m of code.matchAll(STATIC)) out.push(m[1] ?? m[2]);
  for (const m of code.matchAll(CALL)) out.push(m[1]);
  return out;
}

/** `spec` imported by `file` (both relative to the core), as a core file; undefined for packages and node: modules. */
export function resolveImport(file: string, spec: string, isFile: (p: string) => boolean): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  for (const p of [base, `${base}.ts`, `${base}/index.ts`]) if (isFile(p)) return p;
  return base;
}

/** Paths relative to the core, with '/' separators. */
function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(path.join(CORE, dir)).sort()) {
    const rel = `${dir}/${name}`;
    if (fs.statSync(path.join(CORE, rel)).isDirectory()) out.push(...sourcesUnder(rel));
    else if (name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

/** Core files `file` imports (relative imports resolved; packages and node: modules left out). */
function importedBy(file: string): string[] {
  const out: string[] = [];
  for (const spec of importsOf(fs.readFileSync(path.join(CORE, file), 'utf8'))) {
    const target = resolveImport(file, spec, (p) => fs.existsSync(path.join(CORE, p)) && fs.statSync(path.join(CORE, p)).isFile());
    if (target) out.push(target);
  }
  return out;
}

/** Rule code: a module under rules/ (its data lists under rules/data are plain JSON). */
const isRuleCode = (p: string) => p.startsWith('rules/') && p.endsWith('.ts');

/** The first chain of imports from `start` to rule code, or undefined. */
function pathToRules(start: string): string[] | undefined {
  const from = new Map<string, string>([[start, '']]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const next of importedBy(file)) {
      if (from.has(next) || next.endsWith('.test.ts')) continue;
      from.set(next, file);
      if (isRuleCode(next)) {
        const chain = [next];
        for (let p = file; p; p = from.get(p)!) chain.unshift(p);
        return chain;
      }
      if (next.endsWith('.ts')) queue.push(next);
    }
  }
  return undefined;
}

describe('core: layers', () => {
  it('reads every form of import, and none in a comment', () => {
    const source = [
      "import * as fs from 'node:fs';",
      "import type { A,",
      "  B } from '../rules/a';",
      "export { c } from './c';",
      "export * from \"../d\";",
      "import './side';",
      "// import { e } from '../rules/e';",
      "/* import { f } from '../rules/f'; */",
      "const g = require('../g'); const h = import('../h');",
      "const url = 'https://example.org'; // a string, not an import",
    ].join('\n');
    assert.deepEqual(importsOf(source), ['node:fs', '../rules/a', './c', '../d', './side', '../g', '../h']);
  });

  it('resolves a relative import to a file, a folder index, or the path itself', () => {
    const files = new Set(['rules/index.ts', 'rules/a.ts', 'rules/data/x.json']);
    const isFile = (p: string) => files.has(p);
    assert.equal(resolveImport('engine/runner.ts', '../rules', isFile), 'rules/index.ts');
    assert.equal(resolveImport('engine/runner.ts', '../rules/a', isFile), 'rules/a.ts');
    assert.equal(resolveImport('spelling/dictionary.ts', '../rules/data/x.json', isFile), 'rules/data/x.json');
    assert.equal(resolveImport('engine/runner.ts', 'fast-check', isFile), undefined);
  });

  const skip = !fs.existsSync(CORE);
  const files = skip ? [] : BELOW_RULES.flatMap((d) => sourcesUnder(d));

  it('no file under engine/, model/, text/ or kit/ (tests included) imports from rules/', function () {
    if (skip) this.skip();
    assert.ok(files.length > 20, `only ${files.length} files found under ${CORE}`);
    assert.ok(importedBy('engine/runner.ts').includes('kit/rule.ts'), 'the scan reads the real imports');
    const offending = files.flatMap((f) => importedBy(f).filter((t) => t.startsWith('rules/')).map((t) => `${f} imports ${t}`));
    assert.deepEqual(offending, []);
  });

  it('nor does any module there reach a rule through other modules', function () {
    if (skip) this.skip();
    const chains = files.filter((f) => !f.endsWith('.test.ts')).flatMap((f) => pathToRules(f)?.join(' → ') ?? []);
    assert.deepEqual(chains, []);
  });
});
