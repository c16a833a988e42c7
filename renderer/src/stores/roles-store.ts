// Renderer: the roles list as the person sees it (the query: filters, search, sort; and the rows), and every
// other call about roles (one role, pickers, create, edit, duplicate, archive, restore, delete).
import { create } from 'zustand';
import type { Input, Role, RoleCounts, RoleList, RoleSort, RoleStatus } from '../../../electron/contract';
import { call } from '../api/client';
import { notifyError } from '../lib/notify';
import { onDataChanged } from './data-changed';
import { localTimeZone } from '../features/interviews/zoned-time';

export type ArchiveView = 'active' | 'archived';

export interface RolesQuery {
  statuses: RoleStatus[];
  view: ArchiveView;
  search: string;
  sort: RoleSort;
  direction: 'asc' | 'desc';
}

interface RolesState {
  query: RolesQuery;
  roles: Role[];
  /** Each listed role's new, in-process and this week's interview counts, by role id. */
  counts: Record<string, RoleCounts>;
  /** False until the first answer arrives, so the empty state never flashes. */
  loaded: boolean;
  /** True when no role exists at all (active or archived): the first-run empty state. */
  noRolesAtAll: boolean;
  error: string | null;
  /** Bumped when filters are cleared from outside the toolbar, so its search box starts afresh. */
  resetCount: number;
  resetFilters(): void;
  setQuery(patch: Partial<RolesQuery>): void;
  load(): Promise<void>;
}

export const DEFAULT_QUERY: RolesQuery = { statuses: [], view: 'active', search: '', sort: 'updated', direction: 'desc' };

let latestRequest = 0;

export const useRolesStore = create<RolesState>((set, get) => ({
  query: DEFAULT_QUERY,
  roles: [],
  counts: {},
  loaded: false,
  noRolesAtAll: false,
  error: null,
  resetCount: 0,
  resetFilters() {
    const { sort, direction } = get().query;
    set({ query: { ...DEFAULT_QUERY, sort, direction }, resetCount: get().resetCount + 1 });
    void get().load();
  },
  setQuery(patch) {
    set({ query: { ...get().query, ...patch } });
    void get().load();
  },
  async load() {
    const request = ++latestRequest;
    const { query } = get();
    try {
      const list = await call('roles:list', {
        statuses: query.statuses,
        archived: query.view === 'archived' ? 'only' : 'exclude',
        search: query.search.trim(),
        sort: query.sort,
        direction: query.direction,
        // "This week" on the owner's wall clock.
        timeZone: localTimeZone(),
      });
      let noRolesAtAll = false;
      if (list.roles.length === 0) {
        const all = await call('roles:list', { archived: 'include' });
        noRolesAtAll = all.total === 0;
      }
      // A slower, older answer must not overwrite a newer one.
      if (request !== latestRequest) return;
      set({ roles: list.roles, counts: list.counts, noRolesAtAll, loaded: true, error: null });
    } catch (error) {
      if (request !== latestRequest) return;
      set({ loaded: true, error: error instanceof Error ? error.message : 'Could not load roles' });
      throw error;
    }
  },
}));

/**
 * Reloads the roles list when roles change, or what it counts (applications, interviews), once it has been
 * shown; returns a function that stops.
 */
export function watchRoles(): () => void {
  return onDataChanged(['roles', 'applications', 'interviews'], () => {
    if (useRolesStore.getState().loaded) useRolesStore.getState().load().catch((e: unknown) => notifyError(e, 'Could not refresh roles'));
  });
}

export const roleActions = {
  get: (id: string): Promise<Role> => call('roles:get', { id }),
  /** A list for a picker (another screen's choice of roles), apart from the Roles screen's own query. */
  list: (query: Input<'roles:list'>): Promise<RoleList> => call('roles:list', query),
  create: (draft: Input<'roles:create'>): Promise<Role> => call('roles:create', draft),
  update: (input: Input<'roles:update'>): Promise<Role> => call('roles:update', input),
  duplicate: (id: string): Promise<Role> => call('roles:duplicate', { id }),
  archive: (id: string): Promise<Role> => call('roles:archive', { id }),
  restore: (id: string): Promise<Role> => call('roles:restore', { id }),
  remove: (id: string): Promise<{ id: string }> => call('roles:delete', { id }),
};

export function hasFilters(query: RolesQuery): boolean {
  return query.statuses.length > 0 || query.search.trim() !== '' || query.view === 'archived';
}

/** The order a person expects first: A→Z and soonest closing; newest first for dates of change. */
export function naturalDirection(sort: RoleSort): 'asc' | 'desc' {
  return sort === 'title' || sort === 'closes' || sort === 'status' ? 'asc' : 'desc';
}
