// Renderer: the message templates (#/settings/messages, from Settings → Messages): every template by kind
// (acknowledgement, interview invitation, the rejections — one per reason they are worded for —, offer, your
// own), and an editor for the one picked: name, subject and text with the placeholders inserted by buttons,
// a live preview filled with sample data (contract/message-fill.ts, the rules the drafts use), placeholders
// Hirebook does not know reported before saving, your own templates added, and a built-in restored as shipped
// after confirmation. Unsaved changes are never dropped without asking.
import { Plus, RotateCcw, Save } from 'lucide-react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import {
  fillMessage,
  MESSAGE_KIND_LABELS,
  MESSAGE_KINDS,
  MESSAGE_LIMITS,
  MESSAGE_PLACEHOLDERS,
  type MessageKind,
  type MessageTemplate,
  type PlaceholderValues,
  type RejectionReason,
} from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { notifyError } from '../../lib/notify';
import { useCompanyStore } from '../../stores/company-store';
import { messageActions } from '../../stores/messages-actions';
import { applicationActions } from '../../stores/pipeline-store';
import { routeHash } from '../../stores/routes';
import { useRouteStore } from '../../stores/route-store';
import '../candidates/messages.css';
import './message-templates.css';

/** What the preview fills in: a made-up person, with the company's own name. */
function sampleValues(company: string): PlaceholderValues {
  return {
    'first name': 'Sam',
    'full name': 'Sam Rivera',
    role: 'Weekend Barista',
    company,
    'owner name': company,
    'interview time': 'Thursday 3 December 2026, 14:00 (Europe/London)',
    'interview place': '12 Market Street',
    pay: '£27,000 a year',
    'start date': 'Monday 4 January 2027',
    'expiry date': 'Friday 18 December 2026',
  };
}

interface Draft {
  kind: MessageKind;
  name: string;
  subject: string;
  body: string;
  rejectionReasonId: string | null;
}

const NEW_TEMPLATE: Draft = { kind: 'custom', name: '', subject: '', body: 'Hello {first name},\n\n', rejectionReasonId: null };

const draftOf = (t: MessageTemplate): Draft => ({ kind: t.kind, name: t.name, subject: t.subject, body: t.body, rejectionReasonId: t.rejectionReasonId });
const sameDraft = (a: Draft, b: Draft): boolean =>
  a.kind === b.kind && a.name === b.name && a.subject === b.subject && a.body === b.body && a.rejectionReasonId === b.rejectionReasonId;

type Field = 'subject' | 'body';

/** Inserts `text` at the caret of the subject or text box, keeping the caret after it. */
function useInsert(draft: Draft, setDraft: (next: Draft) => void) {
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const last = useRef<Field>('body');
  const insert = (text: string) => {
    const field = last.current;
    const el = field === 'subject' ? subjectRef.current : bodyRef.current;
    const value = draft[field];
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? value.length;
    setDraft({ ...draft, [field]: value.slice(0, start) + text + value.slice(end) });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + text.length, start + text.length);
    });
  };
  return { subjectRef, bodyRef, insert, focused: (field: Field) => (last.current = field) };
}

interface EditorProps {
  template: MessageTemplate | null;
  reasons: readonly RejectionReason[];
  onDirty(dirty: boolean): void;
  onSaved(template: MessageTemplate): void;
}

