// Renderer: splits the printed posting document (postings:html) into what the preview's shadow root needs:
// the @font-face rules (they only work in document scope), the rest of its stylesheet with the document
// selectors (:root, html, body) pointed at the preview's wrappers, and its body, sanitized with DOMPurify.
import DOMPurify from 'dompurify';

export interface PreviewDocument {
  /** @font-face rules, adopted by the document (Chromium ignores @font-face inside shadow roots). */
  fontCss: string;
  /** Everything else, for the shadow root; @page is dropped (the preview is screen-only). */
  sheetCss: string;
  /** The sanitized body; landmark elements become plain divs so the app keeps one main landmark. */
  body: DocumentFragment;
  lang: string;
  /** The paper width from the @page rule, for the zoom that fits the sheet into the pane. */
  paperWidthMm: number;
}

/** The wrappers the preview puts around the body, standing in for <html> and <body>. */
export const CANVAS_CLASS = 'posting-canvas';
export const SHEET_CLASS = 'posting-sheet';

const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const PAGE_RULE = /@page\s*\{[^}]*\}/g;
// A type selector html or body: at the start of a selector (after {, }, a comma, a combinator or start).
const DOCUMENT_SELECTOR = /(^|[{},>+~\s])(html|body)(?=[\s{,:.[>+~])/g;

/** The stylesheet with :root, html and body aimed at :host, the canvas and the sheet. */
export function shadowCss(css: string): string {
  return css
    .replace(PAGE_RULE, '')
    .replace(/:root(?=[\s{,])/g, ':host')
    .replace(DOCUMENT_SELECTOR, (_m, before: string, tag: string) => `${before}.${tag === 'html' ? CANVAS_CLASS : SHEET_CLASS}`);
}

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** A DOMPurify of our own, so hooks other screens add to the shared instance do not apply here. */
function purify(): ReturnType<typeof DOMPurify> {
  purifier ??= DOMPurify(window);
  return purifier;
}

const LANDMARKS = ['main', 'header', 'footer', 'nav', 'aside'];

function flattenLandmarks(fragment: DocumentFragment): void {
  for (const element of fragment.querySelectorAll(LANDMARKS.join(','))) {
    const div = document.createElement('div');
    for (const attribute of element.attributes) div.setAttribute(attribute.name, attribute.value);
    div.replaceChildren(...element.childNodes);
    element.replaceWith(div);
  }
}

/**
 * Parses the posting document without running or loading anything (DOMParser documents are inert). The
 * <style> text is taken out first: Chromium checks a parsed <style> against the app's CSP and reports it.
 */
export function previewDocument(html: string): PreviewDocument {
  const css = [...html.matchAll(STYLE_ELEMENT)].map((m) => m[1] ?? '').join('\n');
  const parsed = new DOMParser().parseFromString(html.replace(STYLE_ELEMENT, ''), 'text/html');
  const body = purify().sanitize(parsed.body.innerHTML, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: ['style', 'script', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
    ALLOW_DATA_ATTR: false,
  });
  flattenLandmarks(body);
  return {
    fontCss: (css.match(FONT_FACE) ?? []).join('\n'),
    sheetCss: shadowCss(css.replace(FONT_FACE, '')),
    body,
    lang: parsed.documentElement.lang || 'en',
    paperWidthMm: /@page\s*\{[^}]*size:\s*letter/i.test(css) ? 215.9 : 210,
  };
}
