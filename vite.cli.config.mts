// Bundles the `hirebook` CLI (electron/cli) into CommonJS for Node 20: out/cli/hirebook.cjs, plus the worker
// threads' entries next to it (csv-import-worker.cjs with csv-import-writer.cjs and csv-import-planner-worker.cjs,
// untrusted-file-worker.cjs, backup-worker.cjs) and shared chunks.
// Every npm dependency and Node builtin stays external, so better-sqlite3 loads its Node-ABI build, except
// zod: bundled, only the parts the contract uses, it loads in a third of the time its ~100 files take from
// node_modules, and every command validates its input with it (a faster start: scripts/bench-start.ts).
// The core's handler groups are imported on first use (electron/core/handlers.ts): each gets its own chunk.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const packages = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
const builtins = new Set(builtinModules);
const BUNDLED = new Set(['zod']);

/**
 * Which source files a bundle may leave out when nothing it runs uses them: the contract's files only define
 * names and schemas, so dispatch's lazily loaded domain specs (electron/contract/domain-specs.ts) are not
 * pulled into the first chunk by a neighbour's import. Also the core host's rule (electron.vite.config.ts).
 */
export function contractSideEffects(id: string): boolean {
  return !id.replaceAll('\\', '/').includes('/electron/contract/');
}

function isExternal(id: string): boolean {
  if (id.startsWith('node:') || builtins.has(id)) return true;
  if (BUNDLED.has(id)) return false;
  return packages.some((name) => id === name || id.startsWith(`${name}/`));
}

export default defineConfig({
  // No public/ folder, no index.html: this is a Node library build.
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      external: isExternal,
      treeshake: { moduleSideEffects: contractSideEffects },
      // api.ts imports every domain's specs too, but no code the CLI runs uses it, so domain-specs.ts's
      // dynamic imports do get their own chunks (tests/ipc/cli-start.test.ts checks): not worth a warning each.
      checks: { ineffectiveDynamicImport: false },
      input: {
        hirebook: resolve(root, 'electron/cli/index.ts'),
        'csv-import-worker': resolve(root, 'electron/core/csv/csv-import-worker.ts'),
        'csv-import-planner-worker': resolve(root, 'electron/core/csv/csv-import-planner-worker.ts'),
        'csv-import-writer': resolve(root, 'electron/core/csv/csv-import-writer.ts'),
        'untrusted-file-worker': resolve(root, 'electron/core/untrusted-files/untrusted-file-worker.ts'),
        'data-check-worker': resolve(root, 'electron/core/data-health/data-check-worker.ts'),
        'backup-worker': resolve(root, 'electron/core/backup/backup-worker.ts'),
      },
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
    },
  },
  ssr: { target: 'node', noExternal: [...BUNDLED] },
});
