// V8 keeps a script's source for as long as the script lives, as one string: one byte per character when
// every character is Latin-1, two bytes otherwise. esbuild (charset ascii) escapes strings, templates and
// identifiers, but not regular expression literals, so the rules' patterns with Dutch quotes and dashes
// ("[‘“]", "[–—-]") left the whole server core a two-byte string: 1.3 MB held instead of 0.7 MB.

/**
 * `code` with every character above U+007F written as a \uXXXX escape (a pair of them for a character above
 * U+FFFF), which reads the same in a regular expression (with or without the u or v flag, in a class or not),
 * in a string and in an identifier. An identity escape of such a character ("\–", a non-unicode pattern)
 * becomes the \u escape alone. The one place the spelling shows is a tagged template's raw text: this
 * project's bundles tag only String.raw, for patterns handed to `new RegExp`, where the escape means the
 * character again. A `.source` shows the escape; the project builds patterns from sources, never reads
 * characters from them.
 */
export function escapeNonAscii(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_m, slashes, ch) => {
    const escape = '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escape;
  });
}
