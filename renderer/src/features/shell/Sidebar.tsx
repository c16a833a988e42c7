// Renderer: the left sidebar: the Hirebook wordmark and the main navigation. In a narrow window (or at a
// high zoom) it is a rail of icons, each named for screen readers and shown in a tooltip; a button at its
// foot switches between the rail and the full sidebar (use-sidebar-rail.ts).
import { BarChart3, Briefcase, CalendarClock, House, PanelLeftClose, PanelLeftOpen, Settings, Users, type LucideIcon } from 'lucide-react';
import { IconButton } from '../../components/Button';
import { Tooltip } from '../../components/Tooltip';
import { sectionOf, useRouteStore, type Route, type Section } from '../../stores/route-store';
import { useSidebarRail } from './use-sidebar-rail';

const NAV: { section: Section; label: string; icon: LucideIcon; route: Route }[] = [
  { section: 'today', label: 'Today', icon: House, route: { name: 'today' } },
  { section: 'roles', label: 'Roles', icon: Briefcase, route: { name: 'roles' } },
  { section: 'candidates', label: 'Candidates', icon: Users, route: { name: 'candidates' } },
  { section: 'interviews', label: 'Interviews', icon: CalendarClock, route: { name: 'interviews' } },
  { section: 'reports', label: 'Reports', icon: BarChart3, route: { name: 'reports' } },
];

const SETTINGS = { section: 'settings' as const, label: 'Settings', icon: Settings, route: { name: 'settings' } as Route };

export function Sidebar() {
  const route = useRouteStore((s) => s.route);
  const navigate = useRouteStore((s) => s.navigate);
  const current = sectionOf(route);
  const { rail, toggle } = useSidebarRail();

  const link = (item: (typeof NAV)[number]) => {
    const Icon = item.icon;
    const active = current === item.section;
    return (
      <li key={item.section}>
        <Tooltip label={item.label} side="right" disabled={!rail}>
          <a
            href={`#/${item.section}`}
            className={`nav-link${active ? ' nav-link-active' : ''}`}
            aria-current={active ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              navigate(item.route);
            }}
          >
            <Icon size={18} strokeWidth={1.75} aria-hidden="true" />
            <span className="nav-label">{item.label}</span>
          </a>
        </Tooltip>
      </li>
    );
  };

  return (
    <aside className={`sidebar${rail ? ' sidebar-rail' : ''}`}>
      <div className="wordmark">
        <span className="wordmark-mark" aria-hidden="true">
          H
        </span>
        <span className="wordmark-text">Hirebook</span>
      </div>
      <nav aria-label="Main" className="nav">
        <ul className="nav-list">{NAV.map(link)}</ul>
        <ul className="nav-list nav-list-bottom">{link(SETTINGS)}</ul>
      </nav>
      <IconButton
        label={rail ? 'Show the sidebar’s labels' : 'Show the sidebar as icons only'}
        tooltipSide="right"
        className="sidebar-toggle"
        aria-expanded={!rail}
        onClick={toggle}
      >
        {rail ? <PanelLeftOpen size={18} strokeWidth={1.75} aria-hidden="true" /> : <PanelLeftClose size={18} strokeWidth={1.75} aria-hidden="true" />}
      </IconButton>
    </aside>
  );
}
