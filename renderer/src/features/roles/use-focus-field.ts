// Renderer: moves focus to one field of the role form once it has loaded (the coach's "Go to minimum
// salary" and the search-engine panel's links arrive as #/roles/:id/edit?field=salaryMin), found by its
// visible label.
import { useEffect, type RefObject } from 'react';
import { ROLE_FIELD_LABELS } from './role-field-labels';

/** The label of each field name the coach and the search-engine check can point to. */
const LABELS: Partial<Record<string, string>> = ROLE_FIELD_LABELS;

export function useFocusField(formRef: RefObject<HTMLFormElement | null>, field: string | undefined, ready: boolean): void {
  useEffect(() => {
    if (!ready || !field) return;
    const label = LABELS[field];
    const form = formRef.current;
    if (!label || !form) return;
    const match = [...form.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
    const control = match?.htmlFor ? document.getElementById(match.htmlFor) : null;
    if (!control) return;
    // After the title's autoFocus has run.
    const frame = window.requestAnimationFrame(() => {
      control.focus();
      control.scrollIntoView({ block: 'center' });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [formRef, field, ready]);
}
