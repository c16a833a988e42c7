// Renderer: the right-hand panel of the description screen: tabs for the live Preview and the Coach.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useDescriptionStore } from '../../stores/description-store';
import { CoachPanel } from './CoachPanel';
import { PostingPreview } from './PostingPreview';
import { useCoach } from './use-coach';

type Tab = 'coach' | 'preview';
const TABS: { id: Tab; label: string }[] = [
  { id: 'coach', label: 'Coach' },
  { id: 'preview', label: 'Preview' },
];

export function SidePanel({ roleId }: { roleId: string }) {
  const [tab, setTab] = useState<Tab>('coach');
  const role = useDescriptionStore((s) => s.role);
  const sections = useDescriptionStore((s) => s.sections);
  const coach = useCoach(roleId);
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({ coach: null, preview: null });
  const score = coach.run?.result.score;

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = tab === 'coach' ? 'preview' : 'coach';
    setTab(next);
    refs.current[next]?.focus();
  };

  return (
    <aside className="desc-side" aria-label="Preview and coach">
      <div className="tabs" role="tablist" aria-label="Panel" onKeyDown={onKeyDown}>
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
