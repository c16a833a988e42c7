// Renderer: one candidate's profile and timeline, loaded together and reloaded after any change to them.
import { useCallback, useEffect, useState } from 'react';
import type { CandidateProfile, TimelineEntry } from '../../../../electron/contract';
import { ApiError, call, onEvent } from '../../api/client';
import { notifyError } from '../../lib/notify';

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
    Promise.all([call('candidates:get', { id }), call('candidates:timeline', { candidateId: id })])
      .then(([p, t]) => {
        setProfile(p);
        setTimeline(t.entries);
        setStatus('ready');
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.code === 'not_found') setStatus('missing');
        else notifyError(e, 'Could not load the candidate');
      });
  }, [id]);

  useEffect(() => {
    reload();
    return onEvent('data:changed', ({ domain }) => {
      if (domain === 'candidates' || domain === 'applications' || domain === 'pipeline') reload();
    });
  }, [reload]);

  return { status, profile, timeline, reload };
}
