// The rules main uses to judge URLs and paths (no Electron needed): app:// path traversal, which
// links may open in the OS browser, which requests count as network, and the CSP. Runs in Playwright's runner (Node).
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  CONTENT_SECURITY_POLICY,
  isRemoteRequest,
  isSafeExternalUrl,
  mimeTypeFor,
  resolveInside,
} from '../../electron/main/url-rules';

const root = resolve('/srv/hirebook/out/renderer');

test('maps app:// paths to files inside the renderer folder', () => {
  expect(resolveInside(root, '/')).toBe(join(root, 'index.html'));
  expect(resolveInside(root, '/index.html')).toBe(join(root, 'index.html'));
  expect(resolveInside(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
  expect(resolveInside(root, '/assets/my%20font.woff2')).toBe(join(root, 'assets', 'my font.woff2'));
});

test('refuses paths that leave the renderer folder', () => {
  for (const attempt of [
    '/../main/index.js',
    '/assets/../../main/index.js',
    '/%2e%2e/main/index.js',
    '/%2E%2E%2Fmain%2Findex.js',
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e%5c..%5cwindows',
    '/index.html%00.png',
    '/%E0%A4%A', // a malformed escape
    '/..',
  ]) {
    const file = resolveInside(root, attempt);
    if (file !== null) expect(file.startsWith(`${root}/`), attempt).toBe(true);
  }
  expect(resolveInside(root, '/../main/index.js')).toBeNull();
  expect(resolveInside(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
  expect(resolveInside(root, '/index.html%00.png')).toBeNull();
  expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
});

test('serves only known file types', () => {
  expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
  expect(mimeTypeFor('/x/a.WOFF2')).toBe('font/woff2');
  expect(mimeTypeFor('/x/hirebook.db')).toBeUndefined();
  expect(mimeTypeFor('/x/noextension')).toBeUndefined();
});

test('opens only plain http(s) links in the OS browser (and mailto drafts, below)', () => {
  expect(isSafeExternalUrl('https://example.com/jobs?id=1')).toBe(true);
  expect(isSafeExternalUrl('http://example.com')).toBe(true);
  for (const bad of [
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id',
    'https://user:secret@example.com/',
    'app://hirebook/index.html',
    'not a url',
    `https://example.com/${'a'.repeat(3000)}`,
  ]) {
    expect(isSafeExternalUrl(bad), bad).toBe(false);
  }
});

test('hands a mailto: draft to one valid address to the mail program, and nothing wider', () => {
  expect(isSafeExternalUrl('mailto:maria.lopez@example.com')).toBe(true);
  expect(isSafeExternalUrl('mailto:maria.lopez@example.com?subject=Your%20interview&body=Hello%20Maria%2C%0D%0A%0D%0AThank%20you')).toBe(true);
  for (const bad of [
    // Several people in one draft: their addresses would show to each other.
    'mailto:a@example.com,b@example.com',
    'mailto:a@example.com;b@example.com',
    'mailto:a@example.com?cc=b@example.com',
    'mailto:a@example.com?bcc=b@example.com',
    'mailto:a@example.com?to=b@example.com',
    'mailto:a@example.com?subject=one&subject=two',
    // Headers smuggled in: a line break in the subject, or another header by name.
    'mailto:a@example.com?subject=Hi%0D%0ABcc:%20b@example.com',
    'mailto:a@example.com?in-reply-to=%3Cx@example.com%3E',
    'mailto:a@example.com?body=bell%07',
    // Not one valid address.
    'mailto:',
    'mailto:not-an-address',
    'mailto:a%0D%0Abcc:b@example.com@example.com',
    `mailto:a@example.com?body=${'a'.repeat(3000)}`,
  ]) {
    expect(isSafeExternalUrl(bad), bad).toBe(false);
  }
});

test('treats every http, https and websocket request as remote, except the dev server', () => {
  expect(isRemoteRequest('https://fonts.googleapis.com/css')).toBe(true);
  expect(isRemoteRequest('http://127.0.0.1:5173/')).toBe(true);
  expect(isRemoteRequest('wss://example.com/socket')).toBe(true);
  expect(isRemoteRequest('app://hirebook/index.html')).toBe(false);
  expect(isRemoteRequest('data:image/png;base64,AAAA')).toBe(false);
  const dev = 'http://localhost:5173';
  expect(isRemoteRequest('http://localhost:5173/src/main.tsx', dev)).toBe(false);
  expect(isRemoteRequest('ws://localhost:5173/', dev)).toBe(false);
  expect(isRemoteRequest('http://localhost:8080/', dev)).toBe(true);
  expect(isRemoteRequest('https://example.com/', dev)).toBe(true);
});

test('the Content-Security-Policy allows nothing remote and no inline code', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
  expect(directives.get('default-src')).toBe("'none'");
  expect(directives.get('script-src')).toBe("'self'");
  // The PDF preview's pdf.js worker: a file of the app, never a blob: or data: URL.
  expect(directives.get('worker-src')).toBe("'self'");
  expect(directives.get('connect-src')).toBe("'none'");
  expect(directives.get('frame-ancestors')).toBe("'none'");
  // The one relaxation: the posting preview's embedded @font-face fonts are data: URLs.
  expect(directives.get('font-src')).toBe("'self' data:");
  expect(directives.get('style-src')).toBe("'self'");
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
});
