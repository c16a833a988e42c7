// A file name every common file system accepts (Windows, macOS, Linux): the one rule for names Hirebook
// writes, in the core (export everything, a person's export) and the renderer (the archive name it
// proposes). Pure; runs anywhere.

/** Bytes of a file name we write: well under the 255 that every common file system allows. */
const MAX_NAME_BYTES = 180;

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Cuts `text` to at most `bytes` UTF-8 bytes without splitting a character. */
function cutToBytes(text: string, bytes: number): string {
  let out = '';
  for (const ch of text) {
    if (utf8Bytes(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

/**
 * A file name every common file system accepts: composed Unicode (NFC, as macOS shows it), no control
 * characters, none of < > : " / \ | ? * (each becomes _), no trailing dots or spaces, not a Windows device
 * name (CON, NUL, COM1 …), at most 180 bytes keeping the extension; "file" when nothing is left.
 */
export function safeFileName(name: string): string {
  let safe = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (safe === '' || /^[._ ]*$/.test(safe)) safe = 'file';
  const dot = safe.lastIndexOf('.');
  let stem = dot > 0 ? safe.slice(0, dot) : safe;
  let ext = dot > 0 ? safe.slice(dot) : '';
  if (utf8Bytes(ext) > 20) {
    stem = safe;
    ext = '';
  }
  if (RESERVED.test(stem.trim())) stem = `_${stem}`;
  if (utf8Bytes(stem) + utf8Bytes(ext) > MAX_NAME_BYTES) stem = cutToBytes(stem, MAX_NAME_BYTES - utf8Bytes(ext)).replace(/[. ]+$/, '');
  return `${stem}${ext}`;
}
