// Renderer: Settings → Privacy: the company's retention period ("Erase rejected and withdrawn candidates
// 12 months after their last activity", or never), saved as soon as it is chosen, and the ways to the list of
// who is due for deletion and to the privacy notice.
import { FileText, UserX } from 'lucide-react';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { RetentionSettings } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { CardHeader } from '../../components/CardHeader';
import { notifyError } from '../../lib/notify';
import { retentionActions, watchRetention } from '../../stores/retention-actions';
import { useRouteStore } from '../../stores/route-store';
import './privacy.css';

const MONTH_CHOICES = [3, 6, 12, 18, 24, 36, 60] as const;
const monthsLabel = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;

export function PrivacySection() {
  const navigate = useRouteStore((s) => s.navigate);
  const [settings, setSettings] = useState<RetentionSettings | null>(null);
  const [due, setDue] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const load = () => {
      retentionActions.settings().then(setSettings).catch((e: unknown) => notifyError(e, 'Could not read how long data is kept'));
      retentionActions.due().then((d) => setDue(d.people.length)).catch(() => setDue(null));
    };
    load();
    return watchRetention(load);
  }, []);

  const save = (change: { months?: number | null; action?: 'erase' | 'anonymise' }, said: (next: RetentionSettings) => string) => {
    setSaving(true);
    retentionActions
      .setSettings(change)
      .then((next) => {
        setSettings(next);
        toast.success(said(next));
      })
      .catch((e: unknown) => notifyError(e, 'Could not save how long data is kept'))
      .finally(() => setSaving(false));
  };
  const choose = (raw: string) =>
    save({ months: raw === 'off' ? null : Number(raw) }, (next) => (next.months === null ? 'Nobody will be listed for deletion' : `Saved: ${monthsLabel(next.months)} after their last activity`));
  const chooseAction = (raw: string) =>
    save({ action: raw === 'anonymise' ? 'anonymise' : 'erase' }, (next) => (next.action === 'anonymise' ? 'Saved: the list anonymises people, keeping the figures' : 'Saved: the list erases people completely'));

  const choices = settings?.months != null && !(MONTH_CHOICES as readonly number[]).includes(settings.months) ? [...MONTH_CHOICES, settings.months].sort((a, b) => a - b) : MONTH_CHOICES;

  return (
    <section className="card settings-card" aria-labelledby="privacy-heading">
      <CardHeader
        id="privacy-heading"
        title="Privacy"
        description="Keep candidates' data no longer than you need it. Hirebook lists who is due for deletion; nothing is erased until you confirm. Hired people are never listed."
      />
      <div className="settings-card-body keeping-data">
        <label className="keeping-rule" htmlFor="retention-months">
          <span>{settings?.action === 'anonymise' ? 'Anonymise' : 'Erase'} rejected and withdrawn candidates</span>
          <select
            id="retention-months"
            className="input select keeping-select"
            value={settings ? (settings.months === null ? 'off' : String(settings.months)) : ''}
            disabled={!settings || saving}
            onChange={(e) => choose(e.target.value)}
          >
            {settings ? null : <option value="">…</option>}
            {choices.map((n) => (
              <option key={n} value={String(n)}>
                {monthsLabel(n)}
              </option>
            ))}
            <option value="off">never (no reminders)</option>
          </select>
          <span>after their last activity.</span>
        </label>
        <label className="keeping-rule" htmlFor="retention-action">
          <span>When they are due, the list</span>
          <select
            id="retention-action"
            className="input select keeping-select"
            value={settings?.action ?? ''}
            disabled={!settings || saving}
            onChange={(e) => chooseAction(e.target.value)}
          >
            {settings ? null : <option value="">…</option>}
            <option value="erase">erases them completely</option>
            <option value="anonymise">anonymises them (the figures stay for reports)</option>
          </select>
        </label>
        <p className="muted keeping-hint">
          Last activity is the latest stage move, note, interview, scorecard or file, or a change to their details. To keep someone longer — for
          example because they agreed to be considered for future roles — set a keep-until date on their profile.
        </p>
        <div className="keeping-actions">
          <Button icon={<UserX size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'privacy-due' })}>
            {due === null ? 'Due for deletion' : `Due for deletion (${due})`}
          </Button>
          <Button icon={<FileText size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'privacy-notice' })}>
            Privacy notice for applicants
          </Button>
        </div>
      </div>
    </section>
  );
}
