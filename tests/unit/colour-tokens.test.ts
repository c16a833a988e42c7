// Unit: the renderer's colours live in one file (renderer/src/styles/tokens.css, light and dark); every other
// stylesheet names tokens only, and every token a stylesheet names is defined.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve(__dirname, '../../renderer/src');
const TOKENS = path.join(RENDERER, 'styles', 'tokens.css');

function cssFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

/** The stylesheet without its comments. */
function css(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
}

const LITERAL_COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|\b(?:white|black)\b(?![-\w])/gi;

describe('colour tokens', () => {
  const files = cssFiles(RENDERER);

  it('finds the stylesheets', () => {
    expect(files).toContain(TOKENS);
    expect(files.length).toBeGreaterThan(20);
  });

  it('keeps literal colours in tokens.css only', () => {
    const found = files
      .filter((file) => file !== TOKENS)
      .flatMap((file) =>
        // white-space: nowrap and the like are not colours.
        [...css(file).replace(/white-space\s*:[^;]+;/g, '').matchAll(LITERAL_COLOUR)].map((m) => `${path.relative(RENDERER, file)}: ${m[0]}`),
      );
    expect(found).toEqual([]);
  });

  it('gives every colour token a light and a dark value', () => {
    const declarations = [...css(TOKENS).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)];
    const colour = new RegExp(LITERAL_COLOUR.source, 'i');
    const plain = declarations.filter(([, , value = '']) => colour.test(value) && !value.includes('light-dark(')).map(([, name]) => name);
    // The paper's shadow is the same on both: it falls on white paper.
    expect(plain).toEqual(['--shadow-paper']);
  });

  it('defines every custom property a stylesheet uses', () => {
    const all = files.map(css).join('\n');
    const defined = new Set([...all.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    const used = new Set([...all.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]));
    // Radix sets its own on the elements it places.
    const undefinedNames = [...used].filter((name = '') => !defined.has(name) && !name.startsWith('--radix-'));
    expect(undefinedNames).toEqual([]);
  });
});
