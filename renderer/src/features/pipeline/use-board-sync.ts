// Renderer: opens a role's board and keeps it fresh while this screen shows it: after a write from any screen
// or window of the app (a move here, the candidates screen, interview mode, a CSV import), never while this
// board's own write is in flight. Changes made by the CLI, a separate process, are not seen until the board
// is opened again.
import { useEffect } from 'react';
import { pipelineActions } from '../../stores/pipeline-store';

export function useBoardSync(roleId: string): void {
  useEffect(() => pipelineActions.open(roleId), [roleId]);
}
