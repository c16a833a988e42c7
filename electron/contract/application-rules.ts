// The rules about applications that both sides apply: the core when it writes, the renderer when it
// updates the board optimistically before the core answers. Runs anywhere.
import type { ApplicationStatus, StageKind } from './pipeline-schemas';

/** An application on the board takes its status from its stage: the hired stage hires, any other is active. */
export function statusForStage(kind: StageKind): Extract<ApplicationStatus, 'active' | 'hired'> {
  return kind === 'hired' ? 'hired' : 'active';
}
