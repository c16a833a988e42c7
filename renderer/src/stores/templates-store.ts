// Renderer: the template gallery: the search, the category filter, the matching templates and the one
// being previewed (its detail loaded on demand, newest request wins); using a template and saving a role as one.
import { create } from 'zustand';
import type { Input, TemplateDetail, TemplateSummary, TemplateUseResult } from '../../../electron/contract';
import { call, errorMessage } from '../api/client';

interface TemplatesState {
  query: string;
  category: string | null;
  templates: TemplateSummary[];
  loaded: boolean;
  error: string | null;
  selectedId: string | null;
  detail: TemplateDetail | null;
  setCategory(category: string | null): void;
  search(query: string): Promise<void>;
  select(id: string | null): Promise<void>;
  remove(id: string): Promise<void>;
}

let listRequest = 0;
let detailRequest = 0;

export const useTemplatesStore = create<TemplatesState>((set, get) => ({
  query: '',
  category: null,
  templates: [],
  loaded: false,
  error: null,
  selectedId: null,
  detail: null,
  setCategory(category) {
    set({ category });
  },
  async search(query) {
    const request = ++listRequest;
    set({ query });
    try {
      const { templates } = await call('templates:list', { query: query.trim() });
      if (request !== listRequest) return;
      set({ templates, loaded: true, error: null });
      const { selectedId } = get();
      if (!selectedId || !templates.some((t) => t.id === selectedId)) await get().select(templates[0]?.id ?? null);
    } catch (error) {
      if (request === listRequest) set({ loaded: true, error: errorMessage(error) });
    }
  },
  async select(id) {
    const request = ++detailRequest;
    set({ selectedId: id, detail: get().detail?.id === id ? get().detail : null });
    if (!id) return;
    const detail = await call('templates:get', { id });
    if (request === detailRequest) set({ detail });
  },
  async remove(id) {
    await call('templates:delete', { id });
    if (get().selectedId === id) set({ selectedId: null, detail: null });
    await get().search(get().query);
  },
}));

/** Starts a new role from a template, or replaces a role's description with it (roleId given). */
export function applyTemplate(input: Input<'templates:use'>): Promise<TemplateUseResult> {
  return call('templates:use', input);
}

/** Saves a role's fields and description as one of the owner's templates. */
export function saveRoleAsTemplate(input: Input<'templates:save-from-role'>): Promise<TemplateSummary> {
  return call('templates:save-from-role', input);
}

/** Templates in the chosen category (all when none), grouped by category in the gallery's order. */
export function groupTemplates(templates: TemplateSummary[], category: string | null): [string, TemplateSummary[]][] {
  const groups = new Map<string, TemplateSummary[]>();
  for (const t of templates) {
    if (category && t.category !== category) continue;
    const list = groups.get(t.category) ?? [];
    list.push(t);
    groups.set(t.category, list);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}
