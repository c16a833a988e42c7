// Vitest global setup: builds the `hirebook` CLI bundle once per run, into .tmp/cli-<id>/, and hands its
// path to the test files (useCliTestbed reads it with inject). Rebuilt when watch mode reruns tests, so a
// rerun tests the current sources; removed when the run ends. Runs in Vitest's main process.
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildCliBundleAsync } from './cli-build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the CLI bundle built for this run (hirebook.cjs). */
    hirebookCliBundle: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  const cli = await buildCliBundleAsync();
  const outDir = dirname(cli.bundle);
  console.log(`CLI bundle for this run: ${cli.bundle} (built in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  project.provide('hirebookCliBundle', cli.bundle);
  project.onTestsRerun(async () => {
    await buildCliBundleAsync(outDir);
  });
  return () => cli.cleanup();
}
