// V8 keeps a slice of a long string as a view into it ("sliced string"): the slice holds the whole
// string alive. A string kept longer than the draft version it was cut from (a cache key, a model part
// moved through an edit) pins that version, so after edits in many articles the server would hold as
// many old copies of the draft. `detached` copies a slice into a string of its own.

/** `s`, held in memory of its own (not as a view into the text it was sliced from). */
export function detached(s: string): string {
  // Joining flattens into a new string of s.length + 1 units; the slice is a view into that copy only.
  // (V8 copies strings shorter than 13 units on slicing anyway.)
  return s.length < 13 ? s : (' ' + s).slice(1);
}
