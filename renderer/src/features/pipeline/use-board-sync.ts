// Renderer: opens a role's board and keeps it fresh while this screen shows it: after a write from any screen
// or window of the app (a move here, the candidates screen, interview mode, a CSV import), never while this
// board's own write is in flight. The CLI is a separate process with its own core: its writes send no event,
// so the board shows them only at its next load or refresh.
import { useEffect } from 'react';
import { pipelineActions } from '../../stores/pipeline-store';

export function useBoardSync(roleId: string): void {
  useEffect(() => pipelineActions.open(roleId), [roleId]);
}
