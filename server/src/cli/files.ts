// Which files the CLI checks: named files as given, and drafts found in named directories.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WORD_PATTERN } from './word';
import { describeRefusal, readRegularFile } from '../node/readRegularFile';
import { decodeDraft } from './decode';

/** Larger drafts are refused with a clear message rather than read into memory (the largest real ones are ~1 MB). */
export const DRAFT_SIZE_LIMIT = 64 * 1024 * 1024;

export const DRAFT_PATTERN = /\.(?:av|voorwaarden)(?:\.md)?$/i;

export function collectDrafts(args: string[]): { files: string[]; missing: string[]; unreadable: Array<{ dir: string; reason: string }> } {
  const files: string[] = [];
  const missing: string[] = [];
  const unreadable: Array<{ dir: string; reason: string }> = [];
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (stat.isDirectory()) walk(arg, files, unreadable);
    else files.push(arg);
  }
  return { files, missing, unreadable };
}

function walk(dir: string, out: string[], unreadable: Array<{ dir: string; reason: string }>) {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    unreadable.push({ dir, reason: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message });
    return;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    // Symbolic links to folders are not followed (no cycles); a link named *.av is read like a file,
    // and readDraft refuses it if it leads to a device or pipe.
    if (e.isDirectory()) walk(p, out, unreadable);
    else if (DRAFT_PATTERN.test(e.name) || WORD_PATTERN.test(e.name)) out.push(p);
  }
}

/**
 * Reads a draft: only a regular file (a FIFO or a device is refused, never opened for a blocking read) of at
 * most DRAFT_SIZE_LIMIT bytes, decoded by decodeDraft. `note` says how it was decoded when not plain UTF-8.
 */
export function readDraft(file: string): { text?: string; error?: string; note?: string } {
  const read = readRegularFile(file, DRAFT_SIZE_LIMIT);
  if ('refused' in read) return { error: describeRefusal(read.refused) };
  const decoded = decodeDraft(read.data);
  return 'error' in decoded ? { error: decoded.error } : decoded;
}
