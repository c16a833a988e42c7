// Playwright UI helpers for window sizes and zoom: emulate a window at a zoom level, and list what a screen
// gets wrong at that size (sideways scrolling, controls cut off, text squeezed to nothing).
import fs from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';

export interface WindowSize {
  /** e.g. "1280x800@150%" */
  name: string;
  /** The window in screen pixels. */
  width: number;
  height: number;
  /** The zoom (1 = 100 %). */
  zoom: number;
}

export const WINDOW_SIZES: WindowSize[] = [
  { name: '1024x640', width: 1024, height: 640, zoom: 1 },
  { name: '1280x800', width: 1280, height: 800, zoom: 1 },
  { name: '1920x1080', width: 1920, height: 1080, zoom: 1 },
  { name: '2560x1440', width: 2560, height: 1440, zoom: 1 },
  { name: '1280x800@150', width: 1280, height: 800, zoom: 1.5 },
  { name: '1920x1080@200', width: 1920, height: 1080, zoom: 2 },
];

const sessions = new WeakMap<Page, CDPSession>();

async function sessionOf(page: Page): Promise<CDPSession> {
  // The session stays open: Chromium drops a session's overrides when it detaches.
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

/**
 * Shows the page as a window of `size` at its zoom: zooming divides the CSS pixels a page lays out in by the
 * zoom (1280×800 at 150 % is 853×533 CSS pixels) and draws each at zoom × zoom device pixels, which is what
 * the viewport and device scale factor below do. The same page keeps its state (one CDP override).
 */
export async function emulateWindow(page: Page, size: WindowSize): Promise<{ width: number; height: number }> {
  const css = { width: Math.floor(size.width / size.zoom), height: Math.floor(size.height / size.zoom) };
  const cdp = await sessionOf(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...css, deviceScaleFactor: size.zoom, mobile: false });
  // Two frames: resize observers and container queries have run, and React has drawn what they decided.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))');
  return css;
}

/**
 * Saves what the window shows as a PNG in CSS pixels (a small file at any zoom). Through the same CDP session:
 * Playwright's own screenshot would put its viewport back.
 */
export async function saveWindowShot(page: Page, css: { width: number; height: number }, file: string): Promise<void> {
  const cdp = await sessionOf(page);
  const zoom = Number(await page.evaluate('window.devicePixelRatio'));
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: 0, ...css, scale: 1 / zoom } });
  fs.writeFileSync(file, Buffer.from(data, 'base64'));
}

/**
 * Runs in the page (a string: the specs compile without DOM types). Lists:
 * - the document or the main pane scrolling sideways;
 * - a visible control (button, link, field, tab) cut off by an ancestor that clips without scrolling, or by
 *   the window where nothing scrolls to it;
 * - a visible element whose own text is squeezed to zero width or height.
 */
const LAYOUT_PROBLEMS = `(() => {
  const problems = [];
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const describe = (el) => {
    const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('placeholder') || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    return el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + (text ? ' "' + text + '"' : '');
  };
  const wide = (el) => el.scrollWidth > el.clientWidth + 1;
  const doc = document.scrollingElement || document.documentElement;
  if (wide(doc)) problems.push('the window scrolls sideways: ' + doc.scrollWidth + ' px content in ' + doc.clientWidth + ' px');
  const main = document.getElementById('main');
  if (main && wide(main)) problems.push('the main pane scrolls sideways: ' + main.scrollWidth + ' px content in ' + main.clientWidth + ' px');
  const shown = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const docScrollsDown = doc.scrollHeight > doc.clientHeight + 1;
  const controls = document.querySelectorAll('button, a[href], input:not([type=hidden]), select, textarea, [role=tab], [role=button], [role=link]');
  for (const el of controls) {
    if (!shown(el) || el.closest('.sr-only')) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) {
      problems.push('control with no size: ' + describe(el));
      continue;
    }
    let scrollsX = false;
    let scrollsY = docScrollsDown;
    let clipped = '';
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      const box = a.getBoundingClientRect();
      const left = box.left + a.clientLeft, top = box.top + a.clientTop;
      const right = left + a.clientWidth, bottom = top + a.clientHeight;
      if (s.overflowX === 'auto' || s.overflowX === 'scroll') scrollsX = true;
      else if ((s.overflowX === 'hidden' || s.overflowX === 'clip') && !scrollsX && (r.left < left - 1 || r.right > right + 1)) clipped = 'cut off at the sides by ' + describe(a);
      if (s.overflowY === 'auto' || s.overflowY === 'scroll') scrollsY = true;
      else if ((s.overflowY === 'hidden' || s.overflowY === 'clip') && !scrollsY && (r.top < top - 1 || r.bottom > bottom + 1)) clipped = 'cut off at the top or bottom by ' + describe(a);
      if (clipped) break;
    }
    if (!clipped && !scrollsX && (r.left < -1 || r.right > vw + 1)) clipped = 'outside the window at the side';
    if (!clipped && !scrollsY && (r.top < -1 || r.bottom > vh + 1)) clipped = 'below or above the window, where nothing scrolls';
    if (clipped) problems.push(describe(el) + ' is ' + clipped);
  }
  const skip = new Set(['SCRIPT', 'STYLE', 'TITLE', 'OPTION', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE', 'svg']);
  for (const el of document.body.querySelectorAll('*')) {
    if (skip.has(el.tagName)) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    if (!own || !shown(el) || el.closest('.sr-only')) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) problems.push('text squeezed to nothing: ' + describe(el));
  }
  return problems;
})()`;

export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(LAYOUT_PROBLEMS);
}
