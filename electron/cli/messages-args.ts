// Parses `hirebook messages templates|draft`: draft needs --template ID, --application ID and --out FILE.eml.
// Checked here, so a mistake is a usage error (exit 2) before the data folder is opened. Runs in plain Node.
import { UsageError } from './io';

export type MessagesCommand =
  | { kind: 'messages-templates'; json: boolean }
  | { kind: 'messages-draft'; templateId: string; applicationId: string; out: string; force: boolean; json: boolean };

interface MessagesValues {
  json?: boolean | undefined;
  force?: boolean | undefined;
  template?: string | undefined;
  application?: string | undefined;
  out?: string | undefined;
}

export const MESSAGES_SUBCOMMANDS = 'messages templates, messages draft';

function required(option: string, value: string | undefined, what: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`"messages draft" needs --${option} ${what}`);
  return value.trim();
}

export function messagesCommand(name: string, args: readonly string[], values: MessagesValues): MessagesCommand {
  if (args.length > 0) throw new UsageError(`unexpected argument "${args[0]}" after "${name}"`);
  const json = values.json ?? false;
  if (name === 'messages templates') return { kind: 'messages-templates', json };
  if (name === 'messages draft') {
    return {
      kind: 'messages-draft',
      templateId: required('template', values.template, 'ID (see "hirebook messages templates")'),
      applicationId: required('application', values.application, 'ID (the application\'s id, see "hirebook candidates list --json")'),
      out: required('out', values.out, 'FILE.eml'),
      force: values.force ?? false,
      json,
    };
  }
  throw new UsageError(`unknown command "${name}" (use one of: ${MESSAGES_SUBCOMMANDS})`);
}
