// Pure rules that look at the start of a file the owner said is text: its encoding from a byte-order mark
// (or UTF-16 without one, from where its NUL bytes fall), and whether it is not text at all (a PDF, an
// image, a ZIP archive such as an Excel workbook, or other binary data). Runs anywhere.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Sniffed = { text: true; encoding: TextEncoding; bomBytes: number } | { text: false; looksLike: string };

/** How much of a file's start the rules look at. */
export const SNIFF_BYTES = 64 * 1024;

/** File signatures at offset 0, with what the owner would call the file. */
const MAGIC: readonly { bytes: readonly number[]; looksLike: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], looksLike: 'a PDF' }, // %PDF-
  { bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: 'an Excel workbook or another ZIP archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], looksLike: 'a ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: 'an old Excel or Word file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looksLike: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], looksLike: 'a GIF image' }, // GIF89a
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], looksLike: 'a GIF image' }, // GIF87a
  { bytes: [0x1f, 0x8b], looksLike: 'a compressed (gzip) file' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], looksLike: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], looksLike: 'a RAR archive' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00], looksLike: 'an SQLite database' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], looksLike: 'a program' }, // ELF
];

/** What a file with no known signature but too many control characters looks like, for messages. */
export const BINARY_DATA = 'binary data';

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((byte, i) => head[i] === byte);
}

/** UTF-16 without a byte-order mark: ASCII-heavy text has a NUL in every other byte, on one side only. */
function utf16WithoutBom(head: Uint8Array): TextEncoding | null {
  const pairs = Math.floor(Math.min(head.length, SNIFF_BYTES) / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (head[2 * i] === 0) evenNul += 1;
    if (head[2 * i + 1] === 0) oddNul += 1;
  }
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02) return 'utf-16be';
  return null;
}

/** The encoding of a file from its first bytes (at most SNIFF_BYTES), or what it looks like when it is not text. */
export function sniffBytes(head: Uint8Array): Sniffed {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { text: true, encoding: 'utf-8', bomBytes: 3 };
  if (startsWith(head, [0xff, 0xfe])) return { text: true, encoding: 'utf-16le', bomBytes: 2 };
  if (startsWith(head, [0xfe, 0xff])) return { text: true, encoding: 'utf-16be', bomBytes: 2 };
  const magic = MAGIC.find((m) => startsWith(head, m.bytes));
  if (magic) return { text: false, looksLike: magic.looksLike };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { text: true, encoding: utf16, bomBytes: 0 };
  return { text: true, encoding: 'utf-8', bomBytes: 0 };
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return, plus DEL and C1 controls. */
function isControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code <= 0x9f);
}

/**
 * True when decoded text is not text: more than 1% control characters (NUL included) and at least eight of
 * them in `head` (the decoded start of the file). A stray NUL in a cell stays text; random bytes, which
 * decode to about one control character in nine, do not.
 */
export function looksBinary(head: string): boolean {
  let controls = 0;
  for (let i = 0; i < head.length; i += 1) if (isControl(head.charCodeAt(i))) controls += 1;
  return controls >= 8 && controls > head.length * 0.01;
}
