// Renderer: the schedule dialog's list of interviewers: one name box each, remove, and "Add interviewer".
import { Plus, X } from 'lucide-react';
import { useRef } from 'react';
import { INTERVIEW_LIMITS } from '../../../../electron/contract';
import { Button, IconButton } from '../../components/Button';
import type { ScheduleErrors } from './schedule-form';

interface Props {
  names: string[];
  errors: ScheduleErrors;
  onChange(names: string[]): void;
}

export function InterviewersField({ names, errors, onChange }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const listError = errors.interviewers;
  const set = (index: number, name: string) => onChange(names.map((n, i) => (i === index ? name : n)));
  const add = () => {
    onChange([...names, '']);
    // Focus the new box once React has drawn it.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  };
  const remove = (index: number) => onChange(names.filter((_, i) => i !== index));

  return (
    <fieldset className={`field interviewers-field${listError ? ' field-invalid' : ''}`} aria-describedby={listError ? 'interviewers-error' : undefined}>
      <legend className="field-label">Interviewers</legend>
      <ul ref={listRef} className="interviewer-inputs">
        {names.map((name, index) => {
          const error = errors[`interviewers.${index}`];
          const n = index + 1;
          return (
            <li key={index}>
              <input
                className="input"
                aria-label={`Interviewer ${n}`}
                value={name}
                maxLength={INTERVIEW_LIMITS.interviewerName}
                placeholder="Name"
                aria-invalid={Boolean(error)}
                aria-describedby={error ? `interviewer-${index}-error` : undefined}
                onChange={(e) => set(index, e.target.value)}
              />
              <IconButton label={`Remove interviewer ${n}${name ? ` (${name})` : ''}`} onClick={() => remove(index)} disabled={names.length === 1}>
                <X size={15} aria-hidden="true" />
              </IconButton>
              {error ? (
                <p className="field-error" id={`interviewer-${index}-error`}>
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {listError ? (
        <p className="field-error" id="interviewers-error">
          {listError}
        </p>
      ) : null}
      <Button size="sm" variant="ghost" icon={<Plus size={14} aria-hidden="true" />} onClick={add} disabled={names.length >= INTERVIEW_LIMITS.interviewers}>
        Add interviewer
      </Button>
    </fieldset>
  );
}
