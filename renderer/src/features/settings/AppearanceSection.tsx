// Renderer: Settings → Appearance: light or dark colours, or the same as the computer (the default).
import { CardHeader } from '../../components/CardHeader';
import { THEME_CHOICES, useThemeStore, type ThemeChoice } from '../../stores/theme-store';

const CHOICE_LABELS: Record<ThemeChoice, string> = {
  system: 'Same as this computer',
  light: 'Light',
  dark: 'Dark',
};

export function AppearanceSection() {
  const choice = useThemeStore((s) => s.choice);
  const choose = useThemeStore((s) => s.choose);
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
      </div>
    </section>
  );
}
