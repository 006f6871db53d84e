import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .ts and .astro file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|astro|mjs)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

describe('layers', () => {
  // Reading code must not depend on ingest, which only writes: entries are parsed in src/lib/entries alone.
  const readers = [
    ...sourceFiles('src').filter((f) => !f.startsWith('src/lib/ingest/') && !f.startsWith('src/lib/bench/') && !f.startsWith('src/lib/propose/')),
    'scripts/validate.ts',
    'scripts/paragraphs.ts',
    'scripts/review.ts',
    'scripts/place.ts',
  ];

  it('reading code never imports ingest', () => {
    const offenders = readers.flatMap((file) => importsOf(file).filter((spec) => /\/ingest\//.test(spec)).map((spec) => `${file} → ${spec}`));
    expect(offenders).toEqual([]);
  });

  // One place parses entries and taxonomy: src/lib/entries. Ingest may read YAML it owns (its boilerplate rules).
  it('nothing outside src/lib/entries parses YAML (js-yaml load) but ingest’s own rules', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('scripts').filter((f) => !f.includes('starlight-bench/')), ...sourceFiles('tests')];
    const parsesYaml = (file: string) => /import\s*\{[^}]*\bload\b[^}]*\}\s*from\s*['"]js-yaml['"]|import\s+\w+\s+from\s*['"]js-yaml['"]|import\s*\*\s*as\s+\w+\s+from\s*['"]js-yaml['"]/.test(readFileSync(file, 'utf8'));
    const offenders = files.filter(parsesYaml).filter((f) => !f.startsWith('src/lib/entries/') && !f.startsWith('src/lib/ingest/'));
    expect(offenders).toEqual([]);
    expect(files.filter(parsesYaml)).toContain('src/lib/entries/entry-text.ts');
  });

  it('one YAML library: js-yaml, nowhere `yaml`', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('scripts').filter((f) => !f.includes('starlight-bench/')), ...sourceFiles('tests')];
    const offenders = files.filter((file) => importsOf(file).some((spec) => spec === 'yaml' || spec.startsWith('yaml/')));
    expect(offenders).toEqual([]);
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
    expect(Object.keys(manifest.devDependencies)).not.toContain('yaml');
  });

  // Search code by where it runs: build (Node, at build time), browser (the search page), shared (both). Code
  // that runs in the browser cannot reach build code, which reads content, OpenCC tables and pinyin.
  it('search code in src/lib/search/{build,shared,browser}: shared imports neither, the browser never imports build', () => {
    const root = 'src/lib/search';
    expect(readdirSync(root).sort()).toEqual(['browser', 'build', 'shared']);
    const reaches = (file: string, folder: string) => importsOf(file).some((spec) => spec.startsWith('.') && join(file, '..', spec).startsWith(`${root}/${folder}/`));
    const offenders = [
      ...sourceFiles(`${root}/shared`).filter((f) => reaches(f, 'build') || reaches(f, 'browser')),
      ...sourceFiles(`${root}/browser`).filter((f) => reaches(f, 'build')),
      ...[...sourceFiles(`${root}/shared`), ...sourceFiles(`${root}/browser`)].filter((f) => importsOf(f).some((spec) => spec.startsWith('node:') || spec.startsWith('astro:') || /content\.ts$/.test(spec))),
    ];
    expect(offenders).toEqual([]);
  });
});
