// Renderer: one detected section in the import review: its kind (to correct), heading, paragraphs and bullets.
import { Trash2 } from 'lucide-react';
import { SECTION_KINDS, type SectionKind } from '../../../../electron/contract';
import { IconButton } from '../../components/Button';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { useJdImportStore, type ReviewSection } from '../../stores/jd-import-store';
import { SECTION_KIND_LABELS } from '../descriptions/section-labels';

function rowsFor(text: string, min: number): number {
  return Math.min(14, Math.max(min, text.split('\n').length + 1));
}

export function ReviewSectionCard({ section: s, index }: { section: ReviewSection; index: number }) {
  const setSection = useJdImportStore((st) => st.setSection);
  const remove = useJdImportStore((st) => st.removeSection);
  const n = index + 1;
  const bulletCount = s.bullets.split('\n').filter((l) => l.trim()).length;

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
        <IconButton label={`Leave out section ${n}`} className="icon-btn-danger review-remove" onClick={() => remove(s.key)}>
          <Trash2 size={15} aria-hidden="true" />
        </IconButton>
      </div>
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
