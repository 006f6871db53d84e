import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Several suites spawn the CLIs (ingest, remove, review) as child processes: 3-5 s each alone, and over
          // 30 s when other builds share the 2 cores. A limit, not a timing: speed is measured by the benchmarks.
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser and one preview server at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
