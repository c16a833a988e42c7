// Renderer: one item of the interview kit as a sortable row: drag handle, the criterion (with its optional
// question) or the plain question, where it came from, Move up / Move down and Remove.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowUp, CornerDownRight, GripVertical, Trash2 } from 'lucide-react';
import { INTERVIEW_LIMITS } from '../../../../electron/contract';
import { IconButton } from '../../components/Button';
import { kitActions, type DraftItem } from '../../stores/kit-store';
import { Tooltip } from '../../components/Tooltip';

interface Props {
  item: DraftItem;
  index: number;
  count: number;
  errors: Record<string, string>;
  onRemove(item: DraftItem): void;
}

export function itemName(item: DraftItem, index: number): string {
  return `${item.kind === 'criterion' ? 'Criterion' : 'Question'} ${index + 1}`;
}

interface TextBoxProps {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  max: number;
  placeholder: string;
  variant: 'main' | 'sub';
  onChange(v: string): void;
}

function TextBox({ id, label, value, error, max, placeholder, variant, onChange }: TextBoxProps) {
  return (
    <div className={`kit-field kit-field-${variant}${error ? ' field-invalid' : ''}`}>
      {variant === 'sub' ? <CornerDownRight size={15} aria-hidden="true" className="kit-field-icon" /> : null}
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="input kit-input"
        rows={1}
        value={value}
        maxLength={max}
        placeholder={placeholder}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function ItemActions({ item, index, count, name, onRemove }: Omit<Props, 'errors'> & { name: string }) {
  return (
    <div className="kit-item-actions">
      <IconButton label={`Move ${name} up`} disabled={index === 0} onClick={() => kitActions.move(item.key, index - 1)}>
        <ArrowUp size={15} aria-hidden="true" />
      </IconButton>
      <IconButton label={`Move ${name} down`} disabled={index === count - 1} onClick={() => kitActions.move(item.key, index + 1)}>
        <ArrowDown size={15} aria-hidden="true" />
      </IconButton>
      <IconButton label={`Remove ${name}`} className="icon-btn-danger" onClick={() => onRemove(item)}>
        <Trash2 size={15} aria-hidden="true" />
      </IconButton>
    </div>
  );
}

export function KitItemCard({ item, index, count, errors, onRemove }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.key });
  const name = itemName(item, index);
  const criterion = item.kind === 'criterion';
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Translate.toString(transform), transition }} className={`kit-item${isDragging ? ' kit-item-dragging' : ''}`} aria-label={`${name}: ${item.label || 'empty'}`}>
      <Tooltip label="Drag to reorder">
        <button type="button" ref={setActivatorNodeRef} className="drag-handle" aria-label={`Drag to reorder ${name}`} {...attributes} {...listeners}>
          <GripVertical size={16} aria-hidden="true" />
        </button>
      </Tooltip>
      <div className="kit-item-body">
        <div className="kit-item-meta">
          <span className={`kit-kind kit-kind-${item.kind}`}>{criterion ? 'Criterion' : 'Question'}</span>
          {item.source === 'requirement' ? <span className="muted">from the requirements</span> : null}
        </div>
        <TextBox
          id={`kit-${item.key}-label`}
          label={name}
          value={item.label}
          error={errors[`${item.key}.label`]}
          max={INTERVIEW_LIMITS.kitLabel}
          variant="main"
          placeholder={criterion ? 'What to assess, e.g. “Calm under a morning rush”' : 'The question to ask'}
          onChange={(label) => kitActions.update(item.key, { label })}
        />
        {criterion ? (
          <TextBox
            id={`kit-${item.key}-question`}
            label={`Question for ${name.toLowerCase()} (optional)`}
            value={item.question}
            error={errors[`${item.key}.question`]}
            max={INTERVIEW_LIMITS.kitQuestion}
            variant="sub"
            placeholder="A question that probes it (optional)"
            onChange={(question) => kitActions.update(item.key, { question })}
          />
        ) : null}
      </div>
      <ItemActions item={item} index={index} count={count} name={name} onRemove={onRemove} />
    </li>
  );
}
