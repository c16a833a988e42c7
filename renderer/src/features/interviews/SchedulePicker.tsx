// Renderer: "Schedule an interview": find a candidate who is in process, choose which of their roles when
// there are several, then the schedule dialog opens for that application. Reached with Ctrl+N (File → New)
// on the Interviews screens and the Interviews header's button.
import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import type { CandidateApplicationSummary, CandidateRow } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { candidateActions } from '../../stores/candidates-actions';
import { errorMessage } from '../../api/client';
import { openSchedule, pickForSchedule, useScheduleStore } from '../../stores/schedule-store';

type Found = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; rows: CandidateRow[]; total: number };
type Chosen = { candidate: CandidateRow; applications: CandidateApplicationSummary[] } | null;

const SHOWN = 20;

function PickerBody() {
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search.trim(), 200);
  const [found, setFound] = useState<Found>({ status: 'loading' });
  const [chosen, setChosen] = useState<Chosen>(null);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let live = true;
    candidateActions
      .list({ search: query, status: 'active', sort: 'name', direction: 'asc', limit: SHOWN })
      .then((page) => live && setFound({ status: 'ready', rows: page.rows, total: page.total }))
      .catch((e: unknown) => live && setFound({ status: 'error', message: errorMessage(e) }));
    return () => {
      live = false;
    };
  }, [query]);

  const choose = async (candidate: CandidateRow): Promise<void> => {
    setProblem('');
    try {
      const profile = await candidateActions.get(candidate.id);
      const active = profile.applications.filter((a) => a.status === 'active');
      if (active.length === 1 && active[0]) {
        openSchedule({ mode: 'new', applicationId: active[0].id, candidateName: profile.fullName, roleTitle: active[0].roleTitle });
      } else if (active.length === 0) {
        setProblem(`${profile.fullName} is no longer in process for any role.`);
      } else {
        setChosen({ candidate, applications: active });
      }
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  if (chosen) {
    return (
      <>
        <p className="dialog-description">For which role is the interview with {chosen.candidate.fullName}?</p>
        <ul className="schedule-pick-list">
          {chosen.applications.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="schedule-pick"
                onClick={() => openSchedule({ mode: 'new', applicationId: a.id, candidateName: chosen.candidate.fullName, roleTitle: a.roleTitle })}
              >
                <span className="schedule-pick-name">{a.roleTitle}</span>
                <span className="muted">{a.stageName}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <Button onClick={() => setChosen(null)}>Back</Button>
        </div>
      </>
    );
  }

  return (
    <>
      <TextField label="Candidate" type="search" autoFocus value={search} placeholder="Name, e-mail or phone" onChange={(e) => setSearch(e.target.value)} />
      <FormError message={problem} />
      {found.status === 'loading' ? (
        <p className="muted" role="status">
          Looking…
        </p>
      ) : found.status === 'error' ? (
        <FormError message={`Could not look up candidates: ${found.message}`} />
      ) : found.rows.length === 0 ? (
        <p className="muted" role="status">
          {query ? `No one in process matches “${query}”.` : 'No one is in process for a role yet. Add candidates to a role’s board first.'}
        </p>
      ) : (
        <>
          <ul className="schedule-pick-list" aria-label="Candidates in process">
            {found.rows.map((row) => (
              <li key={row.id}>
                <button type="button" className="schedule-pick" onClick={() => void choose(row)}>
                  <span className="schedule-pick-name">{row.fullName}</span>
                  <span className="muted">
                    {row.applications
                      .filter((a) => a.status === 'active')
                      .map((a) => `${a.roleTitle} (${a.stageName})`)
                      .join(', ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {found.total > found.rows.length ? (
            <p className="muted">
              Showing {found.rows.length} of {found.total}. Type to narrow the list.
            </p>
          ) : null}
        </>
      )}
      <div className="dialog-actions">
        <Button onClick={() => pickForSchedule(false)}>Cancel</Button>
      </div>
    </>
  );
}

export function SchedulePicker() {
  const picking = useScheduleStore((s) => s.picking);
  return (
    <Dialog.Root open={picking} onOpenChange={pickForSchedule}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog schedule-picker" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">Schedule an interview</Dialog.Title>
          {picking ? <PickerBody /> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
