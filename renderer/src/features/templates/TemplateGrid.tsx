// Renderer: the gallery's cards, grouped by category; choosing one shows its preview.
import { SearchX } from 'lucide-react';
import { EmptyState } from '../../components/EmptyState';
import { notifyError } from '../../lib/notify';
import { groupTemplates, useTemplatesStore } from '../../stores/templates-store';

export function TemplateGrid() {
  const { templates, category, selectedId, loaded, error, query } = useTemplatesStore();
  const groups = groupTemplates(templates, category);
  const select = (id: string) => void useTemplatesStore.getState().select(id).catch((e: unknown) => notifyError(e, 'Could not open the template'));

  if (error) return <p className="form-alert" role="alert">{error}</p>;
  if (loaded && groups.length === 0) {
    return (
      <EmptyState icon={<SearchX size={28} />} title="No templates match">
        <p>Nothing found for “{query}”. Try a shorter word, or start a blank role instead.</p>
      </EmptyState>
    );
  }
  return (
    <div className="gallery-groups">
      {groups.map(([name, list]) => (
        <section key={name} className="gallery-group" aria-label={name}>
          <h2 className="gallery-group-title">{name}</h2>
          <ul className="template-grid">
            {list.map((t) => (
              <li key={t.id}>
                <button type="button" className="template-card" aria-pressed={selectedId === t.id} onClick={() => select(t.id)}>
                  <span className="template-card-name">
                    {t.name}
                    {t.source === 'owner' ? <span className="badge">Yours</span> : null}
                  </span>
                  <span className="template-card-blurb">{t.blurb}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
