// Renderer: a candidate's coming interviews as a short list of links (shown under their applications),
// reloaded when interviews change.
import { startOfDay } from 'date-fns';
import { useCallback, useEffect, useState } from 'react';
import type { Interview } from '../../../../electron/contract';
import { notifyError } from '../../lib/notify';
import { interviewActions, watchUpcomingInterviews } from '../../stores/interviews-actions';
import { formatDate } from '../../lib/dates';
import { interviewTimes, interviewersText, KIND_LABELS } from './interview-labels';
import './interviews.css';

export function UpcomingInterviews({ candidateId }: { candidateId: string }) {
  const [interviews, setInterviews] = useState<Interview[]>([]);
  const load = useCallback(() => {
    interviewActions.list({ candidateId, from: startOfDay(new Date()).toISOString(), statuses: ['scheduled'], limit: 20 }).then(
      (list) => setInterviews(list.interviews),
      (e: unknown) => notifyError(e, 'Could not load the interviews'),
    );
  }, [candidateId]);
  useEffect(() => {
    load();
    return watchUpcomingInterviews(load);
  }, [load]);
  if (interviews.length === 0) return null;
  return (
    <div className="upcoming-interviews">
      <h3 className="upcoming-title" id="upcoming-title">
        Upcoming interviews
      </h3>
      <ul aria-labelledby="upcoming-title">
        {interviews.map((i) => (
          <li key={i.id}>
            <a href={`#/interviews/${i.id}`} className="row-title">
              {formatDate(i.startsAt)}, {interviewTimes(i)}
            </a>
            <span className="row-sub">
              {i.roleTitle} · {KIND_LABELS[i.kind]} · {interviewersText(i)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
