// Bundles the `hirebook` CLI (electron/cli) into CommonJS for Node 20: out/cli/hirebook.cjs, plus the worker
// threads' entries next to it (csv-import-worker.cjs, untrusted-file-worker.cjs, backup-worker.cjs) and shared chunks.
// Every npm dependency and Node builtin stays external, so better-sqlite3 loads its Node-ABI build.
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

function isExternal(id: string): boolean {
  if (id.startsWith('node:') || builtins.has(id)) return true;
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
      input: {
        hirebook: resolve(root, 'electron/cli/index.ts'),
        'csv-import-worker': resolve(root, 'electron/core/csv/csv-import-worker.ts'),
        'untrusted-file-worker': resolve(root, 'electron/core/untrusted-files/untrusted-file-worker.ts'),
        'data-check-worker': resolve(root, 'electron/core/data-health/data-check-worker.ts'),
        'backup-worker': resolve(root, 'electron/core/backup/backup-worker.ts'),
      },
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
    },
  },
  ssr: { target: 'node', noExternal: [] },
});
