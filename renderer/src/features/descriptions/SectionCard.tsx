// Renderer: one section of the description as a sortable card: drag handle, kind, heading, move and
// remove buttons, and the rich-text editor.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowUp, GripVertical, Trash2 } from 'lucide-react';
import { DEFAULT_SECTION_HEADINGS, SECTION_KINDS, type SectionKind } from '../../../../electron/contract';
import { IconButton } from '../../components/Button';
import { sectionActions, type DraftSection } from '../../stores/description-store';
import { SECTION_KIND_LABELS, sectionName } from './section-labels';
import { SectionEditor } from './SectionEditor';
import { Tooltip } from '../../components/Tooltip';

interface Props {
  section: DraftSection;
  index: number;
  count: number;
  generation: number;
  onRemove(section: DraftSection): void;
}

export function SectionCard({ section, index, count, generation, onRemove }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: section.key });
  const name = sectionName(section);
  const n = index + 1;
  const style = { transform: CSS.Translate.toString(transform), transition };

  return (
    <li ref={setNodeRef} style={style} className={`section-card${isDragging ? ' section-card-dragging' : ''}`} aria-label={`Section ${n}: ${name}`}>
      <div className="section-card-head">
        <Tooltip label="Drag to reorder">
          <button type="button" ref={setActivatorNodeRef} className="drag-handle" aria-label={`Drag to reorder ${name}`} {...attributes} {...listeners}>
            <GripVertical size={16} aria-hidden="true" />
          </button>
        </Tooltip>
        <label className="sr-only" htmlFor={`kind-${section.key}`}>
          Kind of section {n}
        </label>
        <select
          id={`kind-${section.key}`}
          className="input select select-compact section-kind"
          value={section.kind}
          onChange={(e) => sectionActions.setKind(section.key, e.target.value as SectionKind)}
        >
          {SECTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {SECTION_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor={`heading-${section.key}`}>
          Heading of section {n}
        </label>
        <input
          id={`heading-${section.key}`}
          className="input section-heading"
          value={section.heading}
          maxLength={200}
          placeholder={DEFAULT_SECTION_HEADINGS[section.kind]}
          onChange={(e) => sectionActions.setHeading(section.key, e.target.value)}
        />
        <div className="section-card-actions">
          <IconButton label={`Move ${name} up`} disabled={index === 0} onClick={() => sectionActions.move(section.key, index - 1)}>
            <ArrowUp size={15} aria-hidden="true" />
          </IconButton>
          <IconButton label={`Move ${name} down`} disabled={index === count - 1} onClick={() => sectionActions.move(section.key, index + 1)}>
            <ArrowDown size={15} aria-hidden="true" />
          </IconButton>
          <IconButton label={`Remove ${name}`} className="icon-btn-danger" onClick={() => onRemove(section)}>
            <Trash2 size={15} aria-hidden="true" />
          </IconButton>
        </div>
      </div>
      <SectionEditor key={`${generation}:${section.key}`} sectionKey={section.key} initialHtml={section.html} label={`Text: ${name}`} />
    </li>
  );
}
