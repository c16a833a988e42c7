// Runs one `hirebook` invocation: parse the arguments, open the core if the command needs it,
// run the command, and map every outcome to an exit code. Runs in plain Node.
import { defaultDataDir } from '../core/data-dir';
import type { Core } from '../core/create-core';
import { parseCliArgs, type Command } from './args';
import { backup, backupsStatus, restore } from './commands/backup';
import { candidatesExport, candidatesImport } from './commands/candidates-csv';
import { candidatesExportPerson } from './commands/candidates-export-person';
import { candidatesAnonymise } from './commands/candidates-anonymise';
import { candidatesIntake } from './commands/candidates-intake';
import { candidatesList } from './commands/candidates-list';
import { exportAll } from './commands/export-all';
import { check, salvage } from './commands/data';
import { info } from './commands/info';
import { interviewsIcs, interviewsList, kitPdf } from './commands/interviews';
import { jdCheck } from './commands/jd-check';
import { jdImport } from './commands/jd-import';
import { jdParse } from './commands/jd-parse';
import { careersSite, postingExport, postingPdf } from './commands/posting';
import { runReports } from './commands/reports';
import { runMessages } from './commands/messages';
import { runOffers } from './commands/offers';
import { runRetention } from './commands/retention';
import { rolesList } from './commands/roles-list';
import { rpc } from './commands/rpc';
import { rpcList } from './commands/rpc-list';
import { search } from './commands/search';
import { helpText } from './help';
import { CliFailure, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, write, type CliIo } from './io';
import { openCliCore } from './open-core';

async function withCore(dataDir: string, version: string, io: CliIo, run: (core: Core) => Promise<void>): Promise<void> {
  const core = openCliCore(dataDir, version, io);
  try {
    await run(core);
  } finally {
    // Waits for the PDF browser to quit too, so the process can exit.
    await core.close();
  }
}

async function runCommand(command: Command, dataDir: string, version: string, io: CliIo): Promise<void> {
  switch (command.kind) {
    case 'help':
      return write(io.stdout, helpText(defaultDataDir(io.env)));
    case 'version':
      return write(io.stdout, `${version}\n`);
    case 'rpc-list':
      return rpcList(io);
    case 'info':
      return withCore(dataDir, version, io, (core) => info(core, command.json, io));
    case 'roles-list':
      return withCore(dataDir, version, io, (core) => rolesList(core, command, io));
    case 'search':
      return withCore(dataDir, version, io, (core) => search(core, command.text, command.json, io));
    case 'rpc':
      return withCore(dataDir, version, io, (core) => rpc(core, io));
    case 'jd-parse':
      return withCore(dataDir, version, io, (core) => jdParse(core, command.file, command.json, io));
    case 'jd-import':
      return withCore(dataDir, version, io, (core) => jdImport(core, command, io));
    case 'jd-check':
      return withCore(dataDir, version, io, (core) => jdCheck(core, command, io));
    case 'posting-pdf':
      return withCore(dataDir, version, io, (core) => postingPdf(core, command, io));
    case 'posting-export':
      return withCore(dataDir, version, io, (core) => postingExport(core, command, io));
    case 'careers-site':
      return withCore(dataDir, version, io, (core) => careersSite(core, command, io));
    case 'export-all':
      return withCore(dataDir, version, io, (core) => exportAll(core, command, io));
    case 'candidates-import':
      return withCore(dataDir, version, io, (core) => candidatesImport(core, command, io));
    case 'candidates-intake':
      return withCore(dataDir, version, io, (core) => candidatesIntake(core, command, io));
    case 'candidates-export':
      return withCore(dataDir, version, io, (core) => candidatesExport(core, command, io));
    case 'candidates-export-person':
      return withCore(dataDir, version, io, (core) => candidatesExportPerson(core, command, io));
    case 'candidates-list':
      return withCore(dataDir, version, io, (core) => candidatesList(core, command, io));
    case 'candidates-anonymise':
      return withCore(dataDir, version, io, (core) => candidatesAnonymise(core, command, io));
    case 'interviews-list':
      return withCore(dataDir, version, io, (core) => interviewsList(core, command.json, io));
    case 'interviews-ics':
      return withCore(dataDir, version, io, (core) => interviewsIcs(core, command, io));
    case 'kit-pdf':
      return withCore(dataDir, version, io, (core) => kitPdf(core, command, io));
    case 'check':
      return check(dataDir, version, command, io);
    case 'salvage':
      return salvage(dataDir, command, io);
    case 'backup':
      return withCore(dataDir, version, io, (core) => backup(core, command, io));
    case 'backups':
      return withCore(dataDir, version, io, (core) => backupsStatus(core, command, io));
    case 'restore':
      return withCore(dataDir, version, io, (core) => restore(core, command, io, version));
    case 'reports':
    case 'today':
      return withCore(dataDir, version, io, (core) => runReports(core, command, io));
    case 'retention-due':
    case 'retention-erase':
    case 'retention-settings':
    case 'retention-notice':
      return withCore(dataDir, version, io, (core) => runRetention(core, command, io));
    case 'messages-templates':
    case 'messages-draft':
    case 'messages-draft-many':
    case 'messages-restore':
      return withCore(dataDir, version, io, (core) => runMessages(core, command, io));
    case 'offers-list':
    case 'offers-create':
    case 'offers-set-status':
    case 'offers-letter':
      return withCore(dataDir, version, io, (core) => runOffers(core, command, io));
  }
}

/** Returns the exit code; never throws. */
export async function runCli(argv: readonly string[], version: string, io: CliIo): Promise<number> {
  try {
    const { dataDir, command } = parseCliArgs(argv);
    await runCommand(command, dataDir ?? defaultDataDir(io.env), version, io);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`hirebook: ${error.message}\nRun "hirebook --help" for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof CliFailure) {
      io.stderr.write(`hirebook: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`hirebook: unexpected error: ${detail}\n`);
    return EXIT_FAILURE;
  }
}
