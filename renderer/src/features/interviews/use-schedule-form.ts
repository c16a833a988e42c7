// Renderer: the schedule dialog's behaviour: its values, checking with the contract, sending to the core,
// field messages from either, focus on the first bad field, and the toast with the .ics download.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import type { Interview } from '../../../../electron/contract';
import { ApiError, errorMessage } from '../../api/client';
import { focusFirstInvalid } from '../../lib/field-errors';
import { downloadIcs, interviewActions } from '../../stores/interviews-actions';
import { formatDate, formatTime } from '../../lib/dates';
import { newScheduleValues, rememberInterviewers } from './schedule-defaults';
import { checkSchedule, issueErrors, valuesFromInterview, type ScheduleErrors, type ScheduleValues } from './schedule-form';
import { closeSchedule, type ScheduleTarget } from '../../stores/schedule-store';

type Checked = ReturnType<typeof checkSchedule> & { ok: true };

async function submit(target: ScheduleTarget, checked: Checked): Promise<Interview> {
  if (target.mode === 'new') return interviewActions.schedule({ applicationId: target.applicationId, ...checked.input });
  // Rescheduling a cancelled interview books it again.
  const reinstate = target.interview.status === 'cancelled' ? { status: 'scheduled' as const } : {};
  return interviewActions.update({ id: target.interview.id, ...checked.input, ...reinstate });
}

function announce(saved: Interview, rescheduled: boolean): void {
  const when = `${formatDate(saved.startsAt)}, ${formatTime(saved.startsAt)}`;
  toast.success(rescheduled ? `Interview moved to ${when}` : `Interview with ${saved.candidateName} scheduled`, {
    description: rescheduled ? saved.candidateName : when,
    action: { label: 'Download calendar file', onClick: () => void downloadIcs(saved.id) },
  });
}

export function useScheduleForm(target: ScheduleTarget) {
  const [values, setValues] = useState<ScheduleValues>(() => (target.mode === 'new' ? newScheduleValues() : valuesFromInterview(target.interview)));
  const [errors, setErrors] = useState<ScheduleErrors>({});
  const [refusals, setRefusals] = useState(0);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof ScheduleValues>(key: K, value: ScheduleValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  useEffect(() => {
    if (refusals > 0) focusFirstInvalid(formRef.current);
  }, [refusals]);

  const refuse = (next: ScheduleErrors) => {
    setErrors(next);
    setRefusals((n) => n + 1);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkSchedule(values, target.mode === 'new' ? target.applicationId : target.interview.applicationId);
    if (!checked.ok) return refuse(checked.errors);
    setBusy(true);
    try {
      const saved = await submit(target, checked);
      rememberInterviewers(checked.input.interviewers);
      announce(saved, target.mode === 'reschedule');
      closeSchedule(true);
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.code === 'invalid_input' && error.issues.length > 0) refuse(issueErrors(error.issues));
      else setErrors({ form: errorMessage(error) });
    }
  };

  return { values, set, errors, busy, formRef, onSubmit };
}
