// One defect, one finding. A draft that writes "danwel" in eight articles has one habit to fix, with one
// "replace all": a rule that declares its habits (`meta.habit`, kit/rule.ts) gets one finding per key at
// the first place (or at the place the rule marks as the lead, `Report.lead`), which names the others; the
// others ride along as occurrences (the editor still marks each, as a hint that points to the finding). Runs
// after the disable comments: a comment at one place silences that place only, and the group shrinks.
import type { Finding, Fix, Localized, Occurrence, Span, TextEdit } from '../types';
import type { DocumentModel } from '../model/types';
import { innermostNode } from '../model/references';

/** At most this many places are named in the message; the count says the rest. */
const NAMED = 8;

/** `findings` in document order; findings of one rule and group become one. Returns `findings` itself when none repeat. */
export function groupFindings(findings: Finding[], model: DocumentModel): Finding[] {
  let byKey: Map<string, Finding[]> | undefined;
  let repeated = false;
  for (const f of findings) {
    if (f.group === undefined) continue;
    byKey ??= new Map();
    const key = `${f.ruleId}\u0000${f.group}`;
    const list = byKey.get(key);
    if (list) {
      list.push(f);
      repeated = true;
    } else byKey.set(key, [f]);
  }
  if (!byKey || !repeated) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.group === undefined) {
      out.push(f);
      continue;
    }
    const list = byKey.get(`${f.ruleId}\u0000${f.group}`)!;
    if (list.length === 1) out.push(f.lead ? withoutLead(f) : f);
    else if (leadOf(list) === f) out.push(merged([f, ...list.filter((x) => x !== f)], model));
  }
  return out;
}

/** The place a group's finding stands at: the one its rule marks as the lead, or else the first. */
function leadOf(list: Finding[]): Finding {
  return list.find((f) => f.lead) ?? list[0];
}

function withoutLead(f: Finding): Finding {
  const { lead, ...rest } = f;
  void lead;
  return rest;
}

/** The first finding, told how often and where the defect recurs, with the others as its occurrences. */
function merged(list: Finding[], model: DocumentModel): Finding {
  const [first, ...rest] = list;
  const at = placeOf(model, first.span.start);
  const line = model.lines.lineAt(first.span.start) + 1;
  const where: Localized = at ? { nl: `${at.nl} (regel ${line})`, en: `${at.en} (line ${line})` } : { nl: `regel ${line}`, en: `line ${line}` };
  const occurrences: Occurrence[] = rest.map((f) => ({
    span: f.span,
    message: { nl: `Zie ${where.nl}: ${first.message.nl}`, en: `See ${where.en}: ${first.message.en}` },
    ...(f.fixes && { fixes: f.fixes }),
  }));
  const places = namedPlaces(model, rest.map((f) => f.span));
  const n = rest.length;
  const everywhere = fixesEverywhere(list);
  return {
    ...withoutLead(first),
    message: {
      nl: `${first.message.nl} Komt nog ${n} keer voor: ${places.nl}.`,
      en: `${first.message.en} Occurs ${n === 1 ? 'once more' : `${n} more times`}: ${places.en}.`,
    },
    ...((first.fixes?.length || everywhere.length) && { fixes: [...(first.fixes ?? []), ...everywhere] }),
    occurrences,
  };
}

/**
 * The clause that holds an offset, as the draft numbers it ("3.5", "12 lid 3", "artikel 4"); undefined where
 * the draft numbers nothing there.
 */
function placeOf(model: DocumentModel, offset: number): Localized | undefined {
  let node = innermostNode(model.nodes, offset);
  while (node && (!node.label || node.kind === 'part')) node = node.parent;
  if (!node) return undefined;
  return node.kind === 'article' ? { nl: `artikel ${node.label}`, en: `article ${node.label}` } : { nl: node.label, en: node.label };
}

