// `hirebook roles list`: the roles as a table, or as JSON with --json. Runs in plain Node.
import type { Role, RoleList, RoleListQuery, RoleStatus } from '../../contract';
import type { Core } from '../../core/create-core';
import { valueOrFail } from '../open-core';
import { formatTable, type Column } from '../table';
import { write, type CliIo } from '../io';

export interface RolesListOptions {
  json: boolean;
  statuses: RoleStatus[];
  search: string;
  archived: boolean;
}

function place(role: Role): string {
  const where = [role.location.city, role.location.country].filter((part) => part !== '').join(', ');
  return role.workplace === 'remote' ? (where ? `Remote (${where})` : 'Remote') : where;
}

const COLUMNS: readonly Column<Role>[] = [
  { header: 'TITLE', max: 40, cell: (r) => r.title },
  { header: 'STATUS', cell: (r) => r.status.replace(/_/g, ' ') },
  { header: 'DEPARTMENT', max: 20, cell: (r) => r.department },
  { header: 'LOCATION', max: 28, cell: place },
  { header: 'OPENINGS', align: 'right', cell: (r) => String(r.openings) },
  { header: 'CLOSES', cell: (r) => r.closesOn ?? '' },
  { header: 'UPDATED', cell: (r) => r.updatedAt.slice(0, 10) },
  { header: 'ID', cell: (r) => r.id },
];

export async function rolesList(core: Core, options: RolesListOptions, io: CliIo): Promise<void> {
  const query: RoleListQuery = {
    archived: options.archived ? 'only' : 'exclude',
    search: options.search,
    ...(options.statuses.length > 0 ? { statuses: options.statuses } : {}),
  };
  const list = valueOrFail(await core.dispatch('roles:list', query)) as RoleList;
  if (options.json) {
    await write(io.stdout, `${JSON.stringify(list, null, 2)}\n`);
    return;
  }
  if (list.roles.length === 0) {
    const filtered = options.search !== '' || options.statuses.length > 0;
    await write(io.stdout, filtered ? 'No roles match.\n' : options.archived ? 'No archived roles.\n' : 'No roles yet.\n');
    return;
  }
  const count = `${list.total} ${list.total === 1 ? 'role' : 'roles'}${options.archived ? ' (archived)' : ''}\n`;
  await write(io.stdout, formatTable(list.roles, COLUMNS) + count);
}
