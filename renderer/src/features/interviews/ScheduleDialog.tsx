// Renderer: the schedule / reschedule dialog (Radix): date, time and zone, length, kind, place or link and
// interviewers, checked with the contract's schema; the one instance lives in the app shell.
import * as Dialog from '@radix-ui/react-dialog';
import { useMemo } from 'react';
import { INTERVIEW_KINDS, INTERVIEW_LIMITS } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { InterviewersField } from './InterviewersField';
import { formatDuration, KIND_LABELS, LOCATION_HINTS, LOCATION_LABELS } from './interview-labels';
import { DURATION_PRESETS } from './schedule-form';
import { closeSchedule, useScheduleStore, type ScheduleTarget } from '../../stores/schedule-store';
import { useScheduleForm } from './use-schedule-form';
import { offsetLabel, timeZoneNames, zonedToUtcIso } from './zoned-time';
import './schedule-dialog.css';

const DURATION_OPTIONS = [...DURATION_PRESETS.map((m) => ({ value: String(m), label: formatDuration(m) })), { value: 'custom', label: 'Other length…' }];

type Form = ReturnType<typeof useScheduleForm>;

/** Date, start time, length and time zone. */
function WhenFields({ values, set, errors }: Pick<Form, 'values' | 'set' | 'errors'>) {
  const zones = useMemo(() => timeZoneNames(values.timeZone).map((z) => ({ value: z, label: z.replaceAll('_', ' ') })), [values.timeZone]);
  // The chosen zone's offset on the interview's day (summer and winter differ); one zone, so it stays cheap.
  const startsAt = zonedToUtcIso(values.date, values.time || '12:00', values.timeZone);
  const zoneHint = `${startsAt ? `${offsetLabel(values.timeZone, Date.parse(startsAt))} on that day. ` : ''}The calendar file carries the zone, so every calendar shows the right local time.`;
  const custom = values.duration === 'custom';
  return (
    <div className="schedule-grid">
      <TextField label="Date" type="date" required value={values.date} error={errors.date ?? errors.startsAt} onChange={(e) => set('date', e.target.value)} />
      <TextField label="Start time" type="time" required value={values.time} error={errors.time} onChange={(e) => set('time', e.target.value)} />
      <SelectField label="Length" options={DURATION_OPTIONS} value={values.duration} error={custom ? undefined : errors.durationMinutes} onChange={(e) => set('duration', e.target.value)} />
      {custom ? (
        <TextField
          label="Minutes"
          type="number"
          inputMode="numeric"
          min={INTERVIEW_LIMITS.minMinutes}
          max={INTERVIEW_LIMITS.maxMinutes}
          value={values.customMinutes}
          error={errors.durationMinutes}
          onChange={(e) => set('customMinutes', e.target.value)}
        />
      ) : null}
      <SelectField className="span-2" label="Time zone" hint={zoneHint} options={zones} value={values.timeZone} error={errors.timeZone} onChange={(e) => set('timeZone', e.target.value)} />
    </div>
  );
}

/** Kind (phone, video, on site) and the place or link, whose label follows the kind. */
function WhereFields({ values, set, errors }: Pick<Form, 'values' | 'set' | 'errors'>) {
  return (
    <>
      <fieldset className="field radio-group">
        <legend className="field-label">Kind</legend>
        <div className="radio-row">
          {INTERVIEW_KINDS.map((kind) => (
            <label key={kind} className="radio">
              <input type="radio" name="interview-kind" value={kind} checked={values.kind === kind} onChange={() => set('kind', kind)} />
              {KIND_LABELS[kind]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField label={LOCATION_LABELS[values.kind]} hint={LOCATION_HINTS[values.kind]} value={values.location} maxLength={INTERVIEW_LIMITS.location} error={errors.location} onChange={(e) => set('location', e.target.value)} />
    </>
  );
}

const FIELD_KEYS = new Set(['date', 'time', 'startsAt', 'durationMinutes', 'timeZone', 'kind', 'location']);

function ScheduleForm({ target }: { target: ScheduleTarget }) {
  const { values, set, errors, busy, formRef, onSubmit } = useScheduleForm(target);
  // Anything not beside a field (a conflict, an unexpected error) shows above the buttons.
  const otherError = errors.form ?? Object.entries(errors).find(([k]) => !FIELD_KEYS.has(k) && !k.startsWith('interviewers'))?.[1];
  return (
    <form ref={formRef} className="schedule-form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <WhenFields values={values} set={set} errors={errors} />
      <WhereFields values={values} set={set} errors={errors} />
      <InterviewersField names={values.interviewers} errors={errors} onChange={(names) => set('interviewers', names)} />
      {otherError ? (
        <p className="form-alert" role="alert">
          {otherError}
        </p>
      ) : null}
      <div className="dialog-actions">
        <Button onClick={() => closeSchedule(false)}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {target.mode === 'new' ? 'Schedule interview' : 'Save new time'}
        </Button>
      </div>
    </form>
  );
}

export function ScheduleDialog() {
  const target = useScheduleStore((s) => s.target);
  const who = target ? (target.mode === 'new' ? target : target.interview) : null;
  return (
    <Dialog.Root open={target !== null} onOpenChange={(open) => (open ? undefined : closeSchedule(false))}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide schedule-dialog">
          <Dialog.Title className="dialog-title">{target?.mode === 'reschedule' ? 'Reschedule interview' : 'Schedule interview'}</Dialog.Title>
          <Dialog.Description className="dialog-description">
            {who ? (who.roleTitle ? `${who.candidateName} for ${who.roleTitle}` : who.candidateName) : ''}
          </Dialog.Description>
          {target ? <ScheduleForm key={target.mode === 'new' ? target.applicationId : target.interview.id} target={target} /> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
