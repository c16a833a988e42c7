// Renderer: the profile's timeline: everything that happened to the candidate and their applications, newest first.
import type { TimelineEntry } from '../../../../electron/contract';
import { formatDateTime } from '../../lib/dates';
import { timelineDetail, timelineLabel } from './candidate-labels';

export function TimelineSection({ entries }: { entries: TimelineEntry[] }) {
  return (
    <section className="card profile-card" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="card-title">
        Timeline
      </h2>
      {entries.length === 0 ? (
        <p className="muted">Nothing has happened yet.</p>
      ) : (
        <ol className="timeline">
          {entries.map((e) => {
            const detail = timelineDetail(e.details);
            return (
              <li key={e.id} className="timeline-item">
                <span className="timeline-what">{timelineLabel(e.entityType, e.action)}</span>
                {detail ? <span className="timeline-detail">{detail}</span> : null}
                <time className="timeline-when" dateTime={e.createdAt}>
                  {formatDateTime(e.createdAt)}
                </time>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
