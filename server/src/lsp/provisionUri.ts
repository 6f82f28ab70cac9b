// The address of a statutory provision as a read-only document in the editor (scheme clausule-wet): the
// client serves it (client/src/showProvision.ts, from clausule/provision) and go to definition on a citation
// points to it. No imports: the client bundles this file too.

export const PROVISION_SCHEME = 'clausule-wet';

/** "7:408 lid 1" in Dutch → clausule-wet:/7:408.lid.1.md?key=7%3A408+lid+1&lang=nl */
export function provisionUri(key: string, lang: 'nl' | 'en'): string {
  const name = key.replace(/[^\p{L}\p{N}.:]+/gu, '.');
  return `${PROVISION_SCHEME}:/${encodeURIComponent(name)}.md?${new URLSearchParams({ key, lang }).toString()}`;
}
