// Renderer: the profile's applications: role, stage, status and the card's rating (the scorecards' average, else
// yours) for each, a link to the role's board, "Write to them…" (a message from a template), the latest offer's
// status and "Offer…" (make, change or settle an offer, save its letter), "Reactivate" for rejected or withdrawn
// ones, and "Add to roles…" (none of the writing ones for an anonymised person, who takes no new roles,
// interviews, messages or offers).
import { BadgeDollarSign, CalendarPlus, Mail, Plus, RotateCcw } from 'lucide-react';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import { OFFER_STATUS_LABELS, type CandidateProfile, type Offer } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { RatingWord } from '../../components/RatingWord';
import { agoInSentence, formatDay } from '../../lib/dates';
import { notifyError } from '../../lib/notify';
import { offerActions } from '../../stores/offers-actions';
import { applicationActions } from '../../stores/pipeline-store';
import { openSchedule } from '../../stores/schedule-store';
import { UpcomingInterviews } from '../interviews/UpcomingInterviews';
import { AddToRolesDialog } from './AddToRolesDialog';
import { APPLICATION_STATUS_LABELS } from './candidate-labels';
import { OfferDialog } from './OfferDialog';
import { WriteMessageDialog } from './WriteMessageDialog';

export function ApplicationsSection({ profile, onChanged }: { profile: CandidateProfile; onChanged(): void }) {
  const [adding, setAdding] = useState(false);
  const anonymised = profile.anonymisedAt !== null;
  const [writing, setWriting] = useState<CandidateProfile['applications'][number] | null>(null);
  const [offering, setOffering] = useState<CandidateProfile['applications'][number] | null>(null);
  // The latest offer of each application (the list comes newest first); reloaded with the profile.
  const [offers, setOffers] = useState<ReadonlyMap<string, Offer>>(new Map());
  useEffect(() => {
    let live = true;
    offerActions
      .ofCandidate(profile.id)
      .then((list) => {
        if (!live) return;
        const latest = new Map<string, Offer>();
        for (const offer of list) if (!latest.has(offer.applicationId)) latest.set(offer.applicationId, offer);
        setOffers(latest);
      })
      .catch((e: unknown) => notifyError(e, 'Could not load the offers'));
    return () => {
      live = false;
    };
  }, [profile]);
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
              <OfferChip offer={offers.get(a.id)} />
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
              {anonymised || !(a.status === 'active' || a.status === 'hired' || offers.has(a.id)) ? null : (
                <Button
                  size="sm"
                  icon={<BadgeDollarSign size={14} aria-hidden="true" />}
                  onClick={() => setOffering(a)}
                  aria-label={`Offer to ${profile.fullName} for ${a.roleTitle}`}
                >
                  Offer…
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
      {offering ? (
        <OfferDialog
          applicationId={offering.id}
          roleId={offering.roleId}
          candidateName={profile.fullName}
          roleTitle={offering.roleTitle}
          offer={offers.get(offering.id) ?? null}
          onClose={(changed) => {
            setOffering(null);
            if (changed) onChanged();
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

/** The latest offer's status on the row: "Offer sent · open until 18 Dec 2026", "Offer accepted". */
function OfferChip({ offer }: { offer: Offer | undefined }) {
  if (!offer) return null;
  const until = offer.status === 'sent' && offer.expiresOn ? ` · open until ${formatDay(offer.expiresOn)}` : '';
  return <span className={`offer-status offer-status-${offer.status}`}>{`${OFFER_STATUS_LABELS[offer.status]}${until}`}</span>;
}
