// Renderer: one way to tell the person a call failed (an error toast with the contract's message).
import { toast } from 'sonner';
import { ApiError, errorMessage } from '../api/client';

export function notifyError(error: unknown, context?: string): void {
  const message = errorMessage(error);
  toast.error(context ?? message, context ? { description: message } : undefined);
}

/**
 * An error toast whose title says what could not be done (the core's message explains why); replaces the
 * progress toast `id` when given. "Not available here" when the desktop shell lacks the service (print).
 */
export function notifyActionError(error: unknown, what: string, id?: string | number): void {
  if (id !== undefined) toast.dismiss(id);
  if (error instanceof ApiError && error.code === 'unavailable') {
    toast.error(`${what} is not available here`, { description: error.message });
    return;
  }
  notifyError(error, `Could not finish: ${what.toLowerCase()}`);
}
