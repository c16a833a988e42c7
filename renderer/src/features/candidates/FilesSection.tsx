// Renderer: the profile's files: pick or drop PDF/DOCX/TXT/PNG/JPEG as résumé, cover letter or other (20 MB
// limit checked before sending), preview, download or delete each, and confirm contact details found in a file's text.
import { Download, Eye, Trash2, Upload } from 'lucide-react';
import { useRef, useState, type DragEvent } from 'react';
import { toast } from 'sonner';
import { ATTACHMENT_KINDS, ATTACHMENT_MIME_TYPES, acceptFor, type AttachmentKind, type AttachmentMeta, type AttachmentSuggestions, type CandidateProfile } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { IconButton } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { agoInSentence } from '../../lib/dates';
import { notifyError } from '../../lib/notify';
import { ATTACHMENT_LIMIT_MB, attachmentTooLarge } from '../../lib/attachment-limit';
import { formatBytes } from '../../lib/read-file';
import { attachmentActions } from '../../stores/attachments-actions';
import { ATTACHMENT_KIND_LABELS } from './candidate-labels';
import { FilePreviewDialog } from './FilePreviewDialog';
import { SuggestionsBar } from './SuggestionsBar';

const ACCEPT = `${acceptFor('attachment')},${ATTACHMENT_MIME_TYPES.join(',')}`;

export function FilesSection({ profile, onChanged }: { profile: CandidateProfile; onChanged(): void }) {
  const [kind, setKind] = useState<AttachmentKind>('resume');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [suggestions, setSuggestions] = useState<AttachmentSuggestions | null>(null);
  const [toDelete, setToDelete] = useState<AttachmentMeta | null>(null);
  const [previewing, setPreviewing] = useState<AttachmentMeta | null>(null);
  const previewButton = useRef<HTMLButtonElement | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const add = async (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (!file) return;
    setError('');
    const tooLarge = attachmentTooLarge(file);
    if (tooLarge) {
      setError(tooLarge);
      return;
    }
    setBusy(true);
    try {
      const result = await attachmentActions.add(profile.id, kind, file);
      toast.success(`Added ${file.name}`, result.warning ? { description: result.warning } : undefined);
      setSuggestions(result.suggestions);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const download = (a: AttachmentMeta) => {
    attachmentActions.download(a.id).catch((e: unknown) => notifyError(e, 'Could not open the file'));
  };

  const remove = () => {
    const a = toDelete;
    setToDelete(null);
    if (!a) return;
    attachmentActions
      .remove(a.id)
      .then(() => {
        toast.success(`Removed ${a.fileName}`);
        onChanged();
      })
      .catch((e: unknown) => notifyError(e, 'Could not remove the file'));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void add(e.dataTransfer.files);
  };

  return (
    <section className="card profile-card" aria-labelledby="files-title">
      <h2 id="files-title" className="card-title">
        Files
      </h2>
      {profile.attachments.length > 0 ? (
        <ul className="file-list">
          {profile.attachments.map((a) => (
            <li key={a.id} className="file-item">
              <div className="file-main">
                <span className="file-name">{a.fileName}</span>
                <span className="row-sub">
                  {ATTACHMENT_KIND_LABELS[a.kind]} · {formatBytes(a.sizeBytes)} · added {agoInSentence(a.createdAt)}
                  {a.extractionNote ? ` · ${a.extractionNote}` : a.hasText ? ' · searchable' : ''}
                </span>
              </div>
              <IconButton
                label={`Preview ${a.fileName}`}
                onClick={(e) => {
                  previewButton.current = e.currentTarget;
                  setPreviewing(a);
                }}
              >
                <Eye size={16} aria-hidden="true" />
              </IconButton>
              <IconButton label={`Download ${a.fileName}`} onClick={() => download(a)}>
                <Download size={16} aria-hidden="true" />
              </IconButton>
              <IconButton label={`Delete ${a.fileName}`} className="icon-btn-danger" onClick={() => setToDelete(a)}>
                <Trash2 size={16} aria-hidden="true" />
              </IconButton>
            </li>
          ))}
        </ul>
      ) : null}
      {suggestions ? <SuggestionsBar profile={profile} suggestions={suggestions} onDone={() => setSuggestions(null)} onChanged={onChanged} /> : null}
      {profile.anonymisedAt ? (
        <p className="muted">Their files were erased when they were anonymised; none can be added.</p>
      ) : (
        <>
          <div
            className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <Upload size={18} aria-hidden="true" />
            <span>Drop a PDF, Word (.docx), text or image file here, or</span>
            <label className="field-inline">
              <span className="sr-only">File kind</span>
              <select className="input select select-compact" value={kind} onChange={(e) => setKind(e.target.value as AttachmentKind)} aria-label="File kind">
                {ATTACHMENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {ATTACHMENT_KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </label>
            <label className="btn btn-secondary btn-sm file-pick">
              {busy ? 'Adding…' : 'Choose file'}
              <input ref={inputRef} type="file" className="sr-only" accept={ACCEPT} disabled={busy} onChange={(e) => void add(e.target.files)} aria-label="Choose a file to add" />
            </label>
          </div>
          <p className="field-hint">Up to {ATTACHMENT_LIMIT_MB} MB. Text in PDF, Word and text files becomes searchable.</p>
        </>
      )}
      <FormError message={error} />
      <FilePreviewDialog attachment={previewing} onClose={() => setPreviewing(null)} onDownload={download} returnFocus={() => previewButton.current?.focus()} />
      <ConfirmDialog
        open={toDelete !== null}
        title={`Delete “${toDelete?.fileName ?? ''}”?`}
        description="The file is removed from this candidate for good."
        confirmLabel="Delete file"
        danger
        onConfirm={remove}
        onOpenChange={(open) => !open && setToDelete(null)}
      />
    </section>
  );
}
