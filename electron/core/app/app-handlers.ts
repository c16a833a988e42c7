// The app channels: which version runs and where its data lives (app:info), and the desktop shell's
// folder and file pickers (app:choose-folder, app:choose-file), which grant what they return, and the colour theme
// for the shell's own menus and title bar (app:set-theme). Runs in plain Node via dispatch.
import { readUserVersion } from '../db/open-database';
import { DomainError } from '../errors';
import type { AppChannel } from '../../contract';
import type { HandlerGroup } from '../handlers';
import { NO_FILE_DIALOG, NO_FOLDER_DIALOG, NO_REOPEN } from '../platform-services';

export const appHandlers: HandlerGroup<AppChannel> = {
  'app:info': (_input, ctx) => ({
    version: ctx.appVersion,
    dataDir: ctx.dataDir,
    databasePath: ctx.databasePath,
    schemaVersion: readUserVersion(ctx.db),
    runtime: ctx.runtime,
  }),

  'app:choose-folder': async ({ title }, ctx) => {
    if (!ctx.platform) throw new DomainError('unavailable', NO_FOLDER_DIALOG);
    const chosen = await ctx.platform.chooseFolder({ title });
    // A dialog answers with a real folder or nothing; an empty string is treated as a cancel.
    if (chosen) ctx.grants.grantFolder(chosen);
    return { path: chosen ? chosen : null };
  },

  'app:choose-file': async (input, ctx) => {
    if (!ctx.platform) throw new DomainError('unavailable', NO_FILE_DIALOG);
    const paths = (await ctx.platform.chooseFiles(input)).filter((p) => p !== '');
    for (const file of paths) ctx.grants.grantFile(file);
    return { paths: input.multiple ? paths : paths.slice(0, 1) };
  },

  'app:set-theme': ({ choice }, ctx) => {
    const setTheme = ctx.platform?.setTheme?.bind(ctx.platform);
    // Without a desktop shell (the command line, a browser) there is nothing of its own to colour.
    if (!setTheme) return { applied: false };
    setTheme(choice);
    return { applied: true };
  },

  'app:menu-state': (state, ctx) => {
    const setMenuState = ctx.platform?.setMenuState?.bind(ctx.platform);
    // Without a desktop shell there are no menus to grey out.
    if (!setMenuState) return { applied: false };
    setMenuState(state);
    return { applied: true };
  },

  'app:reminders': ({ on }, ctx) => {
    const setReminders = ctx.platform?.setReminders?.bind(ctx.platform);
    // Without a desktop shell there is nobody to notify.
    if (!setReminders) return { applied: false };
    setReminders(on);
    return { applied: true };
  },

  'app:reopen': (_input, ctx) => {
    const reopen = ctx.platform?.reopen?.bind(ctx.platform);
    if (!reopen) throw new DomainError('unavailable', NO_REOPEN);
    // After this answer has left: the shell closes this very core.
    setImmediate(reopen);
    return { reopening: true as const };
  },
};
