/**
 * npm run bench:compare -- --models N
 *
 * This site with N synthetic models, then Starlight with N plain documents, one right after the other on
 * the same machine, so the two build times are comparable. Prints both JSON lines and their ratio.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { models: { type: 'string' } } });
const n = values.models ?? '';
const run = (script: string, flag: string) => {
  const result = spawnSync(process.execPath, [script, flag, n], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  console.log(line);
  return JSON.parse(line) as { build_s: number };
};
const atlas = run('scripts/bench.ts', '--models');
const starlight = run('scripts/bench-starlight.ts', '--docs');
console.log(JSON.stringify({ models: Number(n), atlas_build_s: atlas.build_s, starlight_build_s: starlight.build_s, ratio: Math.round((atlas.build_s / starlight.build_s) * 100) / 100 }));
