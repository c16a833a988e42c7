// Renderer: the title row at the top of each screen, with an optional subtitle and actions on the right.
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  before?: ReactNode;
  /** Stays in view while the screen scrolls (long forms keep Save reachable). */
  sticky?: boolean;
}

export function PageHeader({ title, subtitle, actions, before, sticky }: PageHeaderProps) {
  return (
    <header className={`page-header${sticky ? ' page-header-sticky' : ''}`}>
      <div className="page-header-text">
        {before}
        <h1 className="page-title">{title}</h1>
        {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-header-actions">{actions}</div> : null}
    </header>
  );
}
