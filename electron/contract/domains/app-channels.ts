// App: this install, and the system's folder and file pickers.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./app-contract.ts and a handler in core/app/app-handlers.ts (else a type error).

export const APP_CHANNELS = [
  'app:info',
  'app:choose-folder',
  'app:choose-file',
  'app:reopen',
  'app:set-theme',
  'app:menu-state',
  'app:reminders',
] as const;

export type AppChannel = (typeof APP_CHANNELS)[number];
