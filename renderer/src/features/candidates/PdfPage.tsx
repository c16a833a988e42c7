// Renderer: one page of the PDF preview: a placeholder of the page's size that draws the page onto a canvas
// with pdf.js while it is near the visible area, and lets the canvas go again once it is far away.
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useEffect, useRef, useState } from 'react';

/** CSS pixels per PDF point (pdf.js shows 100% as 96 dpi). */
const CSS_UNITS = 96 / 72;

/** A page's size in PDF points (at 100%). */
export interface PageSize {
  width: number;
  height: number;
}

interface Props {
  doc: PDFDocumentProxy;
  pageNumber: number;
  scale: number;
  /** The size (points) to reserve before this page has been read: the first page's. */
  estimate: PageSize;
  /** Whether the page is near the visible area (from the viewer's IntersectionObserver). */
  near: boolean;
}

function useRenderedPage({ doc, pageNumber, scale, near }: Omit<Props, 'estimate'>, canvasRef: React.RefObject<HTMLCanvasElement | null>) {
  const [size, setSize] = useState<PageSize | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!near || !canvas) return;
    let task: RenderTask | null = null;
    let cancelled = false;
    void (async () => {
      try {
        const page = await doc.getPage(pageNumber);
        if (cancelled) return;
        const points = page.getViewport({ scale: 1 });
        setSize({ width: points.width, height: points.height });
        const viewport = page.getViewport({ scale: scale * CSS_UNITS });
        const ratio = window.devicePixelRatio || 1;
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
        await task.promise;
        // Marks a finished drawing (for screenshots and tests waiting on it).
        canvas.dataset.drawn = 'true';
        setFailed(false);
      } catch (error) {
        if ((error as { name?: string }).name !== 'RenderingCancelledException' && !cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
      // Far-away pages give their pixels back; a 50-page résumé would otherwise hold every page in memory.
      canvas.width = 0;
      canvas.height = 0;
      delete canvas.dataset.drawn;
    };
  }, [doc, pageNumber, scale, near, canvasRef]);
  return { size, failed };
}

export function PdfPage(props: Props) {
  const { pageNumber, scale, estimate } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { size, failed } = useRenderedPage(props, canvasRef);
  const points = size ?? estimate;
  const width = Math.floor(points.width * scale * CSS_UNITS);
  const height = Math.floor(points.height * scale * CSS_UNITS);
  return (
    <div className="pdf-page" data-page={pageNumber} style={{ width, height }}>
      {/* No pixels until drawn (a canvas starts at 300×150); React never changes these constants, the drawing does. */}
      <canvas ref={canvasRef} width={0} height={0} className="pdf-canvas" style={{ width, height }} role="img" aria-label={`Page ${pageNumber}`} />
      {failed ? <p className="pdf-page-error">Page {pageNumber} could not be drawn.</p> : null}
    </div>
  );
}
