// Renderer: a candidate's profile (#/candidates/:id): contact details, tags and summary, applications, files,
// and the timeline; Edit, Delete and More (Export everything about this person…, Anonymise…) in the header.
// After an erasure, which backups still hold the person (backup:holding) is said in the notice.
import { Download, MoreHorizontal, Pencil, Trash2, UserX } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { CANDIDATE_SOURCE_LABELS } from '../../../../electron/contract';
import { Fact } from '../../components/Fact';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MenuButton } from '../../components/MenuButton';
import { SampleBadge } from '../../components/SampleBadge';
import { PageHeader } from '../../components/PageHeader';
import { agoInSentence, formatDate } from '../../lib/dates';
import { notifyError } from '../../lib/notify';
import { candidateActions } from '../../stores/candidates-actions';
import { useRouteStore } from '../../stores/route-store';
import { ScorecardSummarySection } from '../interview-mode/ScorecardSummarySection';
import { ApplicationsSection } from './ApplicationsSection';
import { BackToCandidates, CandidateNotFound } from './CandidateNotFound';
import { FilesSection } from './FilesSection';
import { TimelineSection } from './TimelineSection';
import { PrivacyCard } from '../privacy/PrivacyCard';
import { useCandidateProfile } from './use-candidate-profile';
import './candidates.css';
import './candidate-profile.css';

const ExternalLink = ({ url, label }: { url: string; label?: string }) => (
  <a href={url} target="_blank" rel="noreferrer noopener">
    {label || url}
  </a>
);

