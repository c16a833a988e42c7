// Renderer: every call about keeping data: the company's retention default, who is due for deletion (on the
// computer's day), erasing the chosen people, the privacy notice; and the data changes that make what those
// screens show stale.
import type { PrivacyNotice, RetentionDue, RetentionEraseResult, RetentionSettings, RetentionSettingsInput } from '../../../electron/contract';
import { call } from '../api/client';
import { localTimeZone } from '../features/interviews/zoned-time';
import { onDataChanged } from './data-changed';

export const retentionActions = {
  settings: (): Promise<RetentionSettings> => call('retention:settings', {}),
  setSettings: (input: RetentionSettingsInput): Promise<RetentionSettings> => call('retention:set-settings', input),
  due: (): Promise<RetentionDue> => call('retention:due', { timeZone: localTimeZone() }),
  erase: (ids: string[]): Promise<RetentionEraseResult> => call('retention:erase', { ids, timeZone: localTimeZone() }),
  notice: (): Promise<PrivacyNotice> => call('retention:notice', {}),
};

/** Calls `reload` whenever who is due may have changed (people, their applications and interviews, the company default). */
export function watchRetention(reload: () => void): () => void {
  return onDataChanged(['candidates', 'applications', 'interviews', 'company'], reload);
}
