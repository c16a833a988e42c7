// Renderer: one candidate's profile and timeline, loaded together and reloaded after any change to them.
import { useCallback, useEffect, useState } from 'react';
import type { CandidateProfile, TimelineEntry } from '../../../../electron/contract';
import { ApiError } from '../../api/client';
import { notifyError } from '../../lib/notify';
import { candidateActions, watchCandidate } from '../../stores/candidates-actions';

export interface ProfileState {
  status: 'loading' | 'ready' | 'missing';
  profile: CandidateProfile | null;
  timeline: TimelineEntry[];
  reload(): void;
}

export function useCandidateProfile(id: string): ProfileState {
  const [status, setStatus] = useState<ProfileState['status']>('loading');
  const [profile, setProfile] = useState<CandidateProfile | null>(null);
  const [timeline, setTimeline] = useState<TimelineEntry[]>([]);

  const reload = useCallback(() => {
    candidateActions
      .loadProfile(id)
      .then(({ profile: p, timeline: t }) => {
        setProfile(p);
        setTimeline(t);
        setStatus('ready');
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.code === 'not_found') setStatus('missing');
        else notifyError(e, 'Could not load the candidate');
      });
  }, [id]);

  useEffect(() => {
    reload();
    return watchCandidate(reload);
  }, [reload]);

  return { status, profile, timeline, reload };
}
