// The text of a rule's documentation page in the chosen language. Each rule has <id>.md in Dutch, ending in
// a short English section; an <id>.en.md beside it, where one exists, is the full English page. Without one
// the English page is built from the English section, the Dutch page's examples (draft text, so Dutch) and
// its default severity and category. No imports: the client bundles this file.

const ENGLISH_SECTION = /\n(?:-{3,}[ \t]*\n\s*)?\*\*English\.\*\*[ \t]*/;

const WORDS: Record<string, string> = {
  fout: 'error',
  waarschuwing: 'warning',
  informatie: 'information',
  hint: 'hint',
  uit: 'off',
  consument: 'consumer',
  definities: 'definitions',
  structuur: 'structure',
  taal: 'language',
  wet: 'law',
  praktijk: 'practice',
};

/** "# id – dutch title / english title" */
const BILINGUAL_TITLE = /^(#[ \t]+\S+[ \t]+[–-][ \t]+[^\n/]*?)[ \t]*\/[ \t]*([^\n]+)$/m;

/** The Dutch page without its English section and the English half of its title. */
export function dutchPage(doc: string): string {
  const m = ENGLISH_SECTION.exec(doc);
  return (m ? doc.slice(0, m.index) : doc).replace(BILINGUAL_TITLE, '$1').trimEnd() + '\n';
}

/** The text of the "## <heading>" section (up to the next "## " or the English section). */
function section(doc: string, heading: string): string | undefined {
  const body = dutchPage(doc);
  const at = body.search(new RegExp(`^## ${heading}[ \\t]*$`, 'm'));
  if (at < 0) return undefined;
  const start = body.indexOf('\n', at) + 1;
  const next = body.slice(start).search(/^(?:## |-{3,}[ \t]*$)/m);
  return body.slice(start, next < 0 ? undefined : start + next).trim();
}

/** "**Standaard:** waarschuwing (…) · **Categorie:** praktijk" → "**Default:** warning · **Category:** practice". */
function defaultsLine(doc: string): string | undefined {
  const m = /^\*\*Standaard:\*\*[ \t]*(\p{L}+)[^·\n]*·[ \t]*\*\*Categorie:\*\*[ \t]*(\p{L}+)(.*)$/mu.exec(doc);
  if (!m) return undefined;
  const severity = WORDS[m[1]] ?? m[1];
  const category = WORDS[m[2]] ?? m[2];
  const b2c = /Alleen bij doelgroep b2c/.test(m[3]) ? ' · **Only for audience b2c**' : '';
  const note = /\(([^)]*)\)/.exec(m[0].slice(0, m[0].indexOf('·')))?.[1];
  const qualified = note === undefined ? '' : /aan te zetten/.test(note) ? ' (turn it on in `clausule.rules`)' : ' (higher or lower in some cases; see the Dutch page)';
  return `**Default:** ${severity}${qualified} · **Category:** ${category}${b2c}`;
}

/** The English page built from the Dutch one; undefined when the Dutch page has no English section. */
export function englishFromDutch(doc: string): string | undefined {
  const m = ENGLISH_SECTION.exec(doc);
  if (!m) return undefined;
  const summary = doc.slice(m.index + m[0].length).trim();
  const h1 = BILINGUAL_TITLE.exec(doc);
  const id = /^#[ \t]+(\S+)/m.exec(doc)?.[1] ?? '';
  const title = h1 ? `# ${id} – ${h1[2].trim()}` : (/^#[ \t].*$/m.exec(doc)?.[0] ?? '');
  const parts = [title];
  const defaults = defaultsLine(doc);
  if (defaults) parts.push(defaults);
  parts.push('## What it finds', summary);
  const flags = section(doc, 'Meldt');
  const clean = section(doc, 'Meldt niet');
  if (flags) parts.push('## Flagged', flags);
  if (clean) parts.push('## Not flagged', clean);
  parts.push(
    '---',
    '*Why it matters and how to fix it are explained on the Dutch page, with the statutory provisions: set `clausule.language` to `nl`.*',
  );
  return parts.join('\n\n') + '\n';
}

/** The page to show: Dutch, or English from <id>.en.md when there is one, else built from the Dutch page. */
export function ruleDocPage(dutch: string, english: string | undefined, lang: 'nl' | 'en'): string {
  if (lang === 'nl') return dutchPage(dutch);
  return english ?? englishFromDutch(dutch) ?? dutch;
}
