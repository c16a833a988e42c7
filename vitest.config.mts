// Vitest: the Node layers (unit, db, ipc) against real SQLite files in temp folders.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/ipc/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // The CLI bundle is built once per run here, not once per test file (tests/ipc/cli-harness.ts).
    globalSetup: ['tests/ipc/cli-global-setup.ts'],
    testTimeout: 30_000,
  },
});
