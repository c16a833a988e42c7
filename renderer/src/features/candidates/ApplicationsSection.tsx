// Renderer: the profile's applications: role, stage, status and the card's rating (the scorecards' average, else
// yours) for each, a link to the role's board, "Write to them…" (a message from a template), "Reactivate" for
// rejected or withdrawn ones, and "Add to roles…" (none of the writing ones for an anonymised person, who takes
// no new roles, interviews or messages).
import { CalendarPlus, Mail, Plus, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import type { CandidateProfile } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { RatingWord } from '../../components/RatingWord';
import { agoInSentence } from '../../lib/dates';
import { notifyError } from '../../lib/notify';
import { applicationActions } from '../../stores/pipeline-store';
import { openSchedule } from '../../stores/schedule-store';
import { UpcomingInterviews } from '../interviews/UpcomingInterviews';
import { AddToRolesDialog } from './AddToRolesDialog';
import { APPLICATION_STATUS_LABELS } from './candidate-labels';
import { WriteMessageDialog } from './WriteMessageDialog';

export function ApplicationsSection({ profile, onChanged }: { profile: CandidateProfile; onChanged(): void }) {
  const [adding, setAdding] = useState(false);
  const anonymised = profile.anonymisedAt !== null;
  const [writing, setWriting] = useState<CandidateProfile['applications'][number] | null>(null);
  const reactivate = (applicationId: string, roleTitle: string) => {
    applicationActions
      .reactivate(applicationId)
      .then(() => {
        toast.success(`Back on the board for ${roleTitle}`);
        onChanged();
      })
      .catch((e: unknown) => notifyError(e, 'Could not reactivate the application'));
  };

  return (
    <section className="card profile-card" aria-labelledby="apps-title">
      <div className="profile-card-head">
        <h2 id="apps-title" className="card-title">
          Applications
        </h2>
        {anonymised ? null : (
          <Button size="sm" icon={<Plus size={14} aria-hidden="true" />} onClick={() => setAdding(true)}>
            Add to roles…
          </Button>
        )}
      </div>
      {profile.applications.length === 0 ? (
        <p className="muted">Not in any role yet. Add them to a role to track them on its board.</p>
      ) : (
        <ul className="app-list">
          {profile.applications.map((a) => (
            <li key={a.id} className="app-item">
              <div className="app-main">
                <a className="row-title" href={`#/roles/${a.roleId}/pipeline`}>
                  {a.roleTitle}
                </a>
                <div className="row-sub">
                  {a.stageName} · moved there {agoInSentence(a.stageEnteredAt)}
                </div>
              </div>
              <span className={`app-status app-status-${a.status}`}>{APPLICATION_STATUS_LABELS[a.status]}</span>
              <span className="app-rating">
                <RatingWord rating={a.cardRating.value} card={a.cardRating} />
              </span>
              {a.status === 'active' && !anonymised ? (
                <Button
                  size="sm"
                  icon={<CalendarPlus size={14} aria-hidden="true" />}
                  onClick={() => openSchedule({ mode: 'new', applicationId: a.id, candidateName: profile.fullName, roleTitle: a.roleTitle })}
                  aria-label={`Schedule interview for ${a.roleTitle}`}
                >
                  Schedule interview
                </Button>
              ) : null}
              {anonymised ? null : (
                <Button size="sm" icon={<Mail size={14} aria-hidden="true" />} onClick={() => setWriting(a)} aria-label={`Write to ${profile.fullName} about ${a.roleTitle}`}>
                  Write to them…
                </Button>
              )}
              {a.status === 'rejected' || a.status === 'withdrawn' ? (
                <Button size="sm" icon={<RotateCcw size={14} aria-hidden="true" />} onClick={() => reactivate(a.id, a.roleTitle)} aria-label={`Reactivate for ${a.roleTitle}`}>
                  Reactivate
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <UpcomingInterviews candidateId={profile.id} />
      {writing ? (
        <WriteMessageDialog
          applicationId={writing.id}
          status={writing.status}
          candidateName={profile.fullName}
          roleTitle={writing.roleTitle}
          onClose={(logged) => {
            setWriting(null);
            if (logged) onChanged();
          }}
        />
      ) : null}
      {adding ? (
        <AddToRolesDialog
          candidateId={profile.id}
          candidateName={profile.fullName}
          appliedRoleIds={profile.applications.map((a) => a.roleId)}
          onClose={(added) => {
            setAdding(false);
            if (added) onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
