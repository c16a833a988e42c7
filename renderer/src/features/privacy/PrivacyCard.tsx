// Renderer: the profile's "Privacy" card: how and when their data arrived, whether they agreed to be
// considered for future roles (and how), and the keep-until date with its reason; changed through Edit.
import { CANDIDATE_SOURCE_LABELS, type CandidateProfile } from '../../../../electron/contract';
import { Fact } from '../../components/Fact';
import { formatDay } from '../../lib/dates';
import './privacy.css';

export function PrivacyCard({ profile: p }: { profile: CandidateProfile }) {
  const source = [CANDIDATE_SOURCE_LABELS[p.source], p.sourceDetail].filter(Boolean).join(': ');
  return (
    <section className="card profile-card keeping-card" aria-labelledby="privacy-title">
      <h2 id="privacy-title" className="card-title">
        Privacy
      </h2>
      <dl className="facts profile-facts">
        <Fact label="Data arrived">{`${source}, on ${formatDay(p.createdAt.slice(0, 10))}`}</Fact>
        <Fact label="Future roles">
          {p.consentFutureRolesOn ? `Agreed to be considered for future roles on ${formatDay(p.consentFutureRolesOn)}` : 'Has not agreed to be kept for future roles'}
        </Fact>
        {p.consentNote ? <Fact label="How">{p.consentNote}</Fact> : null}
        <Fact label="Keep until">
          {p.retentionUntil ? (
            <>
              {formatDay(p.retentionUntil)}
              {p.retentionReason ? <div className="muted">{p.retentionReason}</div> : null}
            </>
          ) : (
            'Not set: follows the company rule in Settings → Privacy'
          )}
        </Fact>
      </dl>
    </section>
  );
}