export function CandidateProfilePage({ candidateId }: { candidateId: string }) {
  const { status, profile: p, timeline, reload } = useCandidateProfile(candidateId);
  const navigate = useRouteStore((s) => s.navigate);
  const [deleting, setDeleting] = useState(false);
  const [anonymising, setAnonymising] = useState(false);
  /** Which backups hold the person, read when a confirmation opens (null until known). */
  const [backupsNow, setBackupsNow] = useState<string | null>(null);
  const back = <BackToCandidates />;

  if (status === 'missing') return <CandidateNotFound />;
  if (!p) return <PageHeader title="Candidate" before={back} subtitle="Loading…" />;

  /** The notice after an erasure says which backups still hold the person, when that can be read. */
  const backupsNote = (id: string): Promise<string | undefined> =>
    candidateActions.holding(id).then(
      (h) => h.message,
      () => undefined,
    );

  /** Opens a confirmation and reads, meanwhile, which backups hold the person, to say so in it. */
  const askFirst = (open: (value: boolean) => void) => {
    setBackupsNow(null);
    open(true);
    void backupsNote(p.id).then((note) => setBackupsNow(note ?? null));
  };

  const remove = () => {
    setDeleting(false);
    candidateActions
      .remove(p.id)
      .then(async () => {
        toast.success(`Deleted “${p.fullName}”`, { description: await backupsNote(p.id), duration: 10_000 });
        navigate({ name: 'candidates' });
      })
      .catch((e: unknown) => notifyError(e, 'Could not delete the candidate'));
  };

  const exportAll = () => {
    candidateActions
      .exportPerson(p.id, p.fullName)
      .then((result) => {
        if (!result) return;
        const files = `${result.files} ${result.files === 1 ? 'file' : 'files'}`;
        const applications = `${result.applications} ${result.applications === 1 ? 'application' : 'applications'}`;
        toast.success(`Saved everything about “${p.fullName}”`, {
          description: `${result.path} — a readable summary, the data as JSON, ${applications} and ${files}.`,
        });
      })
      .catch((e: unknown) => notifyError(e, 'Could not export their data'));
  };

  const anonymise = () => {
    setAnonymising(false);
    candidateActions
      .anonymise(p.id)
      .then(async (after) => {
        toast.success(`Anonymised “${p.fullName}”: now “${after.fullName}”`, { description: await backupsNote(p.id), duration: 10_000 });
        reload();
      })
      .catch((e: unknown) => notifyError(e, 'Could not anonymise the candidate'));
  };

  const apps = p.applications.length;

  return (
    <div className="profile">
      <PageHeader
        title={p.fullName}
        before={back}
        subtitle={
          <>
            {[
              p.location,
              `Added ${agoInSentence(p.createdAt)}`,
              p.anonymisedAt ? `Anonymised ${formatDate(p.anonymisedAt)}: only the figures for reports are kept` : '',
            ]
              .filter(Boolean)
              .join(' · ')}
            {p.sample ? <SampleBadge /> : null}
          </>
        }
        actions={
          <>
            <MenuButton
              label="More"
              accessibleName={`More actions for ${p.fullName}`}
              icon={<MoreHorizontal size={16} aria-hidden="true" />}
              items={[
                { label: 'Export everything about this person…', icon: <Download size={16} aria-hidden="true" />, onSelect: exportAll },
                ...(p.anonymisedAt ? [] : [{ label: 'Anonymise…', icon: <UserX size={16} aria-hidden="true" />, onSelect: () => askFirst(setAnonymising) }]),
              ]}
            />
            <Button icon={<Trash2 size={16} aria-hidden="true" />} onClick={() => askFirst(setDeleting)}>
              Delete
            </Button>
            {p.anonymisedAt ? null : (
              <Button variant="primary" icon={<Pencil size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'candidate-edit', id: p.id })}>
                Edit
              </Button>
            )}
          </>
        }
      />
      <div className="profile-grid">
        <div className="profile-main">
          <section className="card profile-card" aria-labelledby="contact-title">
            <h2 id="contact-title" className="card-title">
              Contact details
            </h2>
            <dl className="facts profile-facts">
              <Fact label="Email">{p.emails.length ? p.emails.map((e) => <div key={e}><a href={`mailto:${e}`}>{e}</a></div>) : '—'}</Fact>
              <Fact label="Phone">{p.phones.length ? p.phones.map((ph) => <div key={ph}>{ph}</div>) : '—'}</Fact>
              <Fact label="Source">{[CANDIDATE_SOURCE_LABELS[p.source], p.sourceDetail].filter(Boolean).join(': ')}</Fact>
              <Fact label="Links">
                {p.linkedinUrl || p.portfolioUrl || p.links.length ? (
                  <>
                    {p.linkedinUrl ? <div><ExternalLink url={p.linkedinUrl} label="LinkedIn" /></div> : null}
                    {p.portfolioUrl ? <div><ExternalLink url={p.portfolioUrl} label="Portfolio" /></div> : null}
                    {p.links.map((l) => (
                      <div key={l.url}>
                        <ExternalLink url={l.url} label={l.label} />
                      </div>
                    ))}
                  </>
                ) : (
                  '—'
                )}
              </Fact>
            </dl>
            {p.tags.length > 0 ? (
              <ul className="tag-list" aria-label="Tags">
                {p.tags.map((t) => (
                  <li key={t} className="tag">
                    {t}
                  </li>
                ))}
              </ul>
            ) : null}
            {p.summary ? <p className="profile-summary">{p.summary}</p> : null}
          </section>
          <ApplicationsSection profile={p} onChanged={reload} />
          <ScorecardSummarySection candidateId={p.id} />
          <FilesSection profile={p} onChanged={reload} />
        </div>
        <div className="profile-side">
          <PrivacyCard profile={p} />
          <TimelineSection entries={timeline} />
        </div>
      </div>
      <ConfirmDialog
        open={deleting}
        title={`Delete “${p.fullName}”?`}
        description={`Their details, applications, notes, interviews, files and history are erased for good, down to the bytes of the data file. ${backupsNow ?? 'Backups made earlier still hold them.'}`}
        confirmLabel="Delete candidate"
        danger
        onConfirm={remove}
        onOpenChange={setDeleting}
      />
      <ConfirmDialog
        open={anonymising}
        title={`Anonymise “${p.fullName}”?`}
        description={
          <>
            <span className="dialog-line">
              <strong>Stays, for the reports:</strong> {apps === 1 ? 'their application' : `their ${apps} applications`} with every stage move and its
              date, the source, rejection reasons, interview times and ratings, under a random name such as “Anonymous candidate 7F3A”.
            </span>
            <span className="dialog-line">
              <strong>Goes, for good:</strong> their name, emails, phones, links, location, summary, tags and files, and every note written about
              them (application and interview notes, scorecard notes, notes on their stage moves).
            </span>
            <span className="dialog-line">This cannot be undone. {backupsNow ?? 'Backups made earlier still hold them; restoring one anonymises them again.'}</span>
          </>
        }
        confirmLabel="Anonymise candidate"
        danger
        onConfirm={anonymise}
        onOpenChange={setAnonymising}
      />
    </div>
  );
}
