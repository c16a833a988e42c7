// Renderer: a calm, centred message with an icon and optional actions, for screens with nothing to show.
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}

export function EmptyState({ icon, title, children, actions }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <div className="empty-state-icon" aria-hidden="true">
        {icon}
      </div>
      <h2 id="empty-state-title" className="empty-state-title">
        {title}
      </h2>
      {children ? <div className="empty-state-body">{children}</div> : null}
      {actions ? <div className="empty-state-actions">{actions}</div> : null}
    </section>
  );
}
