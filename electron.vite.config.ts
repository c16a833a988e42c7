// Builds the three Electron bundles into out/: main (Node), preload (sandboxed, CommonJS) and the renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contractSideEffects } from './vite.cli.config.mjs';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // zod is bundled, as in the CLI (vite.cli.config.mts): only what the contract uses, one file instead of ~100.
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        // The core's handler groups and contract domains load on first use, each its own chunk (docs/architecture.md).
        treeshake: { moduleSideEffects: contractSideEffects },
        checks: { ineffectiveDynamicImport: false },
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The core host, started by index.js as a utility process (open-core.ts): the database lives there.
          'core-host': resolve(__dirname, 'electron/core-host/core-host.ts'),
          // Worker threads' entries (out/main/csv-import-worker.js, ...), found next to index.js at run time.
          'csv-import-worker': resolve(__dirname, 'electron/core/csv/csv-import-worker.ts'),
          'csv-import-planner-worker': resolve(__dirname, 'electron/core/csv/csv-import-planner-worker.ts'),
          'csv-import-writer': resolve(__dirname, 'electron/core/csv/csv-import-writer.ts'),
          'untrusted-file-worker': resolve(__dirname, 'electron/core/untrusted-files/untrusted-file-worker.ts'),
          'data-check-worker': resolve(__dirname, 'electron/core/data-health/data-check-worker.ts'),
          'backup-worker': resolve(__dirname, 'electron/core/backup/backup-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can only require('electron'): bundle everything else into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), strictCspCompat(), devCsp()],
    resolve: {
      alias: {
        // react-remove-scroll (inside Radix Dialog) injects a <style> tag, which our CSP forbids.
        // The shim does nothing; renderer/src/styles/base.css carries the scroll-lock rule instead.
        'react-style-singleton': resolve(__dirname, 'renderer/src/lib/style-singleton-shim.ts'),
      },
    },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves bundles unminified by default; the renderer ships ~60% smaller minified.
      minify: true,
      // Never inline the app's own fonts or images as data: URLs: they ship as files ('self'). font-src allows
      // data: only for the posting preview's embedded fonts.
      assetsInlineLimit: 0,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});

/**
 * sonner injects its stylesheet as a <style> tag when the module loads; under our CSP
 * (style-src 'self') that is refused. Drop the call; the renderer imports sonner/dist/styles.css.
 */
function strictCspCompat(): Plugin {
  return {
    name: 'hirebook-strict-csp-compat',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]sonner[\\/]dist[\\/]index\.m?js$/.test(id)) return null;
      const patched = code.replace(/^__insertCSS\((?:"(?:[^"\\]|\\.)*")\);?$/m, '');
      if (patched === code) throw new Error('hirebook: sonner no longer matches the CSP patch; check its CSS injection');
      return { code: patched, map: null };
    },
  };
}

/**
 * The dev server injects styles and an inline React Refresh preamble and talks over a websocket,
 * which the strict production policy forbids; relax the meta tag in `electron-vite dev` only.
 */
function devCsp(): Plugin {
  return {
    name: 'hirebook-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(
        /(<meta http-equiv="Content-Security-Policy" content=")[^"]*/,
        "$1default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws:",
      );
    },
  };
}
