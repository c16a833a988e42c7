// Renderer: "Split section N" in the import review: the owner picks the line of a section that is really a heading
// the reader missed, and the new section's kind; that line heads a new section right after, with the lines below it.
// The toast offers Undo. Radix Dialog: focus stays inside, Escape or Cancel closes.
import * as Dialog from '@radix-ui/react-dialog';
import { useState, type FormEvent } from 'react';
import { SECTION_KINDS, type SectionKind } from '../../../../electron/contract';
import { DialogFormActions } from '../../components/DialogFormActions';
import { SelectField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { confirmWithUndo } from '../../lib/undo-toast';
import { nextReviewKey, useJdImportStore, type ReviewSection } from '../../stores/jd-import-store';
import { SECTION_KIND_LABELS } from '../descriptions/section-labels';
import { sectionLines, splitAt } from './review-edits';
import { undoOf } from './review-undo';

function SplitForm({ section, number, close }: { section: ReviewSection; number: number; close(): void }) {
  const lines = sectionLines(section);
  const [choice, setChoice] = useState(-1);
  const [kind, setKind] = useState<SectionKind>('other');
  const [error, setError] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const line = lines[choice];
    if (!line) return setError('Choose the line that starts the new section.');
    const before = useJdImportStore.getState().sections;
    const after = splitAt(before, section.key, line, kind, nextReviewKey());
    const at = before.findIndex((s) => s.key === section.key);
    if (!after || at < 0) return setError('That section changed meanwhile; close this and try again.');
    useJdImportStore.getState().setSections(after);
    close();
    confirmWithUndo({
      message: `“${line.text.length > 60 ? `${line.text.slice(0, 60)}…` : line.text}” now heads section ${number + 1}`,
      undo: undoOf(after.slice(at, at + 2), before.slice(at, at + 1)),
      undone: `Section ${number} is whole again`,
    });
  };

  return (
    <form onSubmit={submit} className="split-form" noValidate>
      <Dialog.Title className="dialog-title">Split section {number}</Dialog.Title>
      <Dialog.Description className="dialog-description">
        Choose the line that is really a heading. It starts a new section right after this one, and the lines below it move there.
      </Dialog.Description>
      {lines.length === 0 ? (
        <p className="muted">This section has no lines to split at.</p>
      ) : (
        <fieldset className="split-lines">
          <legend className="field-label">Line that starts the new section</legend>
          {lines.map((line, i) => (
            <label key={`${line.list}-${line.index}`} className="split-line">
              <input type="radio" name="split-line" checked={choice === i} onChange={() => (setChoice(i), setError(''))} />
              <span className="split-line-kind">{line.list === 'bullets' ? 'Bullet' : 'Paragraph'}</span>
              <span className="split-line-text">{line.text}</span>
            </label>
          ))}
        </fieldset>
      )}
      <FormError message={error} />
      <SelectField
        label="Kind of the new section"
        value={kind}
        options={SECTION_KINDS.map((k) => ({ value: k, label: SECTION_KIND_LABELS[k] }))}
        onChange={(e) => setKind(e.target.value as SectionKind)}
      />
      <DialogFormActions submitLabel="Split section" disabled={lines.length === 0} />
    </form>
  );
}

export function SplitSectionDialog({ section, number, open, onOpenChange }: { section: ReviewSection; number: number; open: boolean; onOpenChange(open: boolean): void }) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">{open ? <SplitForm section={section} number={number} close={() => onOpenChange(false)} /> : null}</Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
