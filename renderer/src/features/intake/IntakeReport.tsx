// Renderer: the report at the end of an intake batch, in plain words: who needs a look and why (with a way
// to the review list), who was added (and who may already be here, with Merge), who was merged into
// someone already here, and which files were refused and why.
import { useState } from 'react';
import type { DuplicateMatch, IntakeItem, IntakeReport as Report } from '../../../../electron/contract';
import { NEEDS_A_LOOK_TAG } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { notifyError } from '../../lib/notify';
import { useCandidatesStore } from '../../stores/candidates-store';
import { intakeActions } from '../../stores/intake-actions';
import { useRouteStore } from '../../stores/route-store';
import './intake.css';

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

function MergeOffer({ item, match }: { item: IntakeItem; match: DuplicateMatch }) {
  const [state, setState] = useState<'offered' | 'merging' | 'merged'>('offered');
  const merge = () => {
    if (!item.candidateId) return;
    setState('merging');
    intakeActions
      .merge(match.candidateId, item.candidateId)
      .then(() => setState('merged'))
      .catch((e: unknown) => {
        setState('offered');
        notifyError(e, 'Could not merge');
      });
  };
  if (state === 'merged') return <p className="intake-offer">Merged into {match.fullName}.</p>;
  return (
    <p className="intake-offer">
      <span>
        May be the same person as <strong>{match.fullName}</strong>
        {match.emails[0] ? ` (${match.emails[0]})` : ''}, who was already here.
      </span>
      <Button size="sm" onClick={merge} disabled={state === 'merging'} aria-label={`Merge ${item.candidateName ?? item.fileName} into ${match.fullName}`}>
        {state === 'merging' ? 'Merging…' : 'Merge'}
      </Button>
    </p>
  );
}

function Entry({ item, onOpen }: { item: IntakeItem; onOpen?: (id: string) => void }) {
  const name = item.candidateName;
  return (
    <li className="intake-item">
      <div>
        {name && item.candidateId && onOpen ? (
          <button type="button" className="link-btn" onClick={() => onOpen(item.candidateId as string)}>
            {name}
          </button>
        ) : null}
        <span className={name ? 'intake-file muted' : 'intake-file'}>{name ? ` from ${item.fileName}` : item.fileName}</span>
      </div>
      {item.reasons.length > 0 ? (
        <ul className="intake-reasons">
          {item.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      {item.duplicates.slice(0, 3).map((d) => (
        <MergeOffer key={d.candidateId} item={item} match={d} />
      ))}
    </li>
  );
}

function Group({ title, label, items, onOpen }: { title: string; label: string; items: IntakeItem[]; onOpen?: (id: string) => void }) {
  if (items.length === 0) return null;
  return (
    <section className="intake-group">
      <h3 className="intake-group-title">{title}</h3>
      <ul className="intake-list" aria-label={label}>
        {items.map((item) => (
          <Entry key={`${item.path}-${item.candidateId ?? ''}`} item={item} {...(onOpen ? { onOpen } : {})} />
        ))}
      </ul>
    </section>
  );
}

export function IntakeReport({ report, unreachable, onDone }: { report: Report; unreachable: string[]; onDone(): void }) {
  const navigate = useRouteStore((s) => s.navigate);
  const open = (id: string) => {
    onDone();
    navigate({ name: 'candidate', id });
  };
  const review = () => {
    onDone();
    useCandidatesStore.getState().reset();
    useCandidatesStore.getState().setFilters({ tag: NEEDS_A_LOOK_TAG });
    navigate({ name: 'candidates' });
  };
  const needsLook = report.items.filter((i) => i.outcome === 'created' && i.needsLook);
  const added = report.items.filter((i) => i.outcome === 'created' && !i.needsLook);
  const merged = report.items.filter((i) => i.outcome === 'merged');
  const refused = report.items.filter((i) => i.outcome === 'refused');
  return (
    <div className="intake-report" aria-live="polite">
      <p className="batch-summary-line">
        {report.cancelled ? `Stopped. ${plural(report.notHandled, 'file was', 'files were')} not read; everything before that was kept. ` : ''}
        {`Added ${plural(report.created, 'new candidate', 'new candidates')}, merged ${report.merged}, refused ${report.refused}.`}
      </p>
      <dl className="import-counts">
        <div>
          <dt>Added</dt>
          <dd>{report.created}</dd>
        </div>
        <div>
          <dt>Need a look</dt>
          <dd>{report.needsLook}</dd>
        </div>
        <div>
          <dt>Merged</dt>
          <dd>{report.merged}</dd>
        </div>
        <div>
          <dt>Refused</dt>
          <dd>{report.refused}</dd>
        </div>
      </dl>
      {needsLook.length > 0 ? (
        <div className="intake-review">
          <p>Check the details of those tagged “{NEEDS_A_LOOK_TAG}”: Hirebook was not sure of their name, e-mail or phone.</p>
          <Button variant="primary" size="sm" onClick={review}>
            Review {plural(needsLook.length, 'candidate', 'candidates')}
          </Button>
        </div>
      ) : null}
      <Group title="Need a look" label="Candidates who need a look" items={needsLook} onOpen={open} />
      <Group title="Added" label="Candidates added" items={added} onOpen={open} />
      <Group title="Merged into someone already here" label="Files merged into existing candidates" items={merged} onOpen={open} />
      <Group title="Refused" label="Files refused" items={refused} />
      {unreachable.length > 0 ? (
        <p className="muted">Not read (Hirebook cannot reach them where they are; save them to a folder first): {unreachable.join(', ')}</p>
      ) : null}
    </div>
  );
}
