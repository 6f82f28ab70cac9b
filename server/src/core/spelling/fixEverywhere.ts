// A misspelling that recurs ("danwel" in eight articles) keeps a finding at each place, as a word
// processor marks each: the reader sees it where it stands, and the count of open findings stays
// honest. What a word processor adds, and this does too, is "change all": each of those findings offers
// one more quick fix that makes the same correction at every place in the draft.
import type { Finding, Fix, TextEdit } from '../types';

// The rules whose findings are corrections of the text itself, the same wherever the words recur.
const CORRECTIONS = new Set(['spelling', 'lidwoord']);

/**
 * For a spelling finding whose preferred fix recurs elsewhere in the draft (the same rule, the same
 * words, the same fix), one fix that applies all of them; undefined when the finding stands alone.
 */
export function fixEverywhere(text: string, findings: readonly Finding[], finding: Finding): Fix | undefined {
  const fix = preferredFix(finding);
  if (!fix || !CORRECTIONS.has(finding.ruleId)) return undefined;
  const words = text.slice(finding.span.start, finding.span.end);
  const same = findings.filter((f) => {
    if (f.ruleId !== finding.ruleId || text.slice(f.span.start, f.span.end) !== words) return false;
    const other = preferredFix(f);
    return other !== undefined && other.title.nl === fix.title.nl && other.edits.length === fix.edits.length && other.edits.every((e, i) => e.newText === fix.edits[i].newText);
  });
  if (same.length < 2) return undefined;
  const edits: TextEdit[] = [];
  for (const e of same.flatMap((f) => preferredFix(f)!.edits).sort((a, b) => a.span.start - b.span.start)) {
    const last = edits[edits.length - 1];
    if (last && e.span.start < last.span.end) continue; // overlapping places: the first one wins
    if (last && e.span.start === last.span.start && e.span.end === last.span.end) continue;
    edits.push(e);
  }
  const n = same.length;
  return {
    title: { nl: `${fix.title.nl}, overal in dit concept (${n} keer)`, en: `${fix.title.en}, everywhere in this draft (${n} times)` },
    edits,
  };
}

function preferredFix(f: Finding): Fix | undefined {
  return f.fixes?.find((x) => x.preferred) ?? (f.fixes?.length === 1 ? f.fixes[0] : undefined);
}
