// Renderer: loads a role's board and refreshes it when the data changes elsewhere (another window, the
// CLI, the candidates screen), but never while this screen's own write is in flight.
import { useEffect } from 'react';
import { onEvent } from '../../api/client';
import { notifyError } from '../../lib/notify';
import { isWriting, pipelineActions } from '../../stores/pipeline-store';

const WATCHED = new Set(['pipeline', 'applications', 'candidates']);

export function useBoardSync(roleId: string): void {
  useEffect(() => {
    pipelineActions.load(roleId).catch((e: unknown) => notifyError(e, 'Could not load the board'));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (isWriting()) refresh();
        else pipelineActions.reload().catch((e: unknown) => notifyError(e, 'Could not refresh the board'));
      }, 200);
    };
    const stop = onEvent('data:changed', ({ domain }) => {
      if (WATCHED.has(domain)) refresh();
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [roleId]);
}
