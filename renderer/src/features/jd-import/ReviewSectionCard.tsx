// Renderer: one detected section in the import review: its kind (to correct), heading, paragraphs and bullets;
// its menu merges it into the section above (a heading that is none) or splits it at a line (a heading missed).
// Leaving a section out, merging and splitting each offer Undo.
import { Combine, MoreHorizontal, Split, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { SECTION_KINDS, type SectionKind } from '../../../../electron/contract';
import { IconButton } from '../../components/Button';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { MenuButton, type MenuItem } from '../../components/MenuButton';
import { confirmWithUndo } from '../../lib/undo-toast';
import { useJdImportStore } from '../../stores/jd-import-store';
import { SECTION_KIND_LABELS } from '../descriptions/section-labels';
import { mergeIntoAbove, putBack, textLines, type ReviewSection } from './review-edits';
import { undoOf } from './review-undo';
import { SplitSectionDialog } from './SplitSectionDialog';

function rowsFor(text: string, min: number): number {
  return Math.min(14, Math.max(min, text.split('\n').length + 1));
}

export function ReviewSectionCard({ section: s, index }: { section: ReviewSection; index: number }) {
  const setSection = useJdImportStore((st) => st.setSection);
  const [splitting, setSplitting] = useState(false);
  const n = index + 1;
  const bulletCount = textLines(s.bullets).length;
  const name = s.heading.trim() || 'Untitled';
  const remove = () => {
    useJdImportStore.getState().removeSection(s.key);
    const undo = () => Promise.resolve(useJdImportStore.getState().setSections(putBack(useJdImportStore.getState().sections, s, index)));
    confirmWithUndo({ message: `Left out section ${n}, “${name}”`, undo, undone: `Section ${n} is back` });
  };
  const merge = () => {
    const before = useJdImportStore.getState().sections;
    const merged = mergeIntoAbove(before, s.key);
    const into = merged?.[index - 1];
    if (!merged || !into) return;
    useJdImportStore.getState().setSections(merged);
    confirmWithUndo({ message: `Merged “${name}” into section ${n - 1}`, undo: undoOf([into], before.slice(index - 1, index + 1)), undone: `Section ${n} is back` });
  };
  const menu: MenuItem[] = [
    ...(index > 0 ? [{ label: 'Merge into the section above', icon: <Combine size={15} aria-hidden="true" />, onSelect: merge }] : []),
    { label: 'Split at a line…', icon: <Split size={15} aria-hidden="true" />, onSelect: () => setSplitting(true) },
  ];

  return (
    <li className="card review-section" aria-label={`Section ${n}: ${s.heading || 'Untitled'}`}>
      <div className="review-section-head">
        <span className="review-section-number" aria-hidden="true">
          {n}
        </span>
        <SelectField
          label={`Kind of section ${n}`}
          className="review-kind"
          value={s.kind}
          options={SECTION_KINDS.map((k) => ({ value: k, label: SECTION_KIND_LABELS[k] }))}
          onChange={(e) => setSection(s.key, { kind: e.target.value as SectionKind })}
        />
        <TextField label={`Heading of section ${n}`} className="review-heading" value={s.heading} onChange={(e) => setSection(s.key, { heading: e.target.value })} />
        <div className="review-section-menu">
          <MenuButton label={`More for section ${n}`} icon={<MoreHorizontal size={16} aria-hidden="true" />} iconOnly items={menu} />
        </div>
        <IconButton label={`Leave out section ${n}`} className="icon-btn-danger review-remove" onClick={remove}>
          <Trash2 size={15} aria-hidden="true" />
        </IconButton>
      </div>
      <SplitSectionDialog section={s} number={n} open={splitting} onOpenChange={setSplitting} />
      <div className="review-section-body">
        <TextAreaField
          label="Paragraphs"
          hint="A blank line starts a new paragraph."
          rows={rowsFor(s.paragraphs, 2)}
          value={s.paragraphs}
          onChange={(e) => setSection(s.key, { paragraphs: e.target.value })}
        />
        <TextAreaField
          label="Bullets"
          hint={`One bullet per line (${bulletCount === 1 ? '1 bullet' : `${bulletCount} bullets`}).`}
          rows={rowsFor(s.bullets, 2)}
          value={s.bullets}
          onChange={(e) => setSection(s.key, { bullets: e.target.value })}
        />
      </div>
    </li>
  );
}
