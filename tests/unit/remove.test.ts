import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeSource } from '../../src/lib/ingest/remove.ts';

const INGEST = resolve('scripts/ingest.ts');
const REMOVE = resolve('scripts/remove.ts');
const PAGES = resolve('tests/fixtures/ingest');

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'remove-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [script, ...args, '--root', root], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const files = () =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(root.length + 1))
    .sort();
const manifestIds = () => (JSON.parse(readFileSync(join(root, 'content/sources/manifest.json'), 'utf8')) as Array<{ id: string }>).map((e) => e.id);

describe('npm run remove', () => {
  beforeEach(() => {
    expect(run(INGEST, join(PAGES, 'province-utf8.html'), join(PAGES, 'body-guard.utf8.txt')).code).toBe(0);
    // Two ingests in a child process take 3-5 s alone and over 10 s (the default hook limit) on a busy 2-core machine.
  }, 60_000);

  it('takes out the entry, its raw copy and its manifest record together', () => {
    const { code, stdout } = run(REMOVE, 'province-utf8');
    expect(code).toBe(0);
    expect(stdout).toBe('removed province-utf8: content/models/province-utf8.mdx, content/sources/province-utf8.html, its manifest record\n');
    expect(files()).toEqual(['content/models/body-guard-utf8.mdx', 'content/sources/body-guard-utf8.txt', 'content/sources/manifest.json']);
    expect(manifestIds()).toEqual(['body-guard-utf8']);
  });

  it('lets the same page be ingested again afterwards', () => {
    run(REMOVE, 'province-utf8');
    expect(run(INGEST, join(PAGES, 'province-utf8.html')).code).toBe(0);
  });

  it('refuses a curated entry without --force, and removes it with --force', () => {
    const entry = join(root, 'content/models/body-guard-utf8.mdx');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('draft: true', 'draft: false'));
    const refused = run(REMOVE, 'body-guard-utf8');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('remove: body-guard-utf8: content/models/body-guard-utf8.mdx is a curated entry (draft: false); pass --force to remove it all the same\n');
    expect(existsSync(entry)).toBe(true);
    expect(manifestIds()).toEqual(['body-guard-utf8', 'province-utf8']);
    expect(run(REMOVE, 'body-guard-utf8', '--force').code).toBe(0);
    expect(existsSync(entry)).toBe(false);
  });

  it('refuses an id nothing has, and an id that is not one', () => {
    expect(run(REMOVE, 'no-such-entry')).toMatchObject({ code: 1, stderr: 'remove: no-such-entry: no entry, raw copy or manifest record has this id\n' });
    expect(run(REMOVE, '../content')).toMatchObject({ code: 1, stderr: expect.stringMatching(/not an entry id/) });
    expect(run(REMOVE)).toMatchObject({ code: 2, stderr: 'usage: npm run remove -- <id> [--force]\n' });
  });

  it('removes what is left of a half-removed source, and says what was already gone', () => {
    rmSync(join(root, 'content/sources/province-utf8.html'));
    const { code, stdout } = run(REMOVE, 'province-utf8');
    expect(code).toBe(0);
    expect(stdout).toMatch(/already absent: content\/sources\/province-utf8\.html/);
    expect(manifestIds()).toEqual(['body-guard-utf8']);
  });

  it('changes nothing when it cannot finish (the new manifest cannot be staged)', () => {
    const before = files().map((f) => [f, readFileSync(join(root, f), 'utf8')]);
    // A directory where the staged manifest would be written makes the write fail, whoever runs the test.
    const blocker = join(root, 'content/sources', `manifest.json.tmp-${process.pid}`);
    mkdirSync(blocker);
    expect(() => removeSource(root, 'province-utf8', { force: false })).toThrow(/EISDIR|illegal operation on a directory/);
    rmSync(blocker, { recursive: true });
    expect(files().map((f) => [f, readFileSync(join(root, f), 'utf8')])).toEqual(before);
  });
});
