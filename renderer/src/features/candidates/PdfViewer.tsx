// Renderer: the PDF preview: opens the file with pdf.js (no scripts, see lib/pdf-document.ts), asks for a
// password when the file has one, and shows its pages with "Page n of N", page keys and zoom.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ChevronDown, ChevronUp, ZoomIn, ZoomOut } from 'lucide-react';
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { IconButton } from '../../components/Button';
import { openPdf, type OpenPdfResult } from '../../lib/pdf-document';
import { PdfPage, type PageSize } from './PdfPage';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const NEXT_KEYS = new Set(['PageDown', 'ArrowDown', 'ArrowRight']);
const PREVIOUS_KEYS = new Set(['PageUp', 'ArrowUp', 'ArrowLeft']);

/** Which pages are near the visible part of `root` (with half a screen to spare above and below). */
function useNearPages(root: React.RefObject<HTMLDivElement | null>, ready: boolean): ReadonlySet<number> {
  const [near, setNear] = useState<ReadonlySet<number>>(() => new Set([1]));
  useEffect(() => {
    const element = root.current;
    if (!element || !ready) return;
    const observer = new IntersectionObserver(
      (entries) =>
        setNear((previous) => {
          const next = new Set(previous);
          for (const entry of entries) {
            const page = Number((entry.target as HTMLElement).dataset.page);
            if (entry.isIntersecting) next.add(page);
            else next.delete(page);
          }
          return next;
        }),
      { root: element, rootMargin: '50% 0px' },
    );
    element.querySelectorAll('.pdf-page').forEach((page) => observer.observe(page));
    return () => observer.disconnect();
  }, [root, ready]);
  return near;
}

/** Which page is being read, moving to a page, and keeping it in view when the zoom changes. */
function scrollToPage(root: HTMLDivElement | null, n: number): void {
  const element = root?.querySelector<HTMLElement>(`.pdf-page[data-page="${n}"]`);
  if (root && element) root.scrollTop = element.offsetTop - 12;
}

function usePageNavigation(scrollRef: React.RefObject<HTMLDivElement | null>, count: number, scale: number) {
  const [current, setCurrent] = useState(1);
  // The page shown, also kept outside render so a zoom can return to it without re-running on every scroll.
  const currentRef = useRef(1);
  const show = (page: number) => {
    currentRef.current = page;
    setCurrent(page);
  };
  const goTo = (n: number) => {
    const page = Math.min(Math.max(n, 1), count);
    scrollToPage(scrollRef.current, page);
    show(page);
  };
  // Only a zoom moves the view; scrolling itself updates the current page.
  useLayoutEffect(() => scrollToPage(scrollRef.current, currentRef.current), [scale, scrollRef]);
  /** The page under the top third of the view. */
  const onScroll = () => {
    const root = scrollRef.current;
    if (!root) return;
    const mark = root.scrollTop + root.clientHeight / 3;
    let page = 1;
    for (const element of root.querySelectorAll<HTMLElement>('.pdf-page')) {
      if (element.offsetTop > mark) break;
      page = Number(element.dataset.page);
    }
    show(page);
  };
  return { current, goTo, onScroll };
}

interface ToolbarProps {
  current: number;
  count: number;
  zoom: number;
  goTo(n: number): void;
  setZoom(update: (z: number) => number): void;
}

function PdfToolbar({ current, count, zoom, goTo, setZoom }: ToolbarProps) {
  return (
    <div className="pdf-toolbar" role="toolbar" aria-label="PDF pages">
      <IconButton label="Previous page" onClick={() => goTo(current - 1)} disabled={current <= 1}>
        <ChevronUp size={16} aria-hidden="true" />
      </IconButton>
      <span className="pdf-page-count" aria-live="polite">
        Page {current} of {count}
      </span>
      <IconButton label="Next page" onClick={() => goTo(current + 1)} disabled={current >= count}>
        <ChevronDown size={16} aria-hidden="true" />
      </IconButton>
      <span className="pdf-toolbar-gap" />
      <IconButton label="Zoom out" onClick={() => setZoom(zoomOut)} disabled={zoom === 0}>
        <ZoomOut size={16} aria-hidden="true" />
      </IconButton>
      <span className="pdf-zoom">{Math.round((ZOOMS[zoom] ?? 1) * 100)}%</span>
      <IconButton label="Zoom in" onClick={() => setZoom(zoomIn)} disabled={zoom === ZOOMS.length - 1}>
        <ZoomIn size={16} aria-hidden="true" />
      </IconButton>
    </div>
  );
}

