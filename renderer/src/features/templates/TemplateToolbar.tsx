// Renderer: the gallery's search box and category filter chips.
import { Search } from 'lucide-react';
import { useTemplatesStore } from '../../stores/templates-store';

export function TemplateToolbar({ text, onText }: { text: string; onText(text: string): void }) {
  const templates = useTemplatesStore((s) => s.templates);
  const category = useTemplatesStore((s) => s.category);
  const setCategory = useTemplatesStore((s) => s.setCategory);
  const categories = [...new Set(templates.map((t) => t.category))].sort((a, b) => a.localeCompare(b));

  return (
    <div className="toolbar">
      <div className="search gallery-search">
        <Search size={16} aria-hidden="true" className="search-icon" />
        <input type="search" className="input search-input" placeholder="Search templates: barista, driver, bookkeeping…" aria-label="Search templates" value={text} onChange={(e) => onText(e.target.value)} />
      </div>
      <div className="filter-chips" role="group" aria-label="Filter by category">
        <button type="button" className="filter-chip" aria-pressed={category === null} onClick={() => setCategory(null)}>
          All
        </button>
        {categories.map((c) => (
          <button key={c} type="button" className="filter-chip" aria-pressed={category === c} onClick={() => setCategory(category === c ? null : c)}>
            {c}
          </button>
        ))}
      </div>
    </div>
  );
}
