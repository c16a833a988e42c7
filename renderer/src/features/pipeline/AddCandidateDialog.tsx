// Renderer: "Add candidate" on a role's board: name, e-mail, phone and an optional résumé (dropped or
// chosen). The candidate and their application to this role's first stage are made by one call
// (candidates:create with the role); the résumé then goes through attachments:add, which stores it and
// reads its text like any file added on a profile.
import * as Dialog from '@radix-ui/react-dialog';
import { FileText, Upload, X } from 'lucide-react';
import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { toast } from 'sonner';
import { ATTACHMENT_MIME_TYPES, acceptFor } from '../../../../electron/contract';
import { ApiError, errorMessage } from '../../api/client';
import { IconButton } from '../../components/Button';
import { DialogFormActions } from '../../components/DialogFormActions';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { focusFirstInvalid, toFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { ATTACHMENT_LIMIT_MB, attachmentTooLarge } from '../../lib/attachment-limit';
import { formatBytes } from '../../lib/read-file';
import { attachmentActions } from '../../stores/attachments-actions';
import { candidateActions } from '../../stores/candidates-actions';
import { useRouteStore } from '../../stores/route-store';
import { EMPTY_CANDIDATE, normaliseErrors, validateCandidate } from '../candidates/candidate-form-model';

const ACCEPT = `${acceptFor('attachment')},${ATTACHMENT_MIME_TYPES.join(',')}`;

interface Props {
  roleId: string;
  roleTitle: string;
  /** The stage new candidates start in (the board's first column). */
  firstStage: string;
  onClose(): void;
}

/** Keeps a drag over the dialog from reaching the board behind it (a drop there adds candidates from files). */
function own(e: DragEvent) {
  e.stopPropagation();
}

export function AddCandidateDialog({ roleId, roleTitle, firstStage, onClose }: Props) {
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const navigate = useRouteStore((s) => s.navigate);

  const refuse = (next: FieldErrors) => {
    setErrors(next);
    requestAnimationFrame(() => focusFirstInvalid(formRef.current));
  };

  const pick = (files: FileList | null | undefined) => {
    const chosen = files?.[0];
    if (!chosen) return;
    setError('');
    const tooLarge = attachmentTooLarge(chosen);
    if (tooLarge) {
      setError(tooLarge);
      return;
    }
    setFile(chosen);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setError('');
    const checked = validateCandidate({ ...EMPTY_CANDIDATE, fullName, emails: email, phones: phone, source: 'other' });
    if (!checked.ok) return refuse(checked.errors);
    setBusy(true);
    try {
      const { candidate, duplicates } = await candidateActions.create({ ...checked.draft, roleId });
      let fileNote = '';
      if (file) {
        try {
          const added = await attachmentActions.add(candidate.id, 'resume', file);
          fileNote = added.warning ? ` ${added.warning}` : '';
        } catch (fileError) {
          fileNote = ` The résumé was not kept: ${errorMessage(fileError)} Add it from their profile.`;
        }
      }
      const maybeSame = duplicates.length > 0 ? ` ${duplicates[0]?.fullName ?? 'Someone'} may be the same person.` : '';
      toast.success(`Added ${candidate.fullName} to ${firstStage}`, {
        description: `${maybeSame}${fileNote}`.trim() || undefined,
        action: { label: 'Open profile', onClick: () => navigate({ name: 'candidate', id: candidate.id }) },
      });
      onClose();
    } catch (saveError) {
      setBusy(false);
      if (saveError instanceof ApiError && saveError.issues.length > 0) refuse(normaliseErrors(toFieldErrors(saveError.issues)));
      else setError(errorMessage(saveError));
    }
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && !busy && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide" onDragEnter={own} onDragOver={own} onDragLeave={own} onDrop={own}>
          <Dialog.Title className="dialog-title">Add a candidate to {roleTitle}</Dialog.Title>
          <Dialog.Description className="dialog-description">They start in {firstStage}. Only the name is required.</Dialog.Description>
          <form ref={formRef} className="add-candidate-form" noValidate onSubmit={(e) => void submit(e)}>
            <TextField label="Full name" name="fullName" autoComplete="off" required value={fullName} error={errors.fullName} onChange={(e) => setFullName(e.target.value)} />
            <TextField label="Email address" name="emails" inputMode="email" placeholder="ana@example.com" value={email} error={errors.emails} onChange={(e) => setEmail(e.target.value)} />
            <TextField label="Phone number" name="phones" inputMode="tel" placeholder="+1 207 555 0100" value={phone} error={errors.phones} onChange={(e) => setPhone(e.target.value)} />
            <div className="add-candidate-file">
              <span className="field-label">
                Résumé <span className="muted">(optional)</span>
              </span>
              {file ? (
                <div className="chosen-file">
                  <FileText size={16} aria-hidden="true" />
                  <span className="chosen-file-name">{file.name}</span>
                  <span className="muted">{formatBytes(file.size)}</span>
                  <IconButton label={`Remove ${file.name}`} onClick={() => setFile(null)}>
                    <X size={16} aria-hidden="true" />
                  </IconButton>
                </div>
              ) : (
                <div
                  className={`add-candidate-drop${dragging ? ' add-candidate-drop-active' : ''}`}
                  onDragOver={(e) => {
                    e.preventDefault();
                    setDragging(true);
                  }}
                  onDragLeave={() => setDragging(false)}
                  onDrop={(e) => {
                    e.preventDefault();
                    setDragging(false);
                    pick(e.dataTransfer.files);
                  }}
                >
                  <Upload size={18} aria-hidden="true" />
                  <span>Drop a PDF, Word (.docx) or text file here, or</span>
                  <label className="btn btn-secondary btn-sm add-candidate-pick">
                    Choose file
                    <input ref={inputRef} type="file" className="sr-only" accept={ACCEPT} aria-label="Résumé file" onChange={(e) => pick(e.target.files)} />
                  </label>
                </div>
              )}
              <p className="field-hint">Up to {ATTACHMENT_LIMIT_MB} MB. Its text becomes searchable.</p>
            </div>
            <FormError message={error} />
            <DialogFormActions submitLabel={busy ? 'Adding…' : 'Add candidate'} disabled={busy} />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
