// Renderer: the one confirmation for a reversible change (hire, move, reject, archive): a success toast
// with an Undo button. Undo runs the given call through the core and says what it did, or why it could not.
import { toast } from 'sonner';
import { notifyError } from './notify';

export interface UndoToast {
  /** What was done, e.g. "Marked Ada Lovelace as hired". */
  message: string;
  description?: string;
  /** Puts things back through the core; its failure is shown, never swallowed. */
  undo(): Promise<unknown>;
  /** Said once the undo succeeded, e.g. "Ada Lovelace is back in Interview". */
  undone: string;
}

export function confirmWithUndo({ message, description, undo, undone }: UndoToast): void {
  toast.success(message, {
    description,
    action: {
      label: 'Undo',
      onClick: () => {
        undo().then(
          () => toast.success(undone),
          (error: unknown) => notifyError(error, 'Could not undo'),
        );
      },
    },
  });
}
