// Edit safety as properties: quick fixes, rename and renumber change only what they must, keep every other
// byte of the draft identical, map to the same text through the LSP conversion, and leave the model
// consistent (a fix removes its finding; rename then rename back restores the draft exactly; renumbering
// twice changes nothing the second time, and every cross-reference still points at the same clause).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, allRules, parseDocument, type Finding, type Span, type TextEdit } from '../../server/src/core';
import { prepareRename, renameTerm } from '../../server/src/core/features/rename';
import { renumberEdits } from '../../server/src/core/features/renumber';
import { toTextEdit } from '../../server/src/lsp/convert';
import { analyseChecked, applyEdits, fcParams, mutatedDraft, repoDrafts, SEEDS, takeRuleFailures, suiteTimeout } from './harness';
import { RawClient } from './rawClient';

const seeds = [...SEEDS.filter((s) => s.length), ...repoDrafts().map((d) => d.text)];
const everyRule = Object.fromEntries(allRules.map((r) => [r.meta.id, 'hint' as const]));

/** Only whole lines move: the kind of change a lawyer makes (delete, duplicate, reorder clauses). */
const linesDraft = (ops: Array<'delete' | 'duplicate' | 'swap'>) => fc
  .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.constantFrom(...ops), fc.nat(), fc.nat()), { maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
  .map(([seed, ops, eol]) => {
    const lines = seed.split(/\r\n|\r|\n/);
    for (const [op, a, b] of ops) {
      if (!lines.length) break;
      const i = a % lines.length;
      const j = b % lines.length;
      if (op === 'delete') lines.splice(i, 1);
      else if (op === 'duplicate') lines.splice(i, 0, lines[j]);
      else [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return lines.join(eol);
  });
const structuralDraft = linesDraft(['delete', 'duplicate', 'swap']);
/** Clauses deleted or copied, the order otherwise kept: what renumbering is for. */
const editedDraft = linesDraft(['delete', 'duplicate']);
/** Clauses and sub-items deleted (headings kept): gaps in the numbering, what renumbering is for. */
const deletedDraft = fc.tuple(fc.constantFrom(...seeds), fc.array(fc.nat(), { maxLength: 4 })).map(([seed, picks]) => {
  const lines = seed.split(/\r\n|\r|\n/);
  for (const p of picks) {
    const clauses = lines.map((l, i) => (/^[ \t]*(?:\d+(?:\.\d+)+|[a-z][.)])[ \t]/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (clauses.length) lines.splice(clauses[p % clauses.length], 1);
  }
  return lines.join('\n');
});

/** Edit boundaries must not fall inside a CRLF pair or a surrogate pair. */
function checkBoundaries(text: string, edits: readonly TextEdit[], what: string): void {
  for (const e of edits) {
    for (const o of [e.span.start, e.span.end]) {
      assert.ok(!(text[o - 1] === '\r' && text[o] === '\n'), `${what}: edit boundary at ${o} splits a CRLF`);
      const hi = text.charCodeAt(o - 1);
      const lo = text.charCodeAt(o);
      assert.ok(!(hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff), `${what}: edit boundary at ${o} splits a surrogate pair`);
    }
  }
}

/** The edits as an editor applies them (LSP line/character through convert.ts) give exactly the core result. */
/** `source`: a model (edits of its text) or an analysis (edits of the findings, in the text as given). */
function checkLspApplies(source: { text: string; lines: Parameters<typeof toTextEdit>[0] }, edits: readonly TextEdit[], expected: string, what: string): void {
  const doc = TextDocument.create('untitled:x', 'voorwaarden', 1, source.text);
  const viaLsp = TextDocument.applyEdits(doc, edits.map((e) => toTextEdit(source.lines, e)));
  assert.equal(viaLsp, expected, `${what}: the LSP edits give a different text than the core edits`);
}

/** Every byte outside the edited spans is unchanged, in order: the result is the original with only those spans replaced. */
function checkOnlyEditedSpansChange(original: string, edits: readonly TextEdit[], result: string, what: string): void {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let at = 0;
  let pos = 0;
  for (const e of sorted) {
    const keep = original.slice(at, e.span.start);
    assert.equal(result.slice(pos, pos + keep.length), keep, `${what}: text before offset ${e.span.start} changed`);
    pos += keep.length;
    assert.equal(result.slice(pos, pos + e.newText.length), e.newText, `${what}: edit at ${e.span.start} not applied as given`);
    pos += e.newText.length;
    at = e.span.end;
  }
  assert.equal(result.slice(pos), original.slice(at), `${what}: text after the last edit changed`);
}

/** Where offset `o` of the old text lands after the edits (inside an edit: at its start). */
function mapThrough(edits: readonly TextEdit[], o: number): number {
  let d = 0;
  for (const e of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    if (e.span.end <= o && !(e.span.start === e.span.end && e.span.start === o)) d += e.newText.length - (e.span.end - e.span.start);
    else if (e.span.start <= o && o < e.span.end) return e.span.start + d;
  }
  return o + d;
}

function findingKey(f: Finding): string {
  return `${f.ruleId}|${f.message.en}`;
}

describe('robustness: edits never lose text', function () {
  this.timeout(suiteTimeout(60_000));

  describe('code actions of the bundled server (rule fixes and "disable for this line")', () => {
    it('apply inside the document, change only their ranges, and do what they say', async () => {
      const c = new RawClient();
      let checked = 0;
      try {
        await c.initialize();
        const drafts = [...seeds, SEEDS[1].replace(/\r\n/g, '\r'), '\uFEFF😀 ' + SEEDS[0]];
        for (const [i, text] of drafts.entries()) {
          const uri = `untitled:edits-${i}`;
          let version = 1;
          c.open(uri, text, version);
          const diags = (await c.diagnostics(uri, (p) => p.version === version)).diagnostics;
          const doc = TextDocument.create(uri, 'voorwaarden', version, text);
          for (const d of diags.slice(0, 12)) {
            const actions = (await c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).result as any[];
            for (const a of actions ?? []) {
              const edits = a.edit?.changes?.[uri] as Array<{ range: any; newText: string }> | undefined;
              if (!edits?.length) continue;
              const target = a.diagnostics?.[0] ?? d; // the server offers actions for every finding in the range
              const what = `${target.code} "${a.title}" in draft ${i}`;
              // Each edit's range lies inside the document; applied, only those ranges change.
              for (const e of edits) {
                const start = doc.offsetAt(e.range.start);
                const end = doc.offsetAt(e.range.end);
                assert.deepEqual(doc.positionAt(start), e.range.start, `${what}: range start outside the document`);
                assert.deepEqual(doc.positionAt(end), e.range.end, `${what}: range end outside the document`);
              }
              const out = TextDocument.applyEdits(doc, edits);
              checkOnlyEditedSpansChange(text, edits.map((e) => ({ span: { start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end) }, newText: e.newText })), out, what);
              if (/clausule-disable-next-line/.test(edits[0].newText)) {
                // One comment line inserted above the line; every original line kept byte for byte.
                assert.equal(edits.length, 1);
                assert.equal(out.length, text.length + edits[0].newText.length);
                version++;
                c.change(uri, version, [{ text: out }]);
                const after = (await c.diagnostics(uri, (p) => p.version === version)).diagnostics;
                const line = target.range.start.line + 1;
                assert.ok(!after.some((x) => x.code === target.code && x.range.start.line === line && x.message === target.message), `${what}: still reported`);
                assert.ok(!after.some((x) => x.code === 'uitschakeling-ongebruikt' && x.range.start.line === target.range.start.line), `${what}: the comment is reported as unused`);
                version++;
                c.change(uri, version, [{ text }]);
                await c.diagnostics(uri, (p) => p.version === version);
              }
              checked++;
            }
          }
        }
      } finally {
        await c.shutdown();
      }
      assert.ok(checked > 20, `only ${checked} code actions checked`);
    });
  });

  describe('quick fixes from the rules', () => {
    it('touch only their spans, survive the LSP conversion byte for byte, and remove the finding they fix', () => {
      let fixesTried = 0;
      fc.assert(
        fc.property(fc.oneof(structuralDraft, mutatedDraft(seeds)), fc.constantFrom('b2b', 'b2c'), (text, audience) => {
          const options = { audience, rules: everyRule } as const;
          const r = analyseChecked(text, options);
          for (const f of r.findings) {
            for (const [k, fix] of (f.fixes ?? []).entries()) {
              const what = `${f.ruleId} fix ${k} "${fix.title.en}" at ${f.span.start}`;
              fixesTried++;
              checkBoundaries(text, fix.edits, what);
              assert.ok(fix.edits.some((e) => text.slice(e.span.start, e.span.end) !== e.newText), `${what}: a fix that changes nothing`);
              const fixed = applyEdits(text, fix.edits);
              checkOnlyEditedSpansChange(text, fix.edits, fixed, what);
              checkLspApplies(r, fix.edits, fixed, what);
              // The finding is gone: no finding of that rule with that message where it was (its start moved
              // through the edits). Elsewhere one may appear: removing one unused disable comment can leave
              // another unused, which is then rightly reported.
              const after = new Analyzer().analyze(fixed, options).findings;
              const key = findingKey(f);
              const at = mapThrough(fix.edits, f.span.start);
              assert.ok(!after.some((x) => findingKey(x) === key && x.span.start === at), `${what}: still reported after the fix: ${JSON.stringify(f.message.en)} in ${JSON.stringify(fixed.slice(Math.max(0, at - 80), at + 80))}`);
            }
          }
          assert.deepEqual(takeRuleFailures(), []);
        }),
        fcParams(40),
      );
      assert.ok(fixesTried > 20, `only ${fixesTried} fixes were tried`);
    });
  });

  describe('rename of a defined term', () => {
    const freshName = fc
      .tuple(fc.array(fc.constantFrom('ka', 'lo', 'mi', 'ver', 'tra', 'bo', 'ne', 'di', 'zu', 'pel'), { minLength: 2, maxLength: 4 }), fc.constantFrom('', ' Partij', ' Dienstverlener', '-Beheer'))
      .map(([syl, tail]) => syl.join('').replace(/^./, (c) => c.toUpperCase()) + tail);

    it('prepareRename at any offset never throws and gives a span inside the document', () => {
      fc.assert(
        fc.property(mutatedDraft(seeds), fc.double({ min: 0, max: 1, noNaN: true }), (text, a) => {
          const model = parseDocument(text);
          const offset = Math.floor(a * (text.length + 1));
          const p = prepareRename(model, offset);
          if (p) assert.ok(p.span.start >= 0 && p.span.start <= p.span.end && p.span.end <= text.length && p.span.start <= offset && offset <= p.span.end);
          const r = renameTerm(model, offset, 'Nieuwe Naam');
          if ('edits' in r) for (const e of r.edits) assert.ok(e.span.start >= 0 && e.span.end <= text.length && e.span.start <= e.span.end);
        }),
        fcParams(200),
      );
    });

    it('changes only the term and its forms, keeps the model consistent, and renaming back restores the draft exactly', () => {
      let renamed = 0;
      fc.assert(
        fc.property(fc.oneof(structuralDraft, fc.constantFrom(...seeds)), fc.nat(), freshName, (text, k, name) => {
          const model = parseDocument(text);
          const defs = model.definitions.filter((d) => model.uses.some((u) => u.term === d.term) && model.definitions.filter((x) => x.term === d.term).length === 1);
          fc.pre(defs.length > 0);
          fc.pre(!text.toLowerCase().includes(name.toLowerCase().slice(0, 5)));
          const def = defs[k % defs.length];
          const p = prepareRename(model, def.span.start + 1);
          assert.ok(p, `prepareRename on the definition of ${def.term}`);
          assert.equal(p.placeholder, def.term);
          const r = renameTerm(model, def.span.start + 1, name);
          if (!('edits' in r)) {
            // Refusing is safe (nothing changes), e.g. when the new name would stop the definition being read as one.
            assert.ok(r.error.nl && r.error.en, JSON.stringify(r));
            return;
          }
          const forms = new Set([def.term, ...model.uses.filter((u) => u.term === def.term).map((u) => u.form)]);
          for (const e of r.edits) assert.ok(forms.has(text.slice(e.span.start, e.span.end)), `an edit replaces ${JSON.stringify(text.slice(e.span.start, e.span.end))}, which is not a form of ${def.term}`);
          // Compounds that take the term's capital ("Dienstverleningsvoorwaarden" for Dienst) are renamed with it (rename.ts).
          const whole = r.edits.filter((e) => !/^[a-zß-öø-ÿ]/.test(text.slice(e.span.end, e.span.end + 1)));
          assert.equal(whole.length, 1 + model.uses.filter((u) => u.term === def.term).length, 'the definition and every use, nothing else');
          checkBoundaries(text, r.edits, 'rename');
          const out = applyEdits(text, r.edits);
          checkOnlyEditedSpansChange(text, r.edits, out, 'rename');
          checkLspApplies(model, r.edits, out, 'rename');
          const after = parseDocument(out);
          const newDef = after.definitions.find((d) => d.term === name);
          assert.ok(newDef, `${name} is defined after the rename`);
          assert.ok(!after.definitions.some((d) => d.term === def.term), `${def.term} is no longer defined`);
          assert.equal(after.uses.filter((u) => u.term === name).length, model.uses.filter((u) => u.term === def.term).length, 'every use follows the rename');
          const back = renameTerm(after, newDef.span.start + 1, def.term);
          assert.ok('edits' in back, JSON.stringify(back));
          assert.equal(applyEdits(out, back.edits), text, 'rename then rename back restores the original exactly');
          renamed++;
        }),
        fcParams(60),
      );
      assert.ok(renamed > 10, `only ${renamed} renames were tried`);
    });
  });

  describe('renumber', () => {
    const mapOffset = (edits: readonly TextEdit[], o: number): number => {
      let d = 0;
      for (const e of edits) {
        if (e.span.end <= o) d += e.newText.length - (e.span.end - e.span.start);
        else break;
      }
      return o + d;
    };

    it('changes only number tokens, survives the LSP conversion, is idempotent, and keeps every cross-reference on its clause', () => {
      fc.assert(
        fc.property(fc.oneof(editedDraft.map((t) => [t, false] as const), deletedDraft.map((t) => [t, true] as const), fc.constantFrom(...seeds).map((t) => [t, true] as const)), ([text, strict]) => {
          const model = parseDocument(text);
          const edits = renumberEdits(model);
          for (let i = 0; i < edits.length; i++) {
            const e = edits[i];
            assert.ok(e.span.start >= 0 && e.span.start <= e.span.end && e.span.end <= text.length, 'edit inside the document');
            if (i) assert.ok(edits[i - 1].span.end <= e.span.start, 'edits do not overlap');
            const old = text.slice(e.span.start, e.span.end);
            // Numbers, letters and Roman numbers, in capitals where the draft writes them so ("Artikel IV", recital "B.").
            assert.match(old, /^[0-9a-zA-Z]+(?:\.[0-9a-zA-Z]+)*$/, `renumber replaces ${JSON.stringify(old)}, which is not a number`);
            assert.match(e.newText, /^[0-9a-zA-Z]+(?:\.[0-9a-zA-Z]+)*$/, `renumber writes ${JSON.stringify(e.newText)}`);
            assert.equal(/[A-Z]/.test(e.newText), /[A-Z]/.test(old), `renumber keeps the case of ${JSON.stringify(old)}`);
          }
          checkBoundaries(text, edits, 'renumber');
          const out = applyEdits(text, edits);
          checkOnlyEditedSpansChange(text, edits, out, 'renumber');
          checkLspApplies(model, edits, out, 'renumber');
          const after = parseDocument(out);
          assert.equal(after.nodes.length, model.nodes.length, 'the structure is the same after renumbering');
          // With duplicate numbers, which clause a number (or a reference) meant is not defined; the rest holds
          // for drafts whose numbers are unique, with gaps where clauses were deleted.
          // Clauses reordered by hand are numbered by where they now stand, which may re-nest them; the strict
          // checks hold for drafts whose clauses were only deleted (gaps), the case renumbering is for.
          if (!strict || [...model.byLabel.values()].some((l) => l.length > 1)) return;
          assert.deepEqual(renumberEdits(after), [], 'renumbering a renumbered draft changes nothing');
          // Each resolved reference still resolves, to the clause with the same place in the document.
          const byStart = new Map(after.references.map((r) => [r.span.start, r]));
          for (const ref of model.references) {
            if (!ref.target || ref.relative) continue;
            const moved = byStart.get(mapOffset(edits, ref.span.start));
            assert.ok(moved, `reference ${JSON.stringify(ref.text)} at ${ref.span.start} is still a reference`);
            assert.ok(moved.target, `reference ${JSON.stringify(ref.text)} -> ${JSON.stringify(moved.text)} still resolves`);
            assert.equal(after.nodes.indexOf(moved.target), model.nodes.indexOf(ref.target), `reference ${JSON.stringify(ref.text)} -> ${JSON.stringify(moved.text)} points at the same clause`);
          }
        }),
        fcParams(80),
      );
    });
  });
});

export type { Span };