const zoomIn = (z: number): number => Math.min(z + 1, ZOOMS.length - 1);
const zoomOut = (z: number): number => Math.max(z - 1, 0);

function PdfPages({ doc, fileName }: { doc: PDFDocumentProxy; fileName: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [estimate, setEstimate] = useState<PageSize | null>(null);
  const [zoom, setZoom] = useState(ZOOMS.indexOf(1));
  const near = useNearPages(scrollRef, estimate !== null);
  const scale = ZOOMS[zoom] ?? 1;
  const count = doc.numPages;
  const { current, goTo, onScroll } = usePageNavigation(scrollRef, count, scale);

  useEffect(() => {
    void doc.getPage(1).then((page) => setEstimate(page.getViewport({ scale: 1 })));
    scrollRef.current?.focus();
  }, [doc]);

  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = { Home: () => goTo(1), End: () => goTo(count), '+': () => setZoom(zoomIn), '=': () => setZoom(zoomIn), '-': () => setZoom(zoomOut) };
    const action = NEXT_KEYS.has(e.key) ? () => goTo(current + 1) : PREVIOUS_KEYS.has(e.key) ? () => goTo(current - 1) : keys[e.key];
    if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    action();
  };

  return (
    <div className="pdf-viewer" onKeyDown={onKeyDown}>
      <PdfToolbar current={current} count={count} zoom={zoom} goTo={goTo} setZoom={setZoom} />
      <div
        ref={scrollRef}
        className="pdf-scroll"
        tabIndex={0}
        role="region"
        aria-label={`${fileName}: Page Up and Page Down (or the arrow keys) move between pages, + and − zoom`}
        onScroll={onScroll}
      >
        {estimate
          ? Array.from({ length: count }, (_, i) => <PdfPage key={i + 1} doc={doc} pageNumber={i + 1} scale={scale} estimate={estimate} near={near.has(i + 1)} />)
          : null}
      </div>
    </div>
  );
}

function PasswordForm({ wrong, onSubmit }: { wrong: boolean; onSubmit(password: string): void }) {
  const [value, setValue] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value) onSubmit(value);
  };
  return (
    <form className="pdf-password" onSubmit={submit}>
      <p>This PDF is protected with a password. Enter it to see the file (it is not saved).</p>
      <label className="field-label" htmlFor="pdf-password">
        Password
      </label>
      <input id="pdf-password" className="input" type="password" autoFocus value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={wrong} aria-describedby={wrong ? 'pdf-password-error' : undefined} />
      {wrong ? (
        <p id="pdf-password-error" className="field-error" role="alert">
          That password did not open the file. Try again.
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary btn-sm" disabled={!value}>
        Open
      </button>
    </form>
  );
}

type ViewerState = OpenPdfResult | { status: 'loading' };

export function PdfViewer({ bytes, fileName }: { bytes: Uint8Array; fileName: string }) {
  // A new object per attempt, so trying the same wrong password again opens the file again.
  const [attempt, setAttempt] = useState<{ password?: string }>({});
  const [state, setState] = useState<ViewerState>({ status: 'loading' });
  useEffect(() => {
    let stale = false;
    let doc: PDFDocumentProxy | null = null;
    void openPdf(bytes, attempt.password).then((result) => {
      if (result.status === 'ready') doc = result.doc;
      if (stale) void doc?.destroy();
      else setState(result);
    });
    return () => {
      stale = true;
      // Ends the worker too: nothing of the file stays in memory after the preview closes.
      void doc?.destroy();
    };
  }, [bytes, attempt]);

  if (state.status === 'loading') return <p role="status" className="preview-status">Opening the PDF…</p>;
  if (state.status === 'error') return <p role="alert" className="preview-status field-error">This PDF could not be shown: {state.message}</p>;
  if (state.status === 'password') {
    return (
      <PasswordForm
        wrong={state.wrong}
        onSubmit={(value) => {
          setState({ status: 'loading' });
          setAttempt({ password: value });
        }}
      />
    );
  }
  return <PdfPages doc={state.doc} fileName={fileName} />;
}