function TemplateEditor({ template, reasons, onDirty, onSaved }: EditorProps) {
  const start = template ? draftOf(template) : NEW_TEMPLATE;
  const [draft, setDraftState] = useState<Draft>(start);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<'unknown' | 'restore' | null>(null);
  const company = useCompanyStore((s) => s.company?.name) || 'Your company';
  const setDraft = (next: Draft) => {
    setDraftState(next);
    setError('');
    onDirty(!sameDraft(next, start));
  };
  const { subjectRef, bodyRef, insert, focused } = useInsert(draft, setDraft);
  const filled = fillMessage(draft.subject, draft.body, sampleValues(company));
  const titleId = template ? `template-${template.id}` : 'template-new';

  const save = () => {
    setAsking(null);
    setBusy(true);
    messageActions
      .saveTemplate({ ...(template ? { id: template.id } : {}), ...draft, rejectionReasonId: draft.kind === 'rejection' ? draft.rejectionReasonId : null })
      .then((saved) => {
        toast.success(`Saved “${saved.name}”`);
        onSaved(saved);
      })
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (filled.unknown.length > 0) setAsking('unknown');
    else save();
  };
  const restore = () => {
    if (!template) return;
    setAsking(null);
    setBusy(true);
    messageActions
      .restoreTemplate(template.id)
      .then((restored) => {
        toast.success(`Restored “${restored.name}” as Hirebook wrote it`);
        onSaved(restored);
      })
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };

  const reasonOptions = reasons.filter((r) => !r.archived || r.id === draft.rejectionReasonId);
  return (
    <form className="card template-editor" aria-labelledby={titleId} onSubmit={submit}>
      <h2 id={titleId} className="card-title">
        {template ? `Edit “${template.name}”` : 'New template'}
      </h2>
      <div className="template-editor-fields">
        <div className="field">
          <label className="field-label" htmlFor="template-name">
            Name
          </label>
          <input id="template-name" className="input" value={draft.name} maxLength={MESSAGE_LIMITS.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="template-kind">
            Kind
          </label>
          <select
            id="template-kind"
            className="input select"
            value={draft.kind}
            disabled={template?.builtin}
            aria-describedby={template?.builtin ? 'template-kind-hint' : undefined}
            onChange={(e) => setDraft({ ...draft, kind: e.target.value as MessageKind })}
          >
            {MESSAGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {MESSAGE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
          {template?.builtin ? (
            <p className="field-hint" id="template-kind-hint">
              A built-in template keeps its kind.
            </p>
          ) : null}
        </div>
        {draft.kind === 'rejection' ? (
          <div className="field">
            <label className="field-label" htmlFor="template-reason">
              Worded for the reason
            </label>
            <select id="template-reason" className="input select" value={draft.rejectionReasonId ?? ''} onChange={(e) => setDraft({ ...draft, rejectionReasonId: e.target.value || null })}>
              <option value="">Any reason</option>
              {reasonOptions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label className="field-label" htmlFor="template-subject">
            Subject
          </label>
          <input
            id="template-subject"
            ref={subjectRef}
            className="input"
            value={draft.subject}
            maxLength={MESSAGE_LIMITS.subject}
            onFocus={() => focused('subject')}
            onChange={(e) => setDraft({ ...draft, subject: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="template-body">
            Text
          </label>
          <textarea
            id="template-body"
            ref={bodyRef}
            className="input textarea template-body"
            value={draft.body}
            maxLength={MESSAGE_LIMITS.body}
            rows={12}
            onFocus={() => focused('body')}
            onChange={(e) => setDraft({ ...draft, body: e.target.value })}
          />
        </div>
        <div className="placeholder-buttons" role="group" aria-label="Insert a placeholder">
          <span className="field-hint">Insert where the cursor is:</span>
          {MESSAGE_PLACEHOLDERS.map((p) => (
            <Button key={p} size="sm" onMouseDown={(e) => e.preventDefault()} onClick={() => insert(`{${p}}`)}>
              {`{${p}}`}
            </Button>
          ))}
        </div>
      </div>
      {filled.unknown.length > 0 ? (
        <p className="template-unknown" role="alert">
          Hirebook does not know {filled.unknown.join(', ')}: {filled.unknown.length === 1 ? 'it stays' : 'they stay'} as typed in every message. Use a button above
          for a placeholder Hirebook fills in.
        </p>
      ) : null}
      <div className="message-preview" role="region" tabIndex={0} aria-label="Preview with sample data">
        <p className="muted">Preview for Sam Rivera (sample data)</p>
        <p>
          <span className="muted">Subject:</span> {filled.subject}
        </p>
        <pre className="message-body">{filled.body}</pre>
      </div>
      <FormError message={error} />
      <div className="dialog-actions">
        {template?.builtin ? (
          <Button icon={<RotateCcw size={14} aria-hidden="true" />} onClick={() => setAsking('restore')} disabled={busy}>
            Restore default…
          </Button>
        ) : null}
        <Button type="submit" variant="primary" icon={<Save size={14} aria-hidden="true" />} disabled={busy}>
          {template ? 'Save template' : 'Add template'}
        </Button>
      </div>
      <ConfirmDialog
        open={asking === 'unknown'}
        title="Save with a placeholder Hirebook does not know?"
        description={`${filled.unknown.join(', ')} will not be filled in: every message from this template will show ${filled.unknown.length === 1 ? 'it' : 'them'} as typed.`}
        confirmLabel="Save anyway"
        cancelLabel="Go back and fix it"
        onConfirm={save}
        onOpenChange={(open) => !open && setAsking(null)}
      />
      <ConfirmDialog
        open={asking === 'restore'}
        title={`Restore “${template?.name ?? ''}” as Hirebook wrote it?`}
        description="Its name, subject and text go back to Hirebook’s wording, and your changes to them are lost."
        confirmLabel="Restore default"
        danger
        onConfirm={restore}
        onOpenChange={(open) => !open && setAsking(null)}
      />
    </form>
  );
}

function TemplateList({ templates, reasons, selected, onSelect }: { templates: readonly MessageTemplate[]; reasons: readonly RejectionReason[]; selected: string | null; onSelect(id: string): void }) {
  const reasonName = (id: string | null) => reasons.find((r) => r.id === id)?.name ?? null;
  return (
    <nav className="card template-list" aria-label="Message templates">
      {MESSAGE_KINDS.map((kind) => {
        const items = templates.filter((t) => t.kind === kind);
        if (items.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} className="template-list-kind">
              {MESSAGE_KIND_LABELS[kind]}
            </h2>
            <ul>
              {items.map((t) => {
                const reason = kind === 'rejection' ? reasonName(t.rejectionReasonId) : null;
                return (
                  <li key={t.id}>
                    <button type="button" className="template-list-item" aria-current={selected === t.id ? 'true' : undefined} onClick={() => onSelect(t.id)}>
                      <span>{t.name}</span>
                      <span className="muted">{reason ? `For: ${reason}` : t.builtin ? 'Built in' : 'Your own'}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}

export function MessageTemplatesPage() {
  const navigate = useRouteStore((s) => s.navigate);
  const [templates, setTemplates] = useState<MessageTemplate[] | null>(null);
  const [reasons, setReasons] = useState<RejectionReason[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const [loadError, setLoadError] = useState('');

  const load = useCallback((select?: string) => {
    messageActions
      .templates()
      .then((list) => {
        setTemplates(list);
        setSelected((current) => select ?? current ?? list[0]?.id ?? null);
      })
      .catch((e: unknown) => setLoadError(errorMessage(e)));
  }, []);
  useEffect(() => {
    load();
    applicationActions
      .rejectionReasons(true)
      .then((list) => setReasons(list.reasons))
      .catch((e: unknown) => notifyError(e, 'Could not read the rejection reasons'));
  }, [load]);

  /** Opens another template (or 'new'), asking first when the one open has unsaved changes. */
  const open = (id: string) => {
    if (id === selected) return;
    if (dirty) setPending(id);
    else setSelected(id);
  };
  const template = templates?.find((t) => t.id === selected) ?? null;

  return (
    <>
      <PageHeader
        title="Message templates"
        before={
          <BackLink href={routeHash({ name: 'settings' })} onNavigate={() => navigate({ name: 'settings' })}>
            Settings
          </BackLink>
        }
        subtitle="The wording Hirebook fills in when you write to candidates. Placeholders such as {first name} are filled in for each person."
        actions={
          <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={() => open('new')}>
            New template
          </Button>
        }
      />
      <FormError message={loadError} />
      {templates ? (
        <div className="message-templates">
          <TemplateList templates={templates} reasons={reasons} selected={selected} onSelect={open} />
          {selected === 'new' || template ? (
            <TemplateEditor
              key={template ? `${template.id}-${template.updatedAt}` : 'new'}
              template={template}
              reasons={reasons}
              onDirty={setDirty}
              onSaved={(saved) => {
                setDirty(false);
                load(saved.id);
              }}
            />
          ) : null}
        </div>
      ) : loadError ? null : (
        <p role="status">Loading templates…</p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title="Discard your changes?"
        description={`Your changes to “${template?.name ?? 'the new template'}” are not saved yet.`}
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        danger
        onConfirm={() => {
          setDirty(false);
          setSelected(pending);
          setPending(null);
        }}
        onOpenChange={(isOpen) => !isOpen && setPending(null)}
      />
    </>
  );
}
