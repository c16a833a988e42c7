// Renderer: Today, the home screen: what needs the owner now, in the core's sections (today:get), each item
// one click to where the owner acts on it. A quiet day says so; an empty data folder offers the first-run
// actions. Leaving the screen tells the core (today:left), so applicants added later are new next time.
import { CalendarCheck, Coffee, Loader2, Play, RotateCw } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Today, TodayItem, TodayLink, TodaySection } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { formatDay } from '../../lib/dates';
import { useSampleData } from '../../lib/use-sample-data';
import { todayActions, watchHiringData } from '../../stores/reports-actions';
import { useRouteStore } from '../../stores/route-store';
import { routeOfLink } from './today-links';
import { FirstRunActions } from '../roles/FirstRunActions';
import './today.css';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; today: Today };

function ItemRow({ item }: { item: TodayItem }) {
  const navigate = useRouteStore((s) => s.navigate);
  const sample = useSampleData();
  const go = (link: TodayLink) => {
    const route = routeOfLink(link);
    if (route) navigate(route);
    else sample.load();
  };
  return (
    <li className="today-item">
      <button type="button" className="today-item-main" onClick={() => go(item.link)}>
        {/* Left to right as the sentence it is ("name — role"): a right-to-left name stays a run inside it. */}
        <span className="today-item-title">{item.title}</span>
        <span className="today-item-detail">{item.detail}</span>
      </button>
      {item.action ? (
        <Button
          size="sm"
          variant={item.kind === 'interview' ? 'primary' : 'secondary'}
          icon={item.kind === 'interview' ? <Play size={14} aria-hidden="true" /> : undefined}
          aria-label={`${item.action.label}: ${item.title}`}
          onClick={() => go(item.action?.link ?? item.link)}
        >
          {item.action.label}
        </Button>
      ) : null}
    </li>
  );
}

function SectionCard({ section }: { section: TodaySection }) {
  const id = `today-${section.key}`;
  const more = section.total - section.items.length;
  const plus = section.more ? '+' : '';
  return (
    <section className="card today-section" aria-labelledby={id}>
      <div className="today-section-head">
        <h2 id={id} className="card-title">
          {section.title} <span className="today-count">{`${section.total}${plus}`}</span>
        </h2>
        <p className="today-definition">{section.definition}</p>
      </div>
      <ul className="today-items">
        {section.items.map((item) => (
          <ItemRow key={`${item.kind}:${item.ids.interviewId ?? ''}:${item.ids.applicationId ?? ''}:${item.ids.roleId ?? ''}:${item.link.focus ?? ''}`} item={item} />
        ))}
      </ul>
      {more > 0 ? <p className="today-more">{`And ${more}${plus} more.`}</p> : null}
    </section>
  );
}

export function TodayPage() {
  const [state, setState] = useState<State>({ status: 'loading' });
  // Leaving counts only once the owner has seen the list (not React's trial unmount in development).
  const seen = useRef(false);

  const load = useCallback(() => {
    todayActions
      .load()
      .then((today) => {
        seen.current = true;
        setState({ status: 'ready', today });
      })
      .catch((error: unknown) => setState({ status: 'error', message: errorMessage(error) }));
  }, []);

  useEffect(() => {
    load();
    const stop = watchHiringData(load);
    // Closing the window (or quitting) on Today leaves it too: the page goes without unmounting.
    const leave = () => {
      if (seen.current) todayActions.left();
      seen.current = false;
    };
    window.addEventListener('pagehide', leave);
    return () => {
      stop();
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [load]);

  const today = state.status === 'ready' ? state.today : null;
  const withItems = today?.sections.filter((s) => s.items.length > 0) ?? [];
  const clear = today?.sections.filter((s) => s.items.length === 0) ?? [];

  return (
    <>
      <PageHeader title="Today" subtitle={today ? formatDay(today.date) : 'What needs you today'} />
      {state.status === 'loading' ? (
        <p className="today-loading" role="status">
          <Loader2 size={16} className="spin" aria-hidden="true" /> Looking at your day…
        </p>
      ) : state.status === 'error' ? (
        <EmptyState icon={<RotateCw size={28} />} title="Today could not be shown" actions={<Button onClick={load}>Try again</Button>}>
          <p>{state.message}</p>
        </EmptyState>
      ) : today?.state === 'first-run' ? (
        <EmptyState icon={<CalendarCheck size={28} />} title="Welcome to Hirebook" actions={<FirstRunActions withImport />}>
          <p>{today.message}</p>
          <p className="muted">Just looking around? Load a small sample business to explore. Moving from another computer? Restore a Hirebook backup.</p>
        </EmptyState>
      ) : today?.state === 'quiet' ? (
        <EmptyState icon={<Coffee size={28} />} title="A quiet day">
          <p>{today.message}</p>
        </EmptyState>
      ) : (
        <>
          <div className="today-grid">
            {withItems.map((section) => (
              <SectionCard key={section.key} section={section} />
            ))}
          </div>
          {clear.length > 0 ? (
            <p className="today-clear">
              <span className="today-clear-label">All clear:</span> {clear.map((s) => s.title).join(' · ')}
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
