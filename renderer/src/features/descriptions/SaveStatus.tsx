// Renderer: the description editor's autosave state, from the description store.
import { SaveState } from '../../components/SaveState';
import { useDescriptionStore } from '../../stores/description-store';

export function SaveStatus() {
  const status = useDescriptionStore((s) => s.status);
  const error = useDescriptionStore((s) => s.error);
  return <SaveState status={status} error={error} />;
}
