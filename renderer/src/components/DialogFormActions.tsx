// Renderer: a form dialog's footer (Radix Dialog): any extra actions, Cancel (closes the dialog) and the submit button.
import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { Button } from './Button';

interface DialogFormActionsProps {
  submitLabel: ReactNode;
  variant?: 'primary' | 'danger';
  disabled?: boolean;
  /** Shown before Cancel (e.g. "Remove link"). */
  children?: ReactNode;
}

export function DialogFormActions({ submitLabel, variant = 'primary', disabled, children }: DialogFormActionsProps) {
  return (
    <div className="dialog-actions">
      {children}
      <Dialog.Close asChild>
        <Button>Cancel</Button>
      </Dialog.Close>
      <Button type="submit" variant={variant} disabled={disabled}>
        {submitLabel}
      </Button>
    </div>
  );
}
