import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import HeavyFirstSequencer from './tests/heavy-first-sequencer.ts';

export default defineConfig({
  test: {
    include: [
      'engine/**/*.test.ts',
      'api/**/*.test.ts',
      'workflows/**/*.test.ts',
      'seeds/**/*.test.ts',
      'tests/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    // One throwaway PostgreSQL cluster for the whole run; see tests/global-setup.ts.
    globalSetup: ['tests/global-setup.ts'],
    // Before every test file: password hashes at a lower scrypt cost (production's is checked in tests/api/password-cost.test.ts).
    setupFiles: ['tests/setup/scrypt-cost.ts'],
    // Forks: PGlite (WASM) and Chromium hold native resources that worker threads share badly.
    pool: 'forks',
    // Files run in parallel, each making its own databases; two workers keep a 2-core machine busy
    // without starving the PostgreSQL server and Chromium that the tests also drive.
    fileParallelism: true,
    // The slowest files start first, cache or no cache, so none of them is left to run alone at the end.
    sequence: { sequencer: HeavyFirstSequencer },
    maxWorkers: Math.min(4, Math.max(2, availableParallelism())),
    // Generous: browser and server tests share two cores with PostgreSQL and Chromium.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The server's request log stays out of test output unless asked for (tests that read it pass a logger).
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
    // expect.poll waits for a condition, not for time: give it room on a loaded machine (default 1 s).
    expect: { poll: { timeout: 15_000 } },
  },
});
