// Renderer: the roles table: one row per role with its status chip, key facts and row actions (with the
// role's Export menu).
import { SampleBadge } from '../../components/SampleBadge';
import { Archive, ArchiveRestore, ClipboardList, Columns3, Copy, FileText, Pencil, Trash2 } from 'lucide-react';
import type { Role, RoleSort } from '../../../../electron/contract';
import { IconButton } from '../../components/Button';
import { StatusChip } from '../../components/StatusChip';
import { formatAgo, formatDateTime, formatDay } from '../../lib/dates';
import { EMPLOYMENT_TYPE_LABELS, WORKPLACE_LABELS, formatPlace } from '../../lib/labels';
import { naturalDirection, useRolesStore } from '../../stores/roles-store';
import { useRouteStore } from '../../stores/route-store';
import { ExportMenu } from '../postings/ExportMenu';

export interface RowActions {
  edit(role: Role): void;
  describe(role: Role): void;
  pipeline(role: Role): void;
  duplicate(role: Role): void;
  archive(role: Role): void;
  restore(role: Role): void;
  remove(role: Role): void;
}

function SortHeader({ sort, label, className }: { sort: RoleSort; label: string; className?: string }) {
  const query = useRolesStore((s) => s.query);
  const setQuery = useRolesStore((s) => s.setQuery);
  const active = query.sort === sort;
  const ariaSort = active ? (query.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  const next = active ? (query.direction === 'asc' ? 'desc' : 'asc') : naturalDirection(sort);
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button type="button" className={`th-sort${active ? ' th-sort-active' : ''}`} onClick={() => setQuery({ sort, direction: next })}>
        {label}
        <span className="th-sort-arrow" aria-hidden="true">
          {active ? (query.direction === 'asc' ? '↑' : '↓') : ''}
        </span>
      </button>
    </th>
  );
}

export function RolesTable({ roles, actions }: { roles: Role[]; actions: RowActions }) {
  return (
    <div className="table-wrap">
      <table className="table roles-table">
        <caption className="sr-only">Roles</caption>
        <thead>
          <tr>
            <SortHeader sort="title" label="Role" className="col-role" />
            <th scope="col" className="col-place">
              Location
            </th>
            <th scope="col" className="col-type">
              Type
            </th>
            <SortHeader sort="status" label="Status" className="col-status" />
            <SortHeader sort="closes" label="Closes" className="col-date col-closes" />
            <SortHeader sort="updated" label="Updated" className="col-date" />
            <th scope="col" className="col-actions">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role.id}>
              <td className="col-role">
                <a
                  href={`#/roles/${role.id}/edit`}
                  className="row-title"
                  onClick={(e) => {
                    e.preventDefault();
                    actions.edit(role);
                  }}
                >
                  {role.title}
                </a>
                {role.sample ? <SampleBadge /> : null}
                <div className="row-sub">
                  {[role.department, role.openings > 1 ? `${role.openings} openings` : ''].filter(Boolean).join(' · ') || 'No department'}
                </div>
              </td>
              <td className="col-place">
                <div className="cell-main">{formatPlace(role)}</div>
                <div className="row-sub">{WORKPLACE_LABELS[role.workplace]}</div>
              </td>
              <td className="col-type">{EMPLOYMENT_TYPE_LABELS[role.employmentType]}</td>
              <td className="col-status">
                <StatusChip status={role.status} />
              </td>
              <td className="col-date col-closes">{formatDay(role.closesOn)}</td>
              <td className="col-date" title={formatDateTime(role.updatedAt)}>
                {formatAgo(role.updatedAt)}
              </td>
              <td className="col-actions">
                <div className="row-actions">
                  <IconButton label={`Pipeline for ${role.title}`} onClick={() => actions.pipeline(role)}>
                    <Columns3 size={16} aria-hidden="true" />
                  </IconButton>
                  <IconButton label={`Job description for ${role.title}`} onClick={() => actions.describe(role)}>
                    <FileText size={16} aria-hidden="true" />
                  </IconButton>
                  <IconButton label={`Interview kit for ${role.title}`} onClick={() => useRouteStore.getState().navigate({ name: 'role-kit', id: role.id })}>
                    <ClipboardList size={16} aria-hidden="true" />
                  </IconButton>
                  <IconButton label={`Edit ${role.title}`} onClick={() => actions.edit(role)}>
                    <Pencil size={16} aria-hidden="true" />
                  </IconButton>
                  <ExportMenu roleId={role.id} roleTitle={role.title} withPreview iconOnly />
                  <IconButton label={`Duplicate ${role.title}`} onClick={() => actions.duplicate(role)}>
                    <Copy size={16} aria-hidden="true" />
                  </IconButton>
                  {role.archivedAt ? (
                    <IconButton label={`Restore ${role.title}`} onClick={() => actions.restore(role)}>
                      <ArchiveRestore size={16} aria-hidden="true" />
                    </IconButton>
                  ) : (
                    <IconButton label={`Archive ${role.title}`} onClick={() => actions.archive(role)}>
                      <Archive size={16} aria-hidden="true" />
                    </IconButton>
                  )}
                  <IconButton label={`Delete ${role.title}`} className="icon-btn-danger" onClick={() => actions.remove(role)}>
                    <Trash2 size={16} aria-hidden="true" />
                  </IconButton>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
