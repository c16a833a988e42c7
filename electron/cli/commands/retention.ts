// `hirebook retention due|erase|settings|notice`: the retention channels from the command line — who is due
// for deletion and why, erasing them (each through the one erase, only while still due), the company default,
// and the privacy notice as plain text. --json prints each channel's answer. Runs in plain Node.
import { goesWords, type DuePerson, type PrivacyNotice, type RetentionDue, type RetentionEraseResult, type RetentionSettings } from '../../contract';
import type { Core } from '../../core/create-core';
import { CliFailure, write, type CliIo } from '../io';
import type { RetentionCommand } from '../retention-args';
import { formatTable, type Column } from '../table';
import { valueOr } from './posting';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function dueText(due: RetentionDue): string {
  if (due.people.length === 0) return `${due.rule}\nNobody is due for deletion on ${due.today}.\n`;
  const columns: Column<DuePerson>[] = [
    { header: 'ID', cell: (p) => p.id },
    { header: 'NAME', max: 30, cell: (p) => p.fullName },
    { header: 'ROLES', max: 30, cell: (p) => p.roles.map((r) => r.title).join(', ') },
    { header: 'LAST ACTIVITY', cell: (p) => p.lastActivityAt.slice(0, 10) },
    { header: 'WHY', max: 50, cell: (p) => p.why },
    { header: 'WHAT GOES', max: 50, cell: (p) => goesWords(p.goes) },
  ];
  const ids = due.people.map((p) => p.id).join(' ');
  return `${due.rule}\n${plural(due.people.length, 'person is', 'people are')} due for deletion on ${due.today}:\n${formatTable(due.people, columns)}\nTo erase them: hirebook retention erase ${ids} --yes\n`;
}

function settingsText(settings: RetentionSettings): string {
  const period = settings.months === null ? 'off (nobody is listed as due)' : plural(settings.months, 'month');
  return `Retention period: ${period}\nThen:             ${settings.action}\n`;
}

export async function runRetention(core: Core, command: RetentionCommand, io: CliIo): Promise<void> {
  const out = (value: unknown, text: string) => write(io.stdout, command.json ? `${JSON.stringify(value, null, 2)}\n` : text);
  switch (command.kind) {
    case 'retention-due': {
      const due = valueOr<RetentionDue>(await core.dispatch('retention:due', {}));
      return out(due, dueText(due));
    }
    case 'retention-erase': {
      const result = valueOr<RetentionEraseResult>(await core.dispatch('retention:erase', { ids: command.ids }));
      const lines = result.results.map((r) => `${r.id}  ${r.outcome}: ${r.message}`);
      const done = result.erased + result.anonymised;
      const summary = result.anonymised > 0 ? `${plural(result.anonymised, 'person', 'people')} anonymised` : `${plural(result.erased, 'person', 'people')} erased`;
      await out(result, `${lines.join('\n')}\n${summary}. Backups made before still hold them until they rotate out.\n`);
      if (done < result.results.length) throw new CliFailure(`${plural(result.results.length - done, 'person was', 'people were')} left as they were (see above).`);
      return;
    }
    case 'retention-settings': {
      const change = { ...(command.months !== undefined ? { months: command.months } : {}), ...(command.action !== undefined ? { action: command.action } : {}) };
      const settings = valueOr<RetentionSettings>(await core.dispatch(Object.keys(change).length > 0 ? 'retention:set-settings' : 'retention:settings', change));
      return out(settings, settingsText(settings));
    }
    case 'retention-notice': {
      const notice = valueOr<PrivacyNotice>(await core.dispatch('retention:notice', {}));
      return out(notice, `${notice.text}\n`);
    }
  }
}
