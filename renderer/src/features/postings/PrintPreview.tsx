// Renderer: the posting preview: the very HTML that is printed (postings:html), shown in a shadow root as a
// paper sheet, its stylesheet adopted as a constructable stylesheet (the CSP forbids <style>), zoomed to fit.
import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { CANVAS_CLASS, SHEET_CLASS, previewDocument, type PreviewDocument } from './preview-document';

const MM_TO_PX = 96 / 25.4;
const STAGE_PADDING_PX = 48;

/** Fonts live in one document-level sheet, replaced when a posting brings different ones. */
let fontSheet: CSSStyleSheet | null = null;
let fontCssInSheet = '';

function adoptFonts(css: string): void {
  if (!fontSheet) {
    fontSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, fontSheet];
  }
  if (css !== fontCssInSheet) {
    fontSheet.replaceSync(css);
    fontCssInSheet = css;
  }
}

/** The preview is a picture of paper: its links must not navigate the app. */
function stopLinks(event: Event): void {
  if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
}

/** Shows the document in the element's shadow root (attached on first use), replacing what was there. */
function renderInto(element: HTMLElement, doc: PreviewDocument): void {
  let root = element.shadowRoot;
  if (!root) {
    root = element.attachShadow({ mode: 'open' });
    root.addEventListener('click', stopLinks);
  }
  adoptFonts(doc.fontCss);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(doc.sheetCss);
  root.adoptedStyleSheets = [sheet];
  const canvas = document.createElement('div');
  canvas.className = CANVAS_CLASS;
  const paper = document.createElement('div');
  paper.className = SHEET_CLASS;
  paper.lang = doc.lang;
  paper.append(doc.body.cloneNode(true));
  canvas.append(paper);
  root.replaceChildren(canvas);
}

/** Zooms the sheet down (never up) so the whole paper width fits the pane. */
function useFitZoom(stage: RefObject<HTMLDivElement | null>, host: RefObject<HTMLDivElement | null>, paperWidthMm: number): void {
  useEffect(() => {
    const outer = stage.current;
    const inner = host.current;
    if (!outer || !inner) return;
    const fit = () => {
      const zoom = Math.min(1, (outer.clientWidth - STAGE_PADDING_PX) / (paperWidthMm * MM_TO_PX));
      inner.style.setProperty('zoom', String(Math.max(0.3, zoom)));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(outer);
    return () => observer.disconnect();
  }, [stage, host, paperWidthMm]);
}

export function PrintPreview({ html, label }: { html: string; label: string }) {
  const stage = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const doc = useMemo(() => previewDocument(html), [html]);
  useFitZoom(stage, host, doc.paperWidthMm);

  useLayoutEffect(() => {
    if (host.current) renderInto(host.current, doc);
  }, [doc]);

  return (
    <div ref={stage} className="preview-stage">
      <div ref={host} className="preview-host" role="region" aria-label={label} />
    </div>
  );
}
