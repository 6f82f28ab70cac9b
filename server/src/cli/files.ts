// Which files the CLI checks: named files as given, and drafts found in named directories.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WORD_PATTERN } from './word';

export const DRAFT_PATTERN = /\.(?:av|voorwaarden)(?:\.md)?$/i;

export function collectDrafts(args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      missing.push(arg);
      continue;
    }
    if (stat.isDirectory()) walk(arg, files);
    else files.push(arg);
  }
  return { files, missing };
}

function walk(dir: string, out: string[]) {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (DRAFT_PATTERN.test(e.name) || WORD_PATTERN.test(e.name)) out.push(p);
  }
}

/** Decodes a draft: UTF-8 with or without BOM. Binary files are refused with a reason, not analysed. */
export function readDraft(file: string): { text?: string; error?: string } {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a directory' : (e as Error).message };
  }
  if (buf.includes(0) && buf.indexOf(0) < 8000) return { error: 'looks like a binary file (contains NUL bytes), not a text draft' };
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}
