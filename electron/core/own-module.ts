// Loading one of Hirebook's own modules on first use (an area's handlers, a domain's contract specs), in every
// place the core runs: the bundles (Vite gives each literal import() a chunk of its own, loaded when first
// called), Vitest (import() of TypeScript), and a runner that compiles the TypeScript sources through a
// require hook (Playwright's test runner, tsx), where a .ts file reached by import() is not compiled: there the
// same module is required from the caller's folder instead. Runs in plain Node.
import Module, { createRequire } from 'node:module';

/** True when a require hook compiles .ts files: the core runs from its sources, not from a bundle. */
const tsRequireHook = '.ts' in (Module as unknown as { _extensions: Record<string, unknown> })._extensions;

/**
 * A loader for the modules of the file `filename` (pass __filename): `load(() => import('./x'), './x')` gives
 * the module through import() in bundles and Vitest, through require under a TypeScript require hook.
 */
export function ownModules(filename: string): <T>(viaImport: () => Promise<T>, id: string) => Promise<T> {
  const requireThere = createRequire(filename);
  return <T>(viaImport: () => Promise<T>, id: string): Promise<T> =>
    tsRequireHook ? Promise.resolve().then(() => requireThere(id) as T) : viaImport();
}
