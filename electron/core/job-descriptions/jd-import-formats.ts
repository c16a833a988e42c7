// Reads a job-description file (.txt, .md, .html, .docx) into the parser's line model and parses it; text is
// decoded by files/text-decode.ts (UTF-8, UTF-16 from Notepad, Windows-1252 from older Word), and a .docx
// passes the zip guard before mammoth unpacks it. Plain Node (core; in the app and the CLI it runs in the
// untrusted-file worker).
import { IMPORT_MAX_FILE_BYTES } from '../../contract';
import type { ParsedJobDescription } from '../../contract/jd-schemas';
import { readFileLimited } from '../files/read-file';
import { decodeText } from '../files/text-decode';
import { checkZip, ZipRefusedError } from '../files/zip-guard';
import { htmlToSourceLines } from './jd-parse-html';
import { JdImportError, MAX_TEXT_BYTES, assertTextSize, textToSourceLines, type SourceLine } from './jd-parse-lines';
import { markdownToSourceLines } from './jd-parse-markdown';
import { parseSourceLines } from './jd-parse-rules';

/** HTML and .docx carry markup, styles and images around the text; the text inside is still held to 5 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const IMPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.docx'] as const;
type Format = 'text' | 'markdown' | 'html' | 'docx';

const FORMATS: Record<(typeof IMPORT_EXTENSIONS)[number], Format> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

function formatOf(fileName: string): Format {
  const dot = fileName.lastIndexOf('.');
  const ext = dot >= 0 ? fileName.slice(dot).toLowerCase() : '';
  const format = (FORMATS as Record<string, Format | undefined>)[ext];
  if (format) return format;
  const shown = ext === '' ? 'a file without an extension' : `${ext} files`;
  throw new JdImportError(
    'unsupported_format',
    `Hirebook cannot import ${shown}. Open a .txt, .md, .html or .docx file, or paste the text instead.`,
  );
}

function tooLarge(limit: number): JdImportError {
  return new JdImportError('too_large', `This file is over ${limit / (1024 * 1024)} MB. Open a shorter document.`);
}

/** The zip guard, with a damaged archive reported the way a file mammoth cannot read is. */
async function guardDocx(bytes: Uint8Array): Promise<void> {
  try {
    await checkZip(bytes);
  } catch (error) {
    if (!(error instanceof ZipRefusedError) || error.reason !== 'unreadable') throw error;
    throw new JdImportError('unreadable', `This .docx file could not be read (${error.detail}). Save it again from Word, or paste the text.`);
  }
}

/** A .docx through mammoth: Word's heading styles and lists come out as <h1>…, <ul>; then the HTML path. */
async function docxToSourceLines(bytes: Uint8Array): Promise<SourceLine[]> {
  await guardDocx(bytes);
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are not part of a job description; skipping them avoids base64-encoding megabytes for nothing.
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new JdImportError('unreadable', `This .docx file could not be read${detail}. Save it again from Word, or paste the text.`);
  }
  return htmlToSourceLines(html);
}

/** The markup limit is looser than the text one; the text a page or document holds must still fit in 5 MB. */
function assertLinesSize(lines: SourceLine[]): SourceLine[] {
  let chars = 0;
  for (const line of lines) chars += line.text.length + 1;
  if (chars > MAX_TEXT_BYTES) throw tooLarge(MAX_TEXT_BYTES);
  return lines;
}

async function toSourceLines(format: Format, bytes: Uint8Array): Promise<SourceLine[]> {
  if (format === 'docx') return assertLinesSize(await docxToSourceLines(bytes));
  const text = decodeText(bytes);
  if (format === 'html') return assertLinesSize(htmlToSourceLines(text));
  assertTextSize(text);
  if (format === 'markdown') return markdownToSourceLines(text);
  return textToSourceLines(text);
}

/** Parses an opened file, choosing the reader by extension. Throws JdImportError (code invalid_input) when refused. */
export async function parseJobDescriptionFile(bytes: Uint8Array, fileName: string): Promise<ParsedJobDescription> {
  const format = formatOf(fileName);
  const limit = format === 'html' || format === 'docx' ? MAX_FILE_BYTES : MAX_TEXT_BYTES;
  if (bytes.byteLength > limit) throw tooLarge(limit);
  return parseSourceLines(await toSourceLines(format, bytes));
}

/**
 * Reads the file at `file` (an absolute path; ordinary files only, at most IMPORT_MAX_FILE_BYTES, checked
 * before reading) and parses it. Throws a DomainError (invalid_input) when the file is refused.
 */
export async function parseJobDescriptionPath(file: string): Promise<ParsedJobDescription> {
  const { bytes, name } = readFileLimited(file, { maxBytes: IMPORT_MAX_FILE_BYTES, what: 'job description file', field: ['path'] });
  return parseJobDescriptionFile(bytes, name);
}
