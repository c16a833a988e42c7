// Renderer: loads what the posting view shows for one role and layout (the role, the printed HTML, the
// search-engine check) and reloads it when the role, its description or the company profile change.
import { useCallback, useEffect, useState } from 'react';
import type { PostingCheck, PostingLayout, Role } from '../../../../electron/contract';
import { ApiError, call, errorMessage, onEvent } from '../../api/client';

export type PostingViewState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: string }
  | { status: 'ready'; role: Role; html: string; check: PostingCheck };

async function fetchView(roleId: string, layout: PostingLayout): Promise<PostingViewState> {
  try {
    const [role, { html }, check] = await Promise.all([
      call('roles:get', { id: roleId }),
      call('postings:html', { roleId, layout }),
      call('postings:check', { roleId }),
    ]);
    return { status: 'ready', role, html, check };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'not_found') return { status: 'missing' };
    return { status: 'error', message: errorMessage(error) };
  }
}

export function usePostingView(roleId: string, layout: PostingLayout): { state: PostingViewState; reload(): void } {
  const [state, setState] = useState<PostingViewState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    // The last preview stays on screen while the next one loads (switching layouts does not flash).
    void fetchView(roleId, layout).then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [roleId, layout, version]);

  useEffect(
    () =>
      onEvent('data:changed', ({ domain, ids }) => {
        const ours = ids.length === 0 || ids.includes(roleId);
        if (domain === 'company' || ((domain === 'roles' || domain === 'descriptions') && ours)) reload();
      }),
    [roleId, reload],
  );

  return { state, reload };
}
