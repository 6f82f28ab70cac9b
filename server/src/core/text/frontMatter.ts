// A Markdown draft may open with YAML front matter: "---", lines of "key: value", and "---" (or "...").
// That is the file's metadata (title, version, status) for a site generator, not text of the draft.

// The opening line, then a first "key:" line: a horizontal rule above a paragraph is no front matter.
const OPEN = /^\uFEFF?---[ \t]*\r?\n[ \t]*[A-Za-z_][\w-]*[ \t]*:/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;
// Front matter is short; a "---" far down is a horizontal rule of the draft, not its end.
const REACH = 4000;

/** Where the front matter at the start of `text` ends (after its closing line), or 0 when there is none. */
export function frontMatterEnd(text: string): number {
  if (!OPEN.test(text)) return 0;
  const firstLineEnd = text.indexOf('\n') + 1;
  const m = CLOSE.exec(text.slice(firstLineEnd, REACH));
  return m ? firstLineEnd + m.index + m[0].length : 0;
}
