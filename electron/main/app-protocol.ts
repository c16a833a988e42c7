// Serves the built renderer (out/renderer) over app://hirebook with a strict Content-Security-Policy.
// Runs in the Electron main process.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY, mimeTypeFor, resolveInside } from './url-rules';

/**
 * Must run before `app.ready`. `standard` gives the scheme a real origin (relative URLs, 'self' in
 * the CSP); `secure` makes it a secure context. No CSP bypass, no CORS.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function respond(status: number, body: Uint8Array | string, contentType: string): Response {
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    },
  });
}

const TEXT = 'text/plain; charset=utf-8';

async function serve(root: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return respond(404, 'Not found', TEXT);
  if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed', TEXT);
  const file = resolveInside(root, url.pathname);
  if (file === null) return respond(403, 'Forbidden', TEXT);
  const type = mimeTypeFor(file);
  if (type === undefined) return respond(404, 'Not found', TEXT);
  try {
    return respond(200, await readFile(file), type);
  } catch {
    return respond(404, 'Not found', TEXT);
  }
}

/** Serves files under `rendererRoot` at app://hirebook/. Call once, after `app.ready`. */
export function handleAppProtocol(rendererRoot: string): void {
  const root = resolve(rendererRoot);
  protocol.handle(APP_SCHEME, (request) => serve(root, request));
}
