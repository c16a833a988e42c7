// Renderer: Settings → Appearance: light or dark colours, or the same as the computer (the default), and the
// desktop reminder before an interview.
import { CardHeader } from '../../components/CardHeader';
import { useRemindersStore } from '../../stores/reminders-store';
import { THEME_CHOICES, useThemeStore, type ThemeChoice } from '../../stores/theme-store';

const CHOICE_LABELS: Record<ThemeChoice, string> = {
  system: 'Same as this computer',
  light: 'Light',
  dark: 'Dark',
};

export function AppearanceSection() {
  const choice = useThemeStore((s) => s.choice);
  const choose = useThemeStore((s) => s.choose);
  const reminders = useRemindersStore((s) => s.on);
  const setReminders = useRemindersStore((s) => s.setOn);
  return (
    <section className="card settings-card" aria-labelledby="appearance-heading">
      <CardHeader id="appearance-heading" title="Appearance" description="Light or dark colours for this computer. Printed postings always stay on white paper." />
      <div className="settings-card-body">
        <fieldset className="field radio-group">
          <legend className="field-label">Colours</legend>
          <div className="radio-row">
            {THEME_CHOICES.map((value) => (
              <label key={value} className="radio">
                <input type="radio" name="theme" value={value} checked={choice === value} onChange={() => choose(value)} />
                {CHOICE_LABELS[value]}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="check-row">
          <input type="checkbox" checked={reminders} onChange={(e) => setReminders(e.target.checked)} />
          <span>Remind me 15 minutes before an interview (a notification from the desktop app)</span>
        </label>
      </div>
    </section>
  );
}
