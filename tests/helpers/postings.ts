// Test helpers for postings: seed a role with a description, read PDFs back with poppler (pdftotext,
// pdfinfo, pdffonts), and parse HTML with htmlparser2. Runs in Vitest (Node).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { Role } from '../../electron/contract';
import type { Core } from '../../electron/core';
import type { FixtureSection } from './posting-fixtures';
import { value } from './temp-core';

export async function seedRole(core: Core, fields: object, sections: FixtureSection[]): Promise<Role> {
  const role = value<Role>(await core.dispatch('roles:create', fields));
  value(await core.dispatch('descriptions:save', { roleId: role.id, sections }));
  return role;
}

function withPdfFile<T>(pdf: Uint8Array, read: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-pdf-'));
  const file = path.join(dir, 'posting.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return read(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Why poppler-backed tests cannot run here, or null when pdfinfo and pdftotext are installed. */
export function popplerMissing(): string | null {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'poppler-utils (pdfinfo, pdftotext) is not installed';
  }
}

/** The text of one page (1-based). */
export function pdfPageText(pdf: Uint8Array, page: number): string {
  return withPdfFile(pdf, (file) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }));
}

/** pdfinfo's fields as written ("Tagged", "Title", "Pages", …). */
export function pdfInfoFields(pdf: Uint8Array): Record<string, string> {
  const out = withPdfFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Object.fromEntries([...out.matchAll(/^([^:\n]+):\s*(.*)$/gm)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

/** The document language from the catalog (/Lang), which pdfinfo does not show; Skia writes it uncompressed. */
export function pdfLang(pdf: Uint8Array): string | null {
  return /\/Lang\s*\(([^)]*)\)/.exec(Buffer.from(pdf).toString('latin1'))?.[1] ?? null;
}

export function pdfText(pdf: Uint8Array, layout = true): string {
  return withPdfFile(pdf, (file) => execFileSync('pdftotext', [...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' }));
}

export function pdfInfo(pdf: Uint8Array): { pages: number; pageSize: string } {
  const out = withPdfFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]), pageSize: /^Page size:\s+(.+)$/m.exec(out)?.[1] ?? '' };
}

/** Every page's size, from pdfinfo -f 1 -l N. */
export function pdfPageSizes(pdf: Uint8Array): string[] {
  const out = withPdfFile(pdf, (file) => execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' }));
  return [...out.matchAll(/^Page\s+\d+ size:\s+(.+)$/gm)].map((m) => m[1] ?? '');
}

/** pdffonts rows: name, type and whether the font is embedded. */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean; line: string }[] {
  const out = withPdfFile(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // Columns from the right: object ID (2), uni, sub, emb.
      return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes', line };
    });
}

/** Link targets of the PDF's link annotations (/URI (...)). */
export function pdfUris(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  return [...text.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1'));
}

export interface ParsedHtml {
  tags: string[];
  attributes: { tag: string; name: string; value: string }[];
  scripts: { type: string; text: string }[];
  text: string;
}

/** Every element, attribute and script of an HTML document, as a browser-grade parser sees them. */
export function parseHtml(html: string): ParsedHtml {
  const doc = parseDocument(html);
  const out: ParsedHtml = { tags: [], attributes: [], scripts: [], text: '' };
  const texts: string[] = [];
  const walk = (node: { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: unknown[] }): void => {
    if (node.type === 'text') texts.push(node.data ?? '');
    if (node.name) {
      out.tags.push(node.name);
      for (const [name, val] of Object.entries(node.attribs ?? {})) out.attributes.push({ tag: node.name, name, value: val });
      if (node.name === 'script') {
        const inner = (node.children ?? []).map((c) => (c as { data?: string }).data ?? '').join('');
        out.scripts.push({ type: node.attribs?.type ?? '', text: inner });
      }
    }
    for (const child of node.children ?? []) walk(child as Parameters<typeof walk>[0]);
  };
  walk(doc as unknown as Parameters<typeof walk>[0]);
  out.text = texts.join('');
  return out;
}
