// Renderer: interview mode's left column: the candidate's essentials (contact, location, tags, summary) and the
// newest résumé's text, or a way to open the file when its text cannot be shown.
import { Download } from 'lucide-react';
import { memo } from 'react';
import type { InterviewDetail } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { notifyError } from '../../lib/notify';
import { attachmentActions } from '../../stores/attachments-actions';
import { useResumeText } from './use-interview-detail';

type Candidate = InterviewDetail['candidate'];

function openFile(attachmentId: string): void {
  attachmentActions.download(attachmentId).catch((e: unknown) => notifyError(e, 'Could not open the résumé'));
}

function Resume({ resume }: { resume: Candidate['resume'] }) {
  const state = useResumeText(resume);
  if (state.status === 'none') return <p className="muted">No résumé on file.</p>;
  if (state.status === 'loading') return <p className="muted">Loading the résumé…</p>;
  if (state.status === 'error') return <p className="field-error">Could not load the résumé: {state.message}</p>;
  if (state.status === 'no-text') {
    return (
      <div className="im-resume-file">
        <p className="muted">{state.fileName} cannot be shown here.</p>
        <Button size="sm" icon={<Download size={14} aria-hidden="true" />} onClick={() => resume && openFile(resume.attachmentId)}>
          Open {state.fileName}
        </Button>
      </div>
    );
  }
  return (
    <div className="im-resume-text" tabIndex={0} role="document" aria-label="Résumé text">
      {state.text}
    </div>
  );
}

export const CandidatePanel = memo(function CandidatePanel({ candidate }: { candidate: Candidate }) {
  return (
    <section className="im-panel im-candidate" aria-labelledby="im-candidate-title">
      <h2 id="im-candidate-title" className="im-panel-title">
        Candidate
      </h2>
      <dl className="im-facts">
        {candidate.emails.length ? (
          <>
            <dt>Email</dt>
            <dd>{candidate.emails.join(', ')}</dd>
          </>
        ) : null}
        {candidate.phones.length ? (
          <>
            <dt>Phone</dt>
            <dd>{candidate.phones.join(', ')}</dd>
          </>
        ) : null}
        {candidate.location ? (
          <>
            <dt>Location</dt>
            <dd>{candidate.location}</dd>
          </>
        ) : null}
      </dl>
      {candidate.tags.length ? (
        <ul className="tag-list im-tags" aria-label="Tags">
          {candidate.tags.map((t) => (
            <li key={t} className="tag">
              {t}
            </li>
          ))}
        </ul>
      ) : null}
      {candidate.summary ? <p className="im-summary">{candidate.summary}</p> : null}
      <h3 className="im-subtitle">Résumé{candidate.resume ? <span className="im-file-name"> · {candidate.resume.fileName}</span> : null}</h3>
      <Resume resume={candidate.resume} />
    </section>
  );
});
