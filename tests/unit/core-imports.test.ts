// The shape of electron/core's imports, read from the source text: no runtime import cycle (type-only
// imports are erased, so they may go both ways), and `-rules` files stay pure (no SQL, no database, no I/O).
// The suffix meanings are written down in electron/core/index.ts. Runs in Vitest (Node).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = resolve(__dirname, '../../electron/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// `import x from`, `import { a, type B } from`, `import * as x from`, `export { a } from`, `export * from`,
// with an optional leading `type`; and bare `import './x'`.
const FROM = /^\s*(import|export)\s+(type\s+)?(\*(?:\s+as\s+\w+)?|\{[^}]*\}|\w+(?:\s*,\s*(?:\{[^}]*\}|\*\s+as\s+\w+))?)\s+from\s+['"]([^'"]+)['"]/gm;
const BARE = /^\s*import\s+['"]([^'"]+)['"]/gm;

/** The specifiers a file imports at run time (type-only imports left out). */
function runtimeImports(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(FROM)) {
    const [, , typeOnly, names = '', from = ''] = match;
    if (typeOnly) continue;
    if (names.startsWith('{')) {
      const specifiers = names.slice(1, -1).split(',').map((s) => s.trim()).filter((s) => s !== '');
      if (specifiers.length > 0 && specifiers.every((s) => s.startsWith('type '))) continue;
    }
    found.push(from);
  }
  for (const match of text.matchAll(BARE)) found.push(match[1] ?? '');
  return found;
}

function resolveLocal(fromFile: string, specifier: string, files: ReadonlySet<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) if (files.has(candidate)) return candidate;
  return null;
}

/** Every cycle found by a depth-first walk, each as the files around it. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const seen = state.get(next);
      if (seen === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (seen === undefined) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

const files = sourceFiles(CORE);
const fileSet = new Set(files);
const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
const name = (file: string): string => relative(CORE, file).split('\\').join('/');

describe('electron/core imports', () => {
  it('the parser skips type-only imports and finds a cycle', () => {
    const text = "import type { A } from './a';\nimport { type B, type C } from './b';\nimport { d, type E } from './d';\nexport * from './e';\nimport './f';";
    expect(runtimeImports(text)).toEqual(['./d', './e', './f']);
    expect(findCycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
    expect(findCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('has no runtime import cycle', () => {
    const graph = new Map(
      files.map((file) => [
        file,
        runtimeImports(texts.get(file) ?? '')
          .map((specifier) => resolveLocal(file, specifier, fileSet))
          .filter((target): target is string => target !== null),
      ]),
    );
    expect(findCycles(graph).map((cycle) => cycle.map(name).join(' -> '))).toEqual([]);
  });

  it('writes SQL only in -repo files and db/', () => {
    const withSql = files
      .filter((file) => /\bstatement\(|\.prepare\(|\bdb\.exec\(|\.pragma\(/.test(texts.get(file) ?? ''))
      .map(name)
      .filter((file) => !file.endsWith('-repo.ts') && !file.startsWith('db/'));
    expect(withSql).toEqual([]);
  });

  it('keeps -rules files pure: no SQL, database, file system or process imports', () => {
    const impure = files
      .filter((file) => file.endsWith('-rules.ts'))
      .flatMap((file) => {
        const text = texts.get(file) ?? '';
        const bad = runtimeImports(text).filter((s) => /-repo$|\/db\/|^better-sqlite3$|^(node:)?(fs|child_process|worker_threads|net|http)(\/|$)/.test(s));
        if (/\bstatement\(|\.prepare\(/.test(text)) bad.push('SQL');
        return bad.map((what) => `${name(file)}: ${what}`);
      });
    expect(impure).toEqual([]);
  });
});