/** "3.5, 4.5 (2×) en regel 80": each place once, in document order, the first few by name. */
function namedPlaces(model: DocumentModel, spans: Span[]): Localized {
  const names: Localized[] = [];
  const counts: number[] = [];
  for (const s of spans) {
    const line = model.lines.lineAt(s.start) + 1;
    const name = placeOf(model, s.start) ?? { nl: `regel ${line}`, en: `line ${line}` };
    const last = names.length - 1;
    if (last >= 0 && names[last].nl === name.nl) counts[last]++;
    else {
      names.push(name);
      counts.push(1);
    }
  }
  const shown = names.slice(0, NAMED).map((x, i) => (counts[i] > 1 ? { nl: `${x.nl} (${counts[i]}×)`, en: `${x.en} (${counts[i]}×)` } : x));
  const more = names.length - shown.length;
  const join = (lang: 'nl' | 'en') => {
    const parts = shown.map((x) => x[lang]);
    if (more > 0) return `${parts.join(', ')} ${lang === 'nl' ? `en ${more} andere plaatsen` : `and ${more} other places`}`;
    return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${parts[parts.length - 1]}` : parts[0];
  };
  return { nl: join('nl'), en: join('en') };
}

/** The fix a place offers as its correction: the preferred one, or its only one. */
function correction(f: Finding): Fix | undefined {
  return f.fixes?.find((x) => x.preferred) ?? (f.fixes?.length === 1 ? f.fixes[0] : undefined);
}

/** "Fix all N": every place's own correction in one fix, titled after the first place's. */
function fixesEverywhere(list: Finding[]): Fix[] {
  const own = correction(list[0]);
  if (!own) return [];
  const fixing = list.map(correction).filter((x): x is Fix => x !== undefined);
  if (fixing.length < 2) return [];
  const edits: TextEdit[] = [];
  for (const e of fixing.flatMap((x) => x.edits).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)) {
    const last = edits[edits.length - 1];
    if (last && e.span.start < last.span.end) continue; // places that overlap: the first one wins
    if (last && e.span.start === last.span.start && e.span.end === last.span.end) continue;
    edits.push(e);
  }
  const n = fixing.length;
  return [
    {
      title: everywhereTitle(own, n),
      edits,
      everywhere: true,
    },
  ];
}

/** Every place of a finding, the first one first: its own span and the fixes of that place alone. */
export function placesOf(f: Finding): Array<{ span: Span; fixes: Fix[] }> {
  const first = { span: f.span, fixes: (f.fixes ?? []).filter((x) => !x.everywhere) };
  return [first, ...(f.occurrences ?? []).map((o) => ({ span: o.span, fixes: o.fixes ?? [] }))];
}

/**
 * For a fix found on request at one place of a grouped finding (a typing error's suggestion) that replaces
 * the place's words: the same replacement at every place, each keeping its own initial capital.
 */
export function fixAtEveryPlace(text: string, f: Finding, fix: Fix): Fix | undefined {
  if (!f.occurrences?.length || fix.edits.length !== 1) return undefined;
  const [edit] = fix.edits;
  const places = placesOf(f);
  if (!places.some((p) => p.span.start === edit.span.start && p.span.end === edit.span.end)) return undefined;
  const edits = places.map((p) => ({ span: p.span, newText: casedLike(text.slice(p.span.start, p.span.end), edit.newText) }));
  const n = places.length;
  return { title: everywhereTitle(fix, n), edits, everywhere: true };
}

/** The title of a fix made at all n places: the one place's title, "overal in dit concept". */
function everywhereTitle(fix: Fix, n: number): Localized {
  return { nl: `${fix.title.nl}, overal in dit concept (${n} keer)`, en: `${fix.title.en}, everywhere in this draft (${n} times)` };
}

/** `replacement` with the initial capital of `original`, or its initial lower case. */
function casedLike(original: string, replacement: string): string {
  const head = replacement.charAt(0);
  if (/^\p{Lu}/u.test(original)) return head.toUpperCase() + replacement.slice(1);
  if (/^\p{Ll}/u.test(original)) return head.toLowerCase() + replacement.slice(1);
  return replacement;
}
