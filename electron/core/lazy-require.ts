// A library loaded on its first use, synchronously (Node's require): for a heavy library that only some
// functions of a module need (sanitize-html, diff, htmlparser2), so a core that never calls them never
// loads it — `hirebook roles list` does not parse HTML. The bundles keep npm packages external, so the
// name resolves from node_modules as an import would. Runs in plain Node.
import { createRequire } from 'node:module';

const requireHere = createRequire(__filename);

/** A function that returns the package `name`, required the first time it is called. */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireHere(name) as T);
}
