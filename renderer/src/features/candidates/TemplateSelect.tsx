// Renderer: the message template picker, grouped by kind (acknowledgement, invitation, rejections, offer, your
// own): used by Write to them… on a profile or a card, and by the board's drafts for a selection. Also how a
// saved .eml draft opens in the common mail programs (the README's "Which mail programs open the draft").
import { useEffect, useMemo, useState } from 'react';
import { MESSAGE_KIND_LABELS, MESSAGE_KINDS, type MessageTemplate } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { messageActions } from '../../stores/messages-actions';

interface Props {
  id: string;
  templates: readonly MessageTemplate[];
  value: string;
  onChange(templateId: string): void;
}

export function TemplateSelect({ id, templates, value, onChange }: Props) {
  const groups = useMemo(() => MESSAGE_KINDS.map((kind) => ({ kind, items: templates.filter((t) => t.kind === kind) })).filter((g) => g.items.length > 0), [templates]);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Template
      </label>
      <select id={id} className="input select" value={value} onChange={(e) => onChange(e.target.value)}>
        {groups.map((g) => (
          <optgroup key={g.kind} label={MESSAGE_KIND_LABELS[g.kind]}>
            {g.items.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

/** The template a draft starts on: a rejection for a rejected application, the offer for a hired one, else the acknowledgement. */
export function firstTemplateFor(templates: readonly MessageTemplate[], status: string): string {
  const kind = status === 'rejected' ? 'rejection' : status === 'hired' ? 'offer' : 'acknowledgement';
  return (templates.find((t) => t.kind === kind) ?? templates[0])?.id ?? '';
}

/** How a saved .eml draft becomes a message to send in the common mail programs. */
export const OPEN_DRAFT_HINT =
  'Outlook opens a draft ready to send. Apple Mail and Thunderbird open it as a received message: choose Message → Send Again in Apple Mail, or Message → Edit As New Message in Thunderbird.';

/** The templates, loaded once, and the one chosen (first the one for an application of `status`); a failure goes to `setError`. */
export function useTemplates(status: string, setError: (message: string) => void) {
  const [templates, setTemplates] = useState<MessageTemplate[] | null>(null);
  const [templateId, setTemplateId] = useState('');
  useEffect(() => {
    messageActions
      .templates()
      .then((list) => {
        setTemplates(list);
        setTemplateId(firstTemplateFor(list, status));
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [status, setError]);
  return { templates, templateId, setTemplateId };
}
