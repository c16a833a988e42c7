// Renderer: previews a candidate's file in a dialog: PDF pages drawn by pdf.js (no scripts), images as
// <img> from a data: URL, Word and text files as their text. Esc closes; the bytes come from attachments:content.
import * as Dialog from '@radix-ui/react-dialog';
import { Download } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import type { AttachmentContent, AttachmentMeta } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { Button } from '../../components/Button';
import { base64ToBytes } from '../../lib/download-file';
import { formatBytes } from '../../lib/read-file';
import { attachmentActions } from '../../stores/attachments-actions';
import { ATTACHMENT_KIND_LABELS } from './candidate-labels';
import { PdfViewer } from './PdfViewer';
import './file-preview.css';

type Loaded = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; content: AttachmentContent };

function ContentView({ content }: { content: AttachmentContent }) {
  const bytes = useMemo(() => (content.mimeType === 'application/pdf' ? base64ToBytes(content.base64) : null), [content]);
  if (bytes) return <PdfViewer bytes={bytes} fileName={content.fileName} />;
  if (content.mimeType.startsWith('image/')) {
    return (
      <div className="preview-image-wrap">
        <img className="preview-image" src={`data:${content.mimeType};base64,${content.base64}`} alt={content.fileName} />
      </div>
    );
  }
  const text = content.text ?? '';
  if (!text.trim()) return <p className="preview-status muted">No text could be read from this file. Download it to open it in another program.</p>;
  return (
    <pre className="preview-text" tabIndex={0} aria-label={`Text of ${content.fileName}`}>
      {text}
    </pre>
  );
}

function PreviewBody({ attachment, onDownload }: { attachment: AttachmentMeta; onDownload(a: AttachmentMeta): void }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let stale = false;
    attachmentActions.content(attachment.id).then(
      (content) => !stale && setLoaded({ status: 'ready', content }),
      (e: unknown) => !stale && setLoaded({ status: 'error', message: errorMessage(e) }),
    );
    return () => {
      stale = true;
    };
  }, [attachment.id]);

  return (
    <>
      <div className="preview-head">
        <div>
          <Dialog.Title className="dialog-title">{attachment.fileName}</Dialog.Title>
          <Dialog.Description className="dialog-description">
            {ATTACHMENT_KIND_LABELS[attachment.kind]} · {formatBytes(attachment.sizeBytes)}
          </Dialog.Description>
        </div>
        <div className="preview-head-actions">
          <Button size="sm" icon={<Download size={14} aria-hidden="true" />} onClick={() => onDownload(attachment)}>
            Download
          </Button>
          <Dialog.Close asChild>
            <Button size="sm" variant="ghost">
              Close
            </Button>
          </Dialog.Close>
        </div>
      </div>
      <div className="preview-body">
        {loaded.status === 'loading' ? (
          <p role="status" className="preview-status">
            Loading the file…
          </p>
        ) : loaded.status === 'error' ? (
          <p role="alert" className="preview-status field-error">
            This file could not be shown: {loaded.message}
          </p>
        ) : (
          <ContentView content={loaded.content} />
        )}
      </div>
    </>
  );
}

interface Props {
  attachment: AttachmentMeta | null;
  onClose(): void;
  onDownload(a: AttachmentMeta): void;
  /** Puts focus back on what opened the preview once it closes. */
  returnFocus(): void;
}

export function FilePreviewDialog({ attachment, onClose, onDownload, returnFocus }: Props) {
  return (
    <Dialog.Root open={attachment !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog preview-dialog"
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            returnFocus();
          }}
        >{attachment ? <PreviewBody key={attachment.id} attachment={attachment} onDownload={onDownload} /> : null}</Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
