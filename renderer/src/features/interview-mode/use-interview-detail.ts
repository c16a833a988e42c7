// Renderer: loads one interview for interview mode (the interview, kit, scorecards, candidate essentials),
// and the newest résumé's text when the candidate has one.
import { useCallback, useEffect, useState } from 'react';
import type { InterviewDetail } from '../../../../electron/contract';
import { ApiError, errorMessage } from '../../api/client';
import { attachmentActions } from '../../stores/attachments-actions';
import { interviewActions } from '../../stores/interviews-actions';

export type DetailState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; detail: InterviewDetail };

export function useInterviewDetail(interviewId: string): DetailState & { reload(): void } {
  const [state, setState] = useState<DetailState>({ status: 'loading' });
  const reload = useCallback(() => {
    interviewActions
      .get(interviewId)
      .then((detail) => setState({ status: 'ready', detail }))
      .catch((e: unknown) =>
        setState(e instanceof ApiError && e.code === 'not_found' ? { status: 'missing' } : { status: 'error', message: errorMessage(e) }),
      );
  }, [interviewId]);
  useEffect(reload, [reload]);
  return { ...state, reload };
}

export type ResumeState = { status: 'none' } | { status: 'loading' } | { status: 'text'; text: string } | { status: 'no-text'; fileName: string } | { status: 'error'; message: string };

/**
 * The newest résumé as text: the text the core read from the file when it was added (PDF, Word or plain
 * text); a file with no readable text (a scan, an image) is offered to open instead.
 */
export function useResumeText(resume: InterviewDetail['candidate']['resume']): ResumeState {
  const [loaded, setLoaded] = useState<{ id: string; state: ResumeState } | null>(null);
  const id = resume?.attachmentId ?? null;
  const readable = resume?.hasText === true;
  useEffect(() => {
    if (!id || !readable) return;
    let live = true;
    attachmentActions
      .text(id)
      .then((t) => live && setLoaded({ id, state: t.text.trim() ? { status: 'text', text: t.text.trim() } : { status: 'no-text', fileName: t.fileName } }))
      .catch((e: unknown) => live && setLoaded({ id, state: { status: 'error', message: errorMessage(e) } }));
    return () => {
      live = false;
    };
  }, [id, readable]);
  if (!resume) return { status: 'none' };
  if (!readable) return { status: 'no-text', fileName: resume.fileName };
  return loaded?.id === id ? loaded.state : { status: 'loading' };
}
