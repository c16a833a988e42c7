// Renderer: Due for deletion (#/privacy/due): everyone the retention rule lists today, each with their roles,
// last activity, why they are due and what erasing them takes; choose some or all, then "Erase selected…"
// asks first (how many, that it is final, that earlier backups still hold them) and erases each through the
// core's one erase. Reached from Settings → Privacy and from the Today reminder.
import { Loader2, RotateCw, ShieldCheck, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { toast } from 'sonner';
import { goesWords, type RetentionDue } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { formatDay } from '../../lib/dates';
import { notifyError } from '../../lib/notify';
import { retentionActions, watchRetention } from '../../stores/retention-actions';
import { routeHash } from '../../stores/routes';
import { useRouteStore } from '../../stores/route-store';
import { actionVerb, anonymiseConfirmWords, eraseConfirmWords, peopleWords } from './privacy-words';
import './privacy.css';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; due: RetentionDue };

const STATUS_WORDS = { rejected: 'rejected', withdrawn: 'withdrew' } as const;

export function DueForDeletionPage() {
  const navigate = useRouteStore((s) => s.navigate);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [erasing, setErasing] = useState(false);

  const load = useCallback(() => {
    retentionActions
      .due()
      .then((due) => {
        setState({ status: 'ready', due });
        // Keep only choices that are still on the list.
        setSelected((prev) => new Set(due.people.map((p) => p.id).filter((id) => prev.has(id))));
      })
      .catch((error: unknown) => setState({ status: 'error', message: errorMessage(error) }));
  }, []);

  useEffect(() => {
    load();
    return watchRetention(load);
  }, [load]);

  const people = useMemo(() => (state.status === 'ready' ? state.due.people : []), [state]);
  const allChosen = people.length > 0 && people.every((p) => selected.has(p.id));
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const erase = () => {
    setConfirming(false);
    const ids = people.map((p) => p.id).filter((id) => selected.has(id));
    setErasing(true);
    retentionActions
      .erase(ids)
      .then((result) => {
        const left = result.results.filter((r) => r.outcome !== 'erased' && r.outcome !== 'anonymised');
        if (result.erased > 0) toast.success(`Erased ${peopleWords(result.erased)}`, { description: 'Backups made earlier still hold them until they rotate out.' });
        if (result.anonymised > 0) toast.success(`Anonymised ${peopleWords(result.anonymised)}`, { description: 'Their figures stay for reports. Backups made earlier still hold their details until they rotate out.' });
        if (left.length > 0) toast.warning(`${peopleWords(left.length)} left as they were`, { description: left[0]?.message });
        setSelected(new Set());
        load();
      })
      .catch((e: unknown) => {
        notifyError(e, `Could not ${verb.toLowerCase()} everyone chosen`);
        load();
      })
      .finally(() => setErasing(false));
  };

  const back = (
    <BackLink href={routeHash({ name: 'settings' })} onNavigate={() => navigate({ name: 'settings' })}>
      Settings
    </BackLink>
  );
  const count = selected.size;
  const action = state.status === 'ready' ? state.due.settings.action : 'erase';
  const verb = actionVerb(action);

  return (
    <div className="due-page">
      <PageHeader
        title="Due for deletion"
        before={back}
        subtitle={state.status === 'ready' ? state.due.rule : 'Candidates whose data you no longer need to keep.'}
        actions={
          people.length > 0 ? (
            <Button variant="danger" icon={<Trash2 size={16} aria-hidden="true" />} disabled={count === 0 || erasing} onClick={() => setConfirming(true)}>
              {count === 0 ? `${verb} selected…` : `${verb} ${peopleWords(count)}…`}
            </Button>
          ) : null
        }
      />
      {state.status === 'loading' ? (
        <p className="today-loading" role="status">
          <Loader2 size={16} className="spin" aria-hidden="true" /> Looking for people due for deletion…
        </p>
      ) : state.status === 'error' ? (
        <EmptyState icon={<RotateCw size={28} />} title="The list could not be shown" actions={<Button onClick={load}>Try again</Button>}>
          <p>{state.message}</p>
        </EmptyState>
      ) : people.length === 0 ? (
        <EmptyState icon={<ShieldCheck size={28} />} title="Nobody is due for deletion">
          <p>{state.due.settings.months === null ? 'The retention period is off, so nobody is listed. Turn it on in Settings → Privacy.' : 'Everyone you keep is still within the retention period, hired, in process, or kept until a later date.'}</p>
        </EmptyState>
      ) : (
        <section className="card due-card" aria-label="People due for deletion">
          <div className="due-head">
            <label className="check-row check-row-inline">
              <input type="checkbox" checked={allChosen} onChange={() => setSelected(allChosen ? new Set() : new Set(people.map((p) => p.id)))} />
              <span>Select all {people.length}</span>
            </label>
            <span className="muted" aria-live="polite">
              {count === 0 ? 'Nobody selected' : `${peopleWords(count)} selected`}
            </span>
          </div>
          <ul className="due-list">
            {people.map((p) => (
              <li key={p.id} className="due-row">
                <input type="checkbox" className="due-check" aria-label={`Select ${p.fullName}`} checked={selected.has(p.id)} onChange={() => toggle(p.id)} />
                <div className="due-who">
                  <a
                    className="due-name"
                    href={routeHash({ name: 'candidate', id: p.id })}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate({ name: 'candidate', id: p.id });
                    }}
                  >
                    {p.fullName}
                  </a>
                  <span className="due-roles">{p.roles.map((r) => `${r.title} (${STATUS_WORDS[r.status]})`).join(' · ')}</span>
                </div>
                <div className="due-why">
                  <span>{p.why}</span>
                  <span className="muted">Last activity {formatDay(p.lastActivityAt.slice(0, 10))}</span>
                </div>
                <div className="due-goes">
                  <span className="due-goes-label">What goes</span> {goesWords(p.goes)}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ConfirmDialog
        open={confirming}
        title={`${verb} ${peopleWords(count)}?`}
        description={action === 'anonymise' ? anonymiseConfirmWords(count) : eraseConfirmWords(count)}
        confirmLabel={`${verb} ${peopleWords(count)}`}
        danger
        onConfirm={erase}
        onOpenChange={setConfirming}
      />
    </div>
  );
}
