// Renderer: the right-hand panel of the description screen: tabs for the live Preview and the Coach. In a
// narrow window (or at a high zoom: below DRAWER_BELOW CSS pixels, descriptions.css) it is a drawer over the
// right of the screen instead, opened by SidePanelToggle in the header and closed by its X or Escape.
import { PanelRightOpen, X } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { Button, IconButton } from '../../components/Button';
import { useDescriptionStore } from '../../stores/description-store';
import { CoachPanel } from './CoachPanel';
import { PostingPreview } from './PostingPreview';
import { useCoach } from './use-coach';

type Tab = 'coach' | 'preview';
const TABS: { id: Tab; label: string }[] = [
  { id: 'coach', label: 'Coach' },
  { id: 'preview', label: 'Preview' },
];

const PANEL_ID = 'desc-side';

/** The header's button that opens the panel as a drawer (shown only where the panel is one). */
export function SidePanelToggle({ open, onOpen, ref }: { open: boolean; onOpen(): void; ref?: Ref<HTMLButtonElement> }) {
  return (
    <Button ref={ref} className="desc-side-toggle" icon={<PanelRightOpen size={16} aria-hidden="true" />} aria-expanded={open} aria-controls={PANEL_ID} onClick={onOpen}>
      Coach and preview
    </Button>
  );
}

interface SidePanelProps {
  roleId: string;
  /** Open as a drawer (in a narrow window; in a wide one the panel always shows). */
  drawerOpen: boolean;
  onCloseDrawer(): void;
}

export function SidePanel({ roleId, drawerOpen, onCloseDrawer }: SidePanelProps) {
  const [tab, setTab] = useState<Tab>('coach');
  const role = useDescriptionStore((s) => s.role);
  const sections = useDescriptionStore((s) => s.sections);
  const coach = useCoach(roleId);
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({ coach: null, preview: null });
  const score = coach.run?.result.score;

  const tablist = useRef<HTMLDivElement>(null);
  // An opened drawer takes the focus to its current tab (found in the DOM: switching tabs moves the focus itself).
  useEffect(() => {
    if (drawerOpen) tablist.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  }, [drawerOpen]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = tab === 'coach' ? 'preview' : 'coach';
    setTab(next);
    refs.current[next]?.focus();
  };

  return (
    <aside
      id={PANEL_ID}
      className={`desc-side${drawerOpen ? ' desc-side-open' : ''}`}
      aria-label="Preview and coach"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && drawerOpen) onCloseDrawer();
      }}
    >
      <div className="desc-side-head">
        <div ref={tablist} className="tabs" role="tablist" aria-label="Panel" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                refs.current[t.id] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              className="tab"
              onClick={() => setTab(t.id)}
            >
              {t.label}
              {t.id === 'coach' && score !== undefined ? <span className="tab-badge">{score}</span> : null}
            </button>
          ))}
        </div>
        <IconButton label="Close the coach and preview" className="desc-side-close" onClick={onCloseDrawer}>
          <X size={18} aria-hidden="true" />
        </IconButton>
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} tabIndex={0}>
        {tab === 'coach' ? (
          <CoachPanel run={coach.run} error={coach.error} roleId={roleId} />
        ) : (
          <PostingPreview role={role} sections={sections.map((s) => ({ key: s.key, heading: s.heading, html: s.html }))} />
        )}
      </div>
    </aside>
  );
}
