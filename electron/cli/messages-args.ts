// Parses `hirebook messages templates|draft|draft-many|restore`: draft needs --template ID, --application ID and
// --out FILE.eml; draft-many --template ID, --out FOLDER and the application ids; restore --template ID.
// Checked here, so a mistake is a usage error (exit 2) before the data folder is opened. Runs in plain Node.
import { UsageError } from './io';

export type MessagesCommand =
  | { kind: 'messages-templates'; json: boolean }
  | { kind: 'messages-draft'; templateId: string; applicationId: string; out: string; force: boolean; json: boolean }
  | { kind: 'messages-draft-many'; templateId: string; applicationIds: string[]; out: string; json: boolean }
  | { kind: 'messages-restore'; templateId: string; json: boolean };

interface MessagesValues {
  json?: boolean | undefined;
  force?: boolean | undefined;
  template?: string | undefined;
  application?: string | undefined;
  out?: string | undefined;
}

export const MESSAGES_SUBCOMMANDS = 'messages templates, messages draft, messages draft-many, messages restore';

function required(name: string, option: string, value: string | undefined, what: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`"${name}" needs --${option} ${what}`);
  return value.trim();
}

const TEMPLATE_ID = 'ID (see "hirebook messages templates")';

export function messagesCommand(name: string, args: readonly string[], values: MessagesValues): MessagesCommand {
  const json = values.json ?? false;
  if (name === 'messages draft-many') {
    if (args.length === 0) throw new UsageError('"messages draft-many" needs the ids of the applications to write to (see "hirebook candidates list --json")');
    return { kind: 'messages-draft-many', templateId: required(name, 'template', values.template, TEMPLATE_ID), applicationIds: [...new Set(args)], out: required(name, 'out', values.out, 'FOLDER'), json };
  }
  if (args.length > 0) throw new UsageError(`unexpected argument "${args[0]}" after "${name}"`);
  if (name === 'messages restore') return { kind: 'messages-restore', templateId: required(name, 'template', values.template, TEMPLATE_ID), json };
  if (name === 'messages templates') return { kind: 'messages-templates', json };
  if (name === 'messages draft') {
    return {
      kind: 'messages-draft',
      templateId: required(name, 'template', values.template, TEMPLATE_ID),
      applicationId: required(name, 'application', values.application, 'ID (the application\'s id, see "hirebook candidates list --json")'),
      out: required(name, 'out', values.out, 'FILE.eml'),
      force: values.force ?? false,
      json,
    };
  }
  throw new UsageError(`unknown command "${name}" (use one of: ${MESSAGES_SUBCOMMANDS})`);
}
