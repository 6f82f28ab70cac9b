// Draft bytes to text. Drafts arrive as UTF-8 (with or without BOM), as UTF-16 with a BOM (Word's
// "Unicode text" export), or, for older Dutch drafts, as Windows-1252 (Latin-1 with €, curly quotes and
// dashes in 0x80-0x9F). Anything that is not clean UTF-8 is said so, never silently replaced.

export type DecodeResult = { text: string; note?: string } | { error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
const windows1252 = new TextDecoder('windows-1252');

export function decodeDraft(buf: Uint8Array): DecodeResult {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return decodeUtf8(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: utf16le.decode(buf.subarray(2)), note: 'read as UTF-16 (little-endian, with byte order mark)' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: utf16be.decode(buf.subarray(2)), note: 'read as UTF-16 (big-endian, with byte order mark)' };
  const nul = buf.indexOf(0);
  if (nul >= 0 && nul < 8000) {
    return { error: 'looks like a binary file (contains NUL bytes), not a text draft; a UTF-16 draft needs a byte order mark (save it again as "Unicode text" or as UTF-8)' };
  }
  return decodeUtf8(buf);
}

function decodeUtf8(buf: Uint8Array): DecodeResult {
  try {
    return { text: utf8.decode(buf) };
  } catch {
    // Not valid UTF-8. A draft with no valid multi-byte sequence at all is a single-byte encoding: old
    // Dutch drafts are Windows-1252 (a superset of Latin-1 in what drafts use). A draft that mixes valid
    // UTF-8 with broken bytes is UTF-8 with damage: decoding it as Windows-1252 would garble the rest.
    const lenient = utf8Lenient.decode(buf);
    let bad = 0;
    let validMultiByte = false;
    for (let i = 0; i < lenient.length; i++) {
      const c = lenient.charCodeAt(i);
      if (c === 0xfffd) bad++;
      else if (c > 0x7f) validMultiByte = true;
    }
    if (!validMultiByte) return { text: windows1252.decode(buf), note: 'not valid UTF-8; read as Windows-1252 (Latin-1)' };
    return { text: lenient, note: `not valid UTF-8: ${bad} invalid byte ${bad === 1 ? 'sequence was' : 'sequences were'} replaced by U+FFFD` };
  }
}

/**
 * `s` safe to write to a terminal: control characters (C0 except tab and line feed, DEL, C1) and bidi
 * overrides become a visible stand-in of the same UTF-16 length, so columns and carets stay aligned.
 */
export function printable(s: string): string {
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}
