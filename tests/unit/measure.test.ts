import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/lib/measure.ts';

// The benchmark's memory figures: a real process tree, sampled from /proc while it runs.
describe('measure', () => {
  it("gives the tree's peak and, per step, the peak of the processes whose command line matches", async () => {
    // A parent that holds little starts a child, tagged on its command line, that holds 200 MB for a while (the
    // tag is put together at run time, so the parent's own command line does not hold it).
    const child = `const b = Buffer.alloc(200 * 2 ** 20, 1); setTimeout(() => console.log(b[0]), 1500);`;
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}, 'step-' + 'two'], { stdio: 'inherit' });`;
    const run = await measure(process.execPath, ['-e', parent], { steps: { two: /step-two/, none: /no-such-step/ } });
    expect(run.status).toBe(0);
    expect(run.output.trim()).toBe('1');
    const mb = (bytes: number) => bytes / 2 ** 20;
    expect(mb(run.peakRssBytesByStep['two']!)).toBeGreaterThan(200);
    expect(run.peakRssBytesByStep['none']).toBe(0);
    // The tree holds the child and its parent at once.
    expect(run.peakRssBytes).toBeGreaterThan(run.peakRssBytesByStep['two']!);
  });
});
