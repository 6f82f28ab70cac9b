// The Word writer (the `docx` package) holds the whole document as objects and then as XML before it zips:
// measured peak memory is about 280-380 bytes per character of the draft (1 MB → 385 MB, 10 MB → 2.8 GB).
// Past the heap this process may use, Node would abort with a fatal out-of-memory error; refuse up front.
import { getHeapStatistics } from 'node:v8';

export const DOCX_BYTES_PER_CHAR = 300;

/** Why a draft of `chars` characters cannot be exported to Word in this process, or undefined if it can. */
export function docxTooLarge(chars: number, heapLimit = getHeapStatistics().heap_size_limit): string | undefined {
  const needed = chars * DOCX_BYTES_PER_CHAR;
  if (needed <= heapLimit) return undefined;
  const gb = (n: number) => `${(n / 1e9).toFixed(1)} GB`;
  return `a Word export of this draft needs about ${gb(needed)} of memory and this process may use ${gb(heapLimit)}; export it as HTML, split the draft, or raise the limit (NODE_OPTIONS=--max-old-space-size=${Math.ceil(needed / 1048576 / 1024) * 1024})`;
}
