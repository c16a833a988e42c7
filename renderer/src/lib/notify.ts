// Renderer: one way to tell the person a call failed (an error toast with the contract's message).
import { toast } from 'sonner';
import { errorMessage } from '../api/client';

export function notifyError(error: unknown, context?: string): void {
  const message = errorMessage(error);
  toast.error(context ?? message, context ? { description: message } : undefined);
}
