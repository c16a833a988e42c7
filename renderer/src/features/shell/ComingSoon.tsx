// Renderer: the friendly placeholder for screens not built yet (Reports).
import { BarChart3 } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

const SCREENS = {
  reports: {
    title: 'Reports',
    icon: <BarChart3 size={28} />,
    heading: 'Reports are coming',
    body: 'See how long roles take to fill, where your best applicants come from, and how each pipeline is moving.',
  },
} as const;

export function ComingSoon({ screen }: { screen: keyof typeof SCREENS }) {
  const s = SCREENS[screen];
  return (
    <>
      <PageHeader title={s.title} />
      <EmptyState icon={s.icon} title={s.heading}>
        <p>{s.body}</p>
        <p className="muted">In the meantime, set up your roles so they are ready when this arrives.</p>
      </EmptyState>
    </>
  );
}
