import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * All-or-nothing changes to content/: every file of an ingest or a removal is staged under a temporary name
 * first, and only when all are staged are they renamed into place (a rename within one directory is atomic on
 * POSIX file systems). If anything fails before that, the staged files are taken back and nothing has changed.
 */

export interface FileWrite {
  path: string;
  content: string | Uint8Array;
}

const staging = (path: string, kind: string) => `${path}.${kind}-${process.pid}`;

/** Writes every file to a temporary name first, then renames them all; on failure removes the temporaries. */
export function writeAll(files: readonly FileWrite[]): void {
  const staged: Array<{ tmp: string; path: string }> = [];
  try {
    for (const { path, content } of files) {
      const tmp = staging(path, 'tmp');
      writeFileSync(tmp, content);
      staged.push({ tmp, path });
    }
  } catch (error) {
    for (const { tmp } of staged) rmSync(tmp, { force: true });
    throw error;
  }
  for (const { tmp, path } of staged) renameSync(tmp, path);
}

/**
 * Removes files and rewrites others together: the files to remove are first moved aside and the rewrites staged;
 * on any failure the moved files are put back and the staged rewrites dropped. Only then are the rewrites renamed
 * into place and the moved files deleted.
 */
export function removeAll(remove: readonly string[], rewrite: readonly FileWrite[]): void {
  const moved: Array<{ aside: string; path: string }> = [];
  const staged: Array<{ tmp: string; path: string }> = [];
  try {
    for (const path of remove) {
      const aside = staging(path, 'removing');
      renameSync(path, aside);
      moved.push({ aside, path });
    }
    for (const { path, content } of rewrite) {
      const tmp = staging(path, 'tmp');
      writeFileSync(tmp, content);
      staged.push({ tmp, path });
    }
  } catch (error) {
    for (const { aside, path } of moved) renameSync(aside, path);
    for (const { tmp } of staged) rmSync(tmp, { force: true });
    throw error;
  }
  for (const { tmp, path } of staged) renameSync(tmp, path);
  for (const { aside } of moved) rmSync(aside, { force: true });
}
