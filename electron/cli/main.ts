// Runs one `hirebook` invocation: parse the arguments, open the core if the command needs it,
// run the command, and map every outcome to an exit code. Each command's module is imported when that
// command runs (its own chunk in the bundle), so `hirebook info` loads none of the others. Runs in plain Node.
import path from 'node:path';
import { defaultDataDir } from '../core/data-dir';
import type { CoreWorkers } from '../core/core-context';
import type { StandbyPlanner } from '../core/csv/csv-import-thread-start';
import type { Core } from '../core/create-core';
import { parseCliArgs, type Command } from './args';
import { helpText } from './help';
import { CliFailure, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, write, type CliIo } from './io';
import { openCliCore } from './open-core';

/** How a command uses the worker threads (see CoreWorkers). */
type CliWorkers = Pick<CoreWorkers, 'importWriter' | 'standbyPlanner'>;

async function withCore(
  dataDir: string, version: string, io: CliIo, run: (core: Core) => Promise<void>, workers: CliWorkers = {},
): Promise<void> {
  const core = openCliCore(dataDir, version, io, workers);
  try {
    await run(core);
  } finally {
    // Waits for the PDF browser to quit too, so the process can exit.
    await core.close();
  }
}

async function runCommand(command: Command, dataDir: string, version: string, io: CliIo, standby: StandbyPlanner | undefined): Promise<void> {
  switch (command.kind) {
    case 'help':
      return write(io.stdout, helpText(defaultDataDir(io.env)));
    case 'version':
      return write(io.stdout, `${version}\n`);
    case 'rpc-list':
      return (await import('./commands/rpc-list')).rpcList(io);
    case 'info':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/info')).info(core, command.json, io));
    case 'roles-list':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/roles-list')).rolesList(core, command, io));
    case 'search':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/search')).search(core, command.text, command.json, io));
    case 'rpc':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/rpc')).rpc(core, io));
    case 'jd-parse':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/jd-parse')).jdParse(core, command.file, command.json, io));
    case 'jd-import':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/jd-import')).jdImport(core, command, io));
    case 'jd-check':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/jd-check')).jdCheck(core, command, io));
    case 'posting-pdf':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/posting')).postingPdf(core, command, io));
    case 'posting-export':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/posting')).postingExport(core, command, io));
    case 'careers-site':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/posting')).careersSite(core, command, io));
    case 'export-all':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/export-all')).exportAll(core, command, io));
    case 'candidates-import': {
      // The command has nothing else to answer while it imports: its own thread stores the batches. The planning
      // thread started with the process (index.ts) reads the file meanwhile, while the core opens and previews it.
      standby?.read(path.resolve(command.file));
      const workers: CliWorkers = { importWriter: 'core', ...(standby ? { standbyPlanner: standby } : {}) };
      return withCore(dataDir, version, io, async (core) => (await import('./commands/candidates-csv')).candidatesImport(core, command, io), workers);
    }
    case 'candidates-intake':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/candidates-intake')).candidatesIntake(core, command, io));
    case 'candidates-export':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/candidates-csv')).candidatesExport(core, command, io));
    case 'candidates-export-person':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/candidates-export-person')).candidatesExportPerson(core, command, io));
    case 'candidates-list':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/candidates-list')).candidatesList(core, command, io));
    case 'candidates-anonymise':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/candidates-anonymise')).candidatesAnonymise(core, command, io));
    case 'interviews-list':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/interviews')).interviewsList(core, command.json, io));
    case 'interviews-ics':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/interviews')).interviewsIcs(core, command, io));
    case 'kit-pdf':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/interviews')).kitPdf(core, command, io));
    case 'check':
      return (await import('./commands/data')).check(dataDir, version, command, io);
    case 'salvage':
      return (await import('./commands/data')).salvage(dataDir, command, io);
    case 'backup':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/backup')).backup(core, command, io));
    case 'backups':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/backup')).backupsStatus(core, command, io));
    case 'restore':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/backup')).restore(core, command, io, version));
    case 'reports':
    case 'today':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/reports')).runReports(core, command, io));
    case 'retention-due':
    case 'retention-erase':
    case 'retention-settings':
    case 'retention-notice':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/retention')).runRetention(core, command, io));
    case 'messages-templates':
    case 'messages-draft':
    case 'messages-draft-many':
    case 'messages-restore':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/messages')).runMessages(core, command, io));
    case 'offers-list':
    case 'offers-create':
    case 'offers-set-status':
    case 'offers-letter':
      return withCore(dataDir, version, io, async (core) => (await import('./commands/offers')).runOffers(core, command, io));
  }
}

/**
 * Returns the exit code; never throws. `standby`: a planning thread started with the process for a command line that
 * may be an import (index.ts), ended here if no import took it.
 */
export async function runCli(argv: readonly string[], version: string, io: CliIo, standby?: StandbyPlanner): Promise<number> {
  try {
    const { dataDir, command } = parseCliArgs(argv);
    await runCommand(command, dataDir ?? defaultDataDir(io.env), version, io, standby);
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
  } finally {
    // Not taken by an import (another command, a usage error, a folder that did not open): ended here.
    await standby?.dispose();
  }
}
