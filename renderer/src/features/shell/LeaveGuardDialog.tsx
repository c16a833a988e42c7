// Renderer: asks before leaving a screen with unsaved changes (driven by the route store's guard).
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useRouteStore } from '../../stores/route-store';

export function LeaveGuardDialog() {
  const pending = useRouteStore((s) => s.pending);
  const confirmLeave = useRouteStore((s) => s.confirmLeave);
  const cancelLeave = useRouteStore((s) => s.cancelLeave);
  return (
    <ConfirmDialog
      open={pending !== null}
      title="Discard unsaved changes?"
      description="You have changes on this screen that are not saved yet. If you leave now, they will be lost."
      confirmLabel="Discard changes"
      cancelLabel="Keep editing"
      danger
      onConfirm={confirmLeave}
      onOpenChange={(open) => {
        if (!open) cancelLeave();
      }}
    />
  );
}
