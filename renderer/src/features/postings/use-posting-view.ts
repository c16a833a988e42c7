// Renderer: what the posting view shows for one role and layout (the role, the printed HTML, the search-engine
// check), reloaded when the role, its description or the company profile change.
import { useCallback, useEffect, useState } from 'react';
import type { PostingLayout } from '../../../../electron/contract';
import { loadPostingView, watchPostingView, type PostingViewState } from '../../stores/postings-actions';

export function usePostingView(roleId: string, layout: PostingLayout): { state: PostingViewState; reload(): void } {
  const [state, setState] = useState<PostingViewState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    // The last preview stays on screen while the next one loads (switching layouts does not flash).
    void loadPostingView(roleId, layout).then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [roleId, layout, version]);

  useEffect(() => watchPostingView(roleId, reload), [roleId, reload]);

  return { state, reload };
}
