// Renderer: the privacy notice (#/privacy/notice): the core's sentences, filled in with the company's name and
// retention period, shown as text for the owner to copy onto the careers page or print on walk-in forms.
import { Copy, Loader2, Printer } from 'lucide-react';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { PrivacyNotice } from '../../../../electron/contract';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { PageHeader } from '../../components/PageHeader';
import { notifyError } from '../../lib/notify';
import { retentionActions, watchRetention } from '../../stores/retention-actions';
import { routeHash } from '../../stores/routes';
import { useRouteStore } from '../../stores/route-store';
import './privacy.css';

export function PrivacyNoticePage() {
  const navigate = useRouteStore((s) => s.navigate);
  const [notice, setNotice] = useState<PrivacyNotice | null>(null);

  useEffect(() => {
    const load = () => {
      retentionActions.notice().then(setNotice).catch((e: unknown) => notifyError(e, 'Could not make the privacy notice'));
    };
    load();
    return watchRetention(load);
  }, []);

  const copy = () => {
    if (!notice) return;
    navigator.clipboard
      .writeText(notice.text)
      .then(() => toast.success('Privacy notice copied', { description: 'Paste it into your careers page or a walk-in form.' }))
      .catch((e: unknown) => notifyError(e, 'Could not copy the notice'));
  };

  return (
    <>
      <PageHeader
        title="Privacy notice"
        before={
          <BackLink href={routeHash({ name: 'settings' })} onNavigate={() => navigate({ name: 'settings' })}>
            Settings
          </BackLink>
        }
        subtitle="For your careers page and walk-in application forms. Read it through and change anything that does not fit how you work."
        actions={
          <>
            <Button icon={<Printer size={16} aria-hidden="true" />} disabled={!notice} onClick={() => window.print()}>
              Print…
            </Button>
            <Button variant="primary" icon={<Copy size={16} aria-hidden="true" />} disabled={!notice} onClick={copy}>
              Copy text
            </Button>
          </>
        }
      />
      {notice ? (
        <article className="card notice-paper" aria-labelledby="notice-title">
          <h2 id="notice-title" className="notice-title">
            {notice.title}
          </h2>
          {notice.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </article>
      ) : (
        <p className="today-loading" role="status">
          <Loader2 size={16} className="spin" aria-hidden="true" /> Filling in the notice…
        </p>
      )}
    </>
  );
}
