// A channel's input checked by its name, with the whole contract at hand (api.ts): what a form runs before
// sending. The check itself is input-check.ts, which dispatch runs too. Runs anywhere.
import { contract } from './api';
import type { Channel } from './channels';
import { checkInput, type InputCheck } from './input-check';

/** The parsed input, or every issue: characters that cannot be saved first, then the schema's. */
export function validateInput<C extends Channel>(channel: C, input: unknown): InputCheck<C> {
  return checkInput<C>(contract[channel], input);
}
