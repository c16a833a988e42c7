// Renderer: the scorecard's autosave state ("Saving…", "Saved automatically", "Not saved — retrying").
import { SaveState } from '../../components/SaveState';
import type { SaveStatus } from './scorecard-autosave';

export function SaveIndicator({ status, error }: { status: SaveStatus; error: string | null }) {
  return <SaveState status={status} error={error} testId="scorecard-save-status" />;
}
