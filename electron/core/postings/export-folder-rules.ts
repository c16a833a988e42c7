// The rules of a marker-owned export folder that need no disk: which paths a marker may name (its content
// is untrusted: anyone can edit the file) and the free name for a file whose name is taken. Pure.

/** More entries than any export Hirebook writes: such a list is not one Hirebook wrote, and is ignored. */
export const MAX_MARKER_FILES = 10_000;
/** A larger marker file is not one Hirebook wrote, and is ignored unread. */
export const MAX_MARKER_BYTES = 2 * 1024 * 1024;
const MAX_PATH_CHARS = 1024;
const MAX_SEGMENT_CHARS = 255;

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * A marker entry as a relative path with "/" separators ("roles/head-baker.html"), or null when it could
 * point anywhere but a plain file below the folder: absolute, a drive or stream (":"), "..", ".", an empty
 * segment, a backslash, NUL or another control character, or too long.
 */
export function markerPath(entry: unknown): string | null {
  if (typeof entry !== 'string' || entry === '' || entry.length > MAX_PATH_CHARS) return null;
  if (entry.includes('\\') || entry.includes(':') || hasControl(entry)) return null;
  const segments = entry.split('/');
  const bad = segments.some((s) => s === '' || s === '.' || s === '..' || s.length > MAX_SEGMENT_CHARS);
  return bad ? null : entry;
}

/**
 * The files a parsed marker lists, keeping only entries markerPath accepts; null when it is not a marker
 * Hirebook wrote: not an object with a `files` array, or a list longer than any export.
 */
export function markerFiles(marker: unknown): string[] | null {
  const files = typeof marker === 'object' && marker !== null ? (marker as { files?: unknown }).files : undefined;
  if (!Array.isArray(files) || files.length > MAX_MARKER_FILES) return null;
  const valid = files.map(markerPath).filter((f): f is string => f !== null);
  return [...new Set(valid)];
}

/** The marker's content for `files`, as Hirebook writes it. */
export function markerText(files: readonly string[]): string {
  return `${JSON.stringify({ generator: 'Hirebook', files }, null, 2)}\n`;
}

/**
 * "barista.pdf" → the first of "barista-2.pdf", "barista-3.pdf", … that `usable` accepts; null when none of
 * the first thousand is (a folder that full is not worth guessing in).
 */
export function freeName(name: string, usable: (candidate: string) => boolean): string | null {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 2; n <= 1000; n += 1) {
    const candidate = `${stem}-${n}${ext}`;
    if (usable(candidate)) return candidate;
  }
  return null;
}
