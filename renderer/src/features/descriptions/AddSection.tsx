// Renderer: "Add section": pick a kind (its usual heading comes with it) and append it, focusing its text.
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { SECTION_KINDS, type SectionKind } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { sectionActions, useDescriptionStore } from '../../stores/description-store';
import { editorFor } from './editor-registry';
import { SECTION_KIND_LABELS } from './section-labels';

/** The first kind not used yet, in the usual order of a posting. */
function nextKind(used: SectionKind[]): SectionKind {
  return SECTION_KINDS.find((k) => k !== 'other' && !used.includes(k)) ?? 'other';
}

export function AddSection() {
  const used = useDescriptionStore((s) => s.sections.map((x) => x.kind).join(','));
  const [choice, setChoice] = useState<SectionKind | ''>('');
  const kind = choice || nextKind(used.split(',') as SectionKind[]);

  const add = () => {
    const section = sectionActions.add(kind);
    setChoice('');
    // The editor mounts on the next render; focus it then.
    window.requestAnimationFrame(() => editorFor(section.key)?.commands.focus());
  };

  return (
    <div className="add-section">
      <label htmlFor="add-section-kind" className="add-section-label">
        Add a section
      </label>
      <select id="add-section-kind" className="input select select-compact" value={kind} onChange={(e) => setChoice(e.target.value as SectionKind)}>
        {SECTION_KINDS.map((k) => (
          <option key={k} value={k}>
            {SECTION_KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <Button icon={<Plus size={16} aria-hidden="true" />} onClick={add}>
        Add section
      </Button>
    </div>
  );
}
