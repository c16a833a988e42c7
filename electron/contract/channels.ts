// The names of every IPC channel and push event. Runs anywhere; imports nothing, so the
// sandboxed preload can allow-list exactly these names.

/** Every request/response channel, as `domain:verb`. */
export const CHANNELS = [
  'app:info',
  'app:choose-folder',
  'app:choose-file',
  'company:get',
  'company:update',
  'roles:list',
  'roles:get',
  'roles:create',
  'roles:update',
  'roles:duplicate',
  'roles:archive',
  'roles:restore',
  'roles:delete',
  'sample:load',
  'descriptions:get',
  'descriptions:save',
  'revisions:list',
  'revisions:get',
  'revisions:create',
  'revisions:restore',
  'revisions:compare',
  'templates:list',
  'templates:get',
  'templates:save-from-role',
  'templates:delete',
  'templates:use',
  'jd:parse',
  'jd:import',
  'jd:check',
  'postings:html',
  'postings:export',
  'postings:pdf',
  'postings:check',
  'postings:print',
  'postings:batch-pdf',
  'postings:cancel',
  'careers:export',
  'candidates:create',
  'candidates:get',
  'candidates:update',
  'candidates:delete',
  'candidates:list',
  'candidates:duplicates',
  'candidates:merge',
  'candidates:timeline',
  'attachments:add',
  'attachments:content',
  'attachments:text',
  'attachments:delete',
  'pipeline:get',
  'pipeline:update-stages',
  'applications:create',
  'applications:move',
  'applications:reject',
  'applications:hire',
  'applications:reactivate',
  'applications:rate',
  'applications:note-add',
  'applications:notes',
  'applications:history',
  'applications:bulk',
  'rejection-reasons:list',
  'rejection-reasons:save',
  'candidates:import-preview',
  'candidates:import',
  'candidates:import-cancel',
  'candidates:export',
  'interviews:list',
  'interviews:get',
  'interviews:schedule',
  'interviews:update',
  'interviews:ics',
  'kits:get',
  'kits:generate',
  'kits:save',
  'kits:html',
  'kits:pdf',
  'kits:print',
  'scorecards:open',
  'scorecards:save',
  'scorecards:submit',
  'scorecards:summary',
  'applications:export',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Every push event main sends to the renderer. */
export const EVENTS = ['data:changed', 'menu:new-role', 'postings:progress', 'candidates:import-progress'] as const;

export type EventName = (typeof EVENTS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENTS as readonly string[]).includes(value);
}

/**
 * The one synchronous message the preload sends besides the channels: "the owner dropped or chose this
 * file in the page", so the core may read it (see core/files/path-grants.ts). Carries the path only.
 */
export const GRANT_FILE_MESSAGE = 'hirebook:grant-file';
