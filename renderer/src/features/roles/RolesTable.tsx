// Renderer: the roles table as a hiring overview: one row per role with its title (the row opens the role's
// pipeline), how many candidates are new, in process and interviewed this week, its status chip and key
// facts; Edit with its name on it, and the rest of the role's actions in its More menu.
import { Archive, ArchiveRestore, ClipboardCopy, ClipboardList, Copy, Eye, FileDown, FileText, MoreHorizontal, Pencil, Trash2 } from 'lucide-react';
import type { MouseEvent } from 'react';
import type { Role, RoleCounts, RoleSort } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { MenuButton, type MenuItem } from '../../components/MenuButton';
import { SampleBadge } from '../../components/SampleBadge';
import { StatusChip } from '../../components/StatusChip';
import { formatAgo, formatDateTime, formatDay } from '../../lib/dates';
import { EMPLOYMENT_TYPE_LABELS, WORKPLACE_LABELS, formatPlace } from '../../lib/labels';
import { naturalDirection, useRolesStore } from '../../stores/roles-store';
import { copyJobBoardText, savePdf } from '../../stores/postings-actions';

export interface RowActions {
  edit(role: Role): void;
  describe(role: Role): void;
  pipeline(role: Role): void;
  kit(role: Role): void;
  posting(role: Role): void;
  duplicate(role: Role): void;
  archive(role: Role): void;
  restore(role: Role): void;
  remove(role: Role): void;
}

const ICON = { size: 16, 'aria-hidden': true } as const;
const NO_COUNTS: RoleCounts = { new: 0, inProcess: 0, interviewsThisWeek: 0 };

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

/** "3 new · 5 in process" and "2 interviews this week", in words a person reads at a glance. */
function Counts({ counts }: { counts: RoleCounts }) {
  const interviews = counts.interviewsThisWeek;
  if (counts.new === 0 && counts.inProcess === 0 && interviews === 0) return <span className="counts-none">No candidates yet</span>;
  return (
    <>
      <div className="counts-main">
        <span className={counts.new > 0 ? 'count-new' : undefined}>{counts.new} new</span>
        {' · '}
        <span>{counts.inProcess} in process</span>
      </div>
      <div className="row-sub">{interviews === 0 ? 'No interviews this week' : `${interviews} interview${interviews === 1 ? '' : 's'} this week`}</div>
    </>
  );
}

function moreItems(role: Role, actions: RowActions): MenuItem[] {
  return [
    { label: 'Job description', icon: <FileText {...ICON} />, onSelect: () => actions.describe(role) },
    { label: 'Interview kit', icon: <ClipboardList {...ICON} />, onSelect: () => actions.kit(role) },
    { label: 'Preview posting', icon: <Eye {...ICON} />, onSelect: () => actions.posting(role), separated: true },
    { label: 'Save PDF…', icon: <FileDown {...ICON} />, onSelect: () => void savePdf(role.id, 'classic') },
    { label: 'Copy text for job boards', icon: <ClipboardCopy {...ICON} />, onSelect: () => void copyJobBoardText(role.id) },
    { label: 'Duplicate', icon: <Copy {...ICON} />, onSelect: () => actions.duplicate(role), separated: true },
    role.archivedAt
      ? { label: 'Restore', icon: <ArchiveRestore {...ICON} />, onSelect: () => actions.restore(role) }
      : { label: 'Archive', icon: <Archive {...ICON} />, onSelect: () => actions.archive(role) },
    { label: 'Delete…', icon: <Trash2 {...ICON} />, onSelect: () => actions.remove(role), separated: true, danger: true },
  ];
}

/** A click on the row's empty space opens the pipeline; its link, buttons and menus keep their own clicks. */
function openFromRow(e: MouseEvent<HTMLTableRowElement>, open: () => void) {
  const target = e.target as HTMLElement;
  if (target.closest('a, button, input, select, textarea, [role="menu"]')) return;
  // Selecting text in a row is not a click on it.
  if (window.getSelection()?.toString()) return;
  open();
}

export function RolesTable({ roles, counts, actions }: { roles: Role[]; counts: Record<string, RoleCounts>; actions: RowActions }) {
  return (
    <div className="table-wrap">
      <table className="table roles-table">
        <caption className="sr-only">Roles</caption>
        <thead>
          <tr>
            <SortHeader sort="title" label="Role" className="col-role" />
            <th scope="col" className="col-counts">
              Candidates
            </th>
            <th scope="col" className="col-place">
              Location
            </th>
            <th scope="col" className="col-type">
              Type
            </th>
            <SortHeader sort="status" label="Status" className="col-status" />
            <SortHeader sort="closes" label="Closes" className="col-date col-closes" />
            <SortHeader sort="updated" label="Updated" className="col-date col-updated" />
            <th scope="col" className="col-actions">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role.id} className="row-link" onClick={(e) => openFromRow(e, () => actions.pipeline(role))}>
              <td className="col-role">
                <a
                  href={`#/roles/${role.id}/pipeline`}
                  className="row-title"
                  title={`Open the pipeline for ${role.title}`}
                  onClick={(e) => {
                    e.preventDefault();
                    actions.pipeline(role);
                  }}
                >
                  {role.title}
                </a>
                {role.sample ? <SampleBadge /> : null}
                <div className="row-sub">
                  {[role.department, role.openings > 1 ? `${role.openings} openings` : ''].filter(Boolean).join(' · ') || 'No department'}
                </div>
              </td>
              <td className="col-counts">
                <Counts counts={counts[role.id] ?? NO_COUNTS} />
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
              <td className="col-date col-updated" title={formatDateTime(role.updatedAt)}>
                {formatAgo(role.updatedAt)}
              </td>
              <td className="col-actions">
                <div className="row-actions">
                  <Button size="sm" icon={<Pencil {...ICON} />} aria-label={`Edit ${role.title}`} onClick={() => actions.edit(role)}>
                    Edit
                  </Button>
                  <MenuButton
                    label="More"
                    accessibleName={`More actions for ${role.title}`}
                    size="sm"
                    icon={<MoreHorizontal {...ICON} />}
                    items={moreItems(role, actions)}
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
