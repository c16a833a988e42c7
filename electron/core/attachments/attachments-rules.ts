// Pure rules for candidate files: what a file really is (from its first bytes, never its name), the
// size limit's message, and the contact details a resume's text offers. Runs anywhere (no I/O).
import type { AttachmentMimeType, AttachmentSuggestions } from '../../contract';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/** True when the bytes are UTF-8 text: decodes strictly and has no NUL or other binary control bytes. */
export function isUtf8Text(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
    return !/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text);
  } catch {
    return false;
  }
}

/** A zip is a Word document when it has entries under word/ (their names are stored in plain text). */
function isDocx(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

/** The file's real type from its content, or null for anything Hirebook does not keep. */
export function sniffMimeType(bytes: Uint8Array): AttachmentMimeType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, PDF)) return 'application/pdf';
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, ZIP)) return isDocx(bytes) ? DOCX_MIME : null;
  return isUtf8Text(bytes) ? 'text/plain' : null;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeMessage(sizeBytes: number, limitBytes: number): string {
  const limit = `${Math.round(limitBytes / (1024 * 1024))} MB`;
  const size = formatMegabytes(sizeBytes);
  const shown = size === formatMegabytes(limitBytes) ? `just over ${limit}` : size;
  return `This file is ${shown}; files can be at most ${limit}. Save a smaller copy (for example a PDF without photos) and add that.`;
}

export const UNKNOWN_TYPE_MESSAGE =
  'Hirebook keeps PDF, Word (.docx), plain text (.txt), PNG and JPEG files, and this file is none of those. ' +
  'Save it as a PDF and add it again.';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// A phone number: optional +, then 7–15 digits with spaces, dots, dashes or brackets between them.
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s().-]{5,20}\d(?![\p{L}\p{N}])/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b(?:[a-z]{2,3}\.)?linkedin\.com\/[^\s<>"')\]]+/giu;
const NAME_LINE = /^[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+){1,3}$/u;
const NOT_A_NAME = /\b(resume|résumé|curriculum|vitae|cv|profile|summary|experience|education|contact|page)\b/iu;

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function phonesIn(text: string): string[] {
  const found = (text.match(PHONE) ?? []).map((p) => p.trim().replace(/\s+/g, ' '));
  return unique(found.filter((p) => {
    const digits = p.replace(/\D/g, '');
    // Dates and years (2019-2023) are digit runs too; a phone has 7 to 15 digits.
    return digits.length >= 7 && digits.length <= 15 && !/^\d{4}\s*[-–]\s*\d{4}$/.test(p);
  }));
}

function linksIn(text: string): string[] {
  const found = (text.match(URL) ?? []).map((raw) => {
    const clean = raw.replace(/[.,;:]+$/, '');
    return /^https?:\/\//i.test(clean) ? clean : `https://${clean}`;
  });
  return unique(found);
}

/** A name is usually the first short line of a resume: 2–4 words, starting with a capital, no digits. */
function nameIn(text: string): string | undefined {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '').slice(0, 5);
  return lines.find((line) => line.length <= 60 && NAME_LINE.test(line) && !NOT_A_NAME.test(line));
}

/** Contact details found in a file's text, for the owner to confirm; nothing here is saved. */
export function suggestionsFromText(text: string): AttachmentSuggestions {
  const sample = text.slice(0, 200_000);
  const emails = unique((sample.match(EMAIL) ?? []).map((e) => e.replace(/\.+$/, '')));
  const fullName = nameIn(sample);
  return { ...(fullName ? { fullName } : {}), emails, phones: phonesIn(sample), links: linksIn(sample) };
}
