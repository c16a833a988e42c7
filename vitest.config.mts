// Vitest: the Node layers (unit, db, ipc) against real SQLite files in temp folders.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/ipc/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Many files start processes of their own (the CLI, Chromium, worker threads): one file per core but
    // one, and never more than two, so two `npm test`s on one machine do not thrash. On two cores that is
    // one: with two there, and a second `npm test` alongside, a single CLI run took up to 25 s.
    maxWorkers: Math.max(1, Math.min(2, availableParallelism() - 1)),
    // The CLI bundle is built once per run here, not once per test file (tests/ipc/cli-harness.ts).
    globalSetup: ['tests/ipc/cli-global-setup.ts'],
    // Quick tests keep this default; tests that spawn processes, print or import big files set their own.
    testTimeout: 30_000,
  },
});
