// Pure rules for URLs and paths main must judge: the CSP, which file an app:// path maps to, and
// which links may open in the OS browser. Runs in the Electron main process (no electron import, so
// tests can load it in plain Node).
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTROL_CHAR, singleAddress } from '../contract/mail-address';

/** Sent with every app:// response; index.html repeats it in a meta tag. The app makes no network calls. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // The PDF preview's pdf.js worker, a file of the app itself.
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // data: for the posting preview: its embedded @font-face fonts (the very fonts that print).
  "font-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The Content-Type for a file we serve, or undefined for a kind we never serve. */
export function mimeTypeFor(file: string): string | undefined {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? undefined : MIME_TYPES[file.slice(dot).toLowerCase()];
}

/**
 * Maps an app:// URL path onto a file inside `root`, or null when it would escape it
 * (`..`, encoded `%2e%2e`, backslashes on Windows, NUL bytes, malformed escapes).
 */
export function resolveInside(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const wanted = decoded === '' || decoded === '/' ? '/index.html' : decoded;
  const base = resolve(root);
  const file = resolve(base, `.${wanted.startsWith('/') ? '' : '/'}${wanted}`);
  const rel = relative(base, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || rel.startsWith('../') || isAbsolute(rel)) {
    return null;
  }
  return file;
}

/**
 * True for a link we may hand to the OS: http(s) with a host, no embedded credentials, and of a sane length
 * (the browser); or a mailto: draft to one person (the mail program, see isSafeMailto). Everything else
 * (file:, javascript:, custom schemes) is refused.
 */
export function isSafeExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return isSafeMailto(url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return false;
  return true;
}

const MAILTO_FIELDS = new Set(['subject', 'body']);
// The body may break lines (RFC 6068 writes them %0D%0A); no other control character, anywhere.
const BODY_CONTROL = /[^\P{Cc}\r\n]/u;

/**
 * A mailto: draft the mail program may open: exactly one valid address (one draft per person: never a message
 * that shows several people's addresses), and at most a subject and a body — no cc, bcc, extra "to" or other
 * headers; no control characters (a line break only inside the body).
 */
function isSafeMailto(url: URL): boolean {
  let address: string;
  try {
    address = decodeURIComponent(url.pathname);
  } catch {
    return false;
  }
  if (singleAddress(address) !== address) return false;
  const keys = [...url.searchParams.keys()].map((key) => key.toLowerCase());
  if (keys.some((key) => !MAILTO_FIELDS.has(key)) || new Set(keys).size !== keys.length) return false;
  const subject = url.searchParams.get('subject') ?? '';
  const body = url.searchParams.get('body') ?? '';
  return !CONTROL_CHAR.test(subject) && !BODY_CONTROL.test(body);
}

/** True for a request main must block: the app makes no network calls (dev server excepted). */
export function isRemoteRequest(raw: string, allowedOrigin?: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return true;
  }
  const remote = ['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(url.protocol);
  if (!remote) return false;
  if (allowedOrigin === undefined) return true;
  // The dev server's HMR websocket shares its host and port but uses ws:.
  const sameHost = url.host === new URL(allowedOrigin).host;
  return !(sameHost && (url.origin === allowedOrigin || url.protocol === 'ws:'));
}
