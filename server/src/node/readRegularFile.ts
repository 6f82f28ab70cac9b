// Reads a file only if it is a regular file of bounded size. A path from a workspace or a checked folder can
// name a FIFO (opening it for reading blocks until a writer comes), a device such as /dev/zero (reading never
// ends) or a huge file; none of these may hang or exhaust the server or the CLI.
import * as fs from 'node:fs';

export type ReadRefusal =
  | { kind: 'missing' }
  | { kind: 'directory' }
  | { kind: 'not-regular'; what: string }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'error'; code?: string; message: string };

export type ReadResult = { data: Buffer } | { refused: ReadRefusal };

// O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer (POSIX; absent on Windows,
// where the stat below still refuses pipes and devices before they are opened).
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function kindOf(st: fs.Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function refusalOf(e: unknown): ReadRefusal {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return { kind: 'missing' };
  if (err.code === 'EISDIR') return { kind: 'directory' };
  return { kind: 'error', code: err.code, message: err.message ?? String(e) };
}

/** The bytes of `file` (symlinks followed), or why it was not read: never blocks, never reads more than `limit` bytes. */
export function readRegularFile(file: string, limit: number): ReadResult {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    return { refused: refusalOf(e) };
  }
  if (st.isDirectory()) return { refused: { kind: 'directory' } };
  const what = kindOf(st);
  if (what) return { refused: { kind: 'not-regular', what } };
  if (st.size > limit) return { refused: { kind: 'too-large', size: st.size, limit } };
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    return { refused: refusalOf(e) };
  }
  try {
    // The path may have been swapped between stat and open: judge what was actually opened.
    const opened = fs.fstatSync(fd);
    const openedWhat = kindOf(opened);
    if (openedWhat) return { refused: { kind: 'not-regular', what: openedWhat } };
    const chunks: Buffer[] = [];
    let total = 0;
    // Read up to one byte past the limit, so a file that grew after the stat is still refused.
    const buf = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(opened.size, 64 * 1024)));
    for (;;) {
      const n = fs.readSync(fd, buf, 0, Math.min(buf.length, limit + 1 - total), null);
      if (n === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, n)));
      total += n;
      if (total > limit) return { refused: { kind: 'too-large', size: total, limit } };
    }
    return { data: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } catch (e) {
    return { refused: refusalOf(e) };
  } finally {
    fs.closeSync(fd);
  }
}

/** A short English reason for a refusal, for messages such as `cannot read "x": <reason>`. */
export function describeRefusal(r: ReadRefusal): string {
  switch (r.kind) {
    case 'missing':
      return 'no such file or directory';
    case 'directory':
      return 'is a directory';
    case 'not-regular':
      return `is ${r.what}, not a regular file`;
    case 'too-large':
      return `is larger than ${formatBytes(r.limit)} (${r.size > r.limit ? formatBytes(r.size) : 'grew while reading'})`;
    case 'error':
      return r.code === 'EACCES' || r.code === 'EPERM' ? 'permission denied' : r.message;
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / (1024 * 1024)) * 10) / 10} MB` : `${Math.ceil(n / 1024)} KB`;
}
