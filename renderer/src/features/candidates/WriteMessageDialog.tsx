// Renderer: "Write to them…" on a profile's application or a board card's menu: pick a template, read the text
// filled in for this person (to their one address), then open it in the mail program (a mailto: link, which the
// desktop app hands to the system) or save it as an unsent .eml draft in a folder you choose. Each is logged on
// the timeline.
import * as Dialog from '@radix-ui/react-dialog';
import { Mail, Save } from 'lucide-react';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { MessageDraft } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { messageActions } from '../../stores/messages-actions';
import { OPEN_DRAFT_HINT, TemplateSelect, useTemplates } from './TemplateSelect';
import './messages.css';

interface Props {
  applicationId: string;
  /** The application's status: a rejected one starts on a rejection, any other on the acknowledgement. */
  status: string;
  candidateName: string;
  roleTitle: string;
  onClose(logged: boolean): void;
}

export function WriteMessageDialog({ applicationId, status, candidateName, roleTitle, onClose }: Props) {
  const [draft, setDraft] = useState<MessageDraft | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const { templates, templateId, setTemplateId } = useTemplates(status, setError);

  useEffect(() => {
    if (!templateId) return;
    let live = true;
    messageActions
      .draft(applicationId, templateId)
      .then((d) => {
        if (!live) return;
        setDraft(d);
        setError('');
      })
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [applicationId, templateId]);

  const openInMail = () => {
    // The link itself opens the mail program (the desktop app hands mailto: links to the system); this records it.
    messageActions
      .logMailto(applicationId, templateId)
      .then(() => {
        toast.success(`Draft to ${candidateName} opened in your mail program`);
        onClose(true);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  };

  const save = () => {
    if (!draft) return;
    setBusy(true);
    messageActions
      .saveDraft(applicationId, templateId, candidateName, draft.subject)
      .then((saved) => {
        setBusy(false);
        if (!saved) return;
        toast.success(`Saved the draft to ${candidateName}`, { description: `${saved.path} — open it in your mail program to send it. ${OPEN_DRAFT_HINT}` });
        onClose(true);
      })
      .catch((e: unknown) => {
        setError(errorMessage(e));
        setBusy(false);
      });
  };

  const left = draft ? [...draft.unknownPlaceholders, ...draft.emptyPlaceholders] : [];

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose(false)}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <Dialog.Title className="dialog-title">
            Write to {candidateName} about {roleTitle}
          </Dialog.Title>
          <Dialog.Description className="dialog-description">Hirebook fills in the template; you send it from your own mail program.</Dialog.Description>
          {templates === null && !error ? <p>Loading templates…</p> : null}
          {templates ? (
            <TemplateSelect
              id="message-template"
              templates={templates}
              value={templateId}
              onChange={(id) => {
                setDraft(null);
                setError('');
                setTemplateId(id);
              }}
            />
          ) : null}
          {draft ? (
            <div className="message-preview" role="region" tabIndex={0} aria-label="Preview">
              <p>
                <span className="muted">To:</span> {draft.to}
              </p>
              <p>
                <span className="muted">Subject:</span> {draft.subject}
              </p>
              <pre className="message-body">{draft.body}</pre>
              {left.length > 0 ? (
                <p className="field-hint">Left as typed, fill in before sending: {left.join(', ')}</p>
              ) : null}
              {draft.mailto === null ? <p className="field-hint">This message is too long for a mail link: save it as a draft instead.</p> : null}
            </div>
          ) : null}
          <FormError message={error} />
          <div className="dialog-actions">
            <Button onClick={() => onClose(false)}>Cancel</Button>
            <Button icon={<Save size={14} aria-hidden="true" />} onClick={save} disabled={!draft || busy}>
              Save as draft (.eml)…
            </Button>
            {draft?.mailto ? (
              <a className="btn btn-primary" href={draft.mailto} onClick={openInMail}>
                <Mail size={14} aria-hidden="true" />
                Open in mail program
              </a>
            ) : (
              <Button variant="primary" icon={<Mail size={14} aria-hidden="true" />} disabled>
                Open in mail program
              </Button>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
