// Renderer: the "Import a job description" flow: read pasted text or a file (jd:parse), hold the result
// while the owner reviews and corrects it, then save it (jd:import) as a new role or a role's description.
import { create } from 'zustand';
import {
  IMPORT_MAX_BYTES,
  type EmploymentType,
  type Input,
  type JdImportResult,
  type JdParseResult,
  type ParsedJobDescription,
  type RolePatch,
  type SalaryPeriod,
  type Workplace,
} from '../../../electron/contract';
import { call, errorMessage, pathOf } from '../api/client';
import type { ReviewSection } from '../features/jd-import/review-edits';

export type { ReviewSection } from '../features/jd-import/review-edits';

/** The role fields the review lets the owner check, as typed. */
export interface ReviewFields {
  title: string;
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  salaryPeriod: SalaryPeriod | '';
  employmentType: EmploymentType | '';
  workplace: Workplace | '';
  city: string;
  region: string;
  country: string;
}

interface JdImportState {
  step: 'source' | 'review';
  busy: boolean;
  error: string | null;
  sourceName: string | null;
  detected: Record<string, string>;
  fields: ReviewFields;
  sections: ReviewSection[];
  reset(): void;
  setFields(patch: Partial<ReviewFields>): void;
  setSection(key: string, patch: Partial<ReviewSection>): void;
  removeSection(key: string): void;
  /** Puts the sections back as they were (an Undo after leaving one out, a merge or a split). */
  setSections(sections: ReviewSection[]): void;
  parseText(text: string): Promise<void>;
  parseFile(file: File): Promise<void>;
}

const MB = Math.round(IMPORT_MAX_BYTES / (1024 * 1024));
let keyCounter = 0;

function fieldsFrom(result: JdParseResult): ReviewFields {
  const f: RolePatch = result.roleFields;
  const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    title: f.title ?? result.parsed.title ?? '',
    salaryMin: num(f.salaryMin),
    salaryMax: num(f.salaryMax),
    salaryCurrency: f.salaryCurrency ?? '',
    salaryPeriod: f.salaryPeriod ?? '',
    employmentType: f.employmentType ?? '',
    workplace: f.workplace ?? '',
    city: f.location?.city ?? '',
    region: f.location?.region ?? '',
    country: f.location?.country ?? '',
  };
}

/** A key for a section of the review that no other section has. */
export function nextReviewKey(): string {
  return `r${++keyCounter}`;
}

function sectionsFrom(parsed: ParsedJobDescription): ReviewSection[] {
  return parsed.sections.map((s) => ({
    key: nextReviewKey(),
    kind: s.kind,
    heading: s.heading,
    paragraphs: s.paragraphs.join('\n\n'),
    bullets: s.bullets.join('\n'),
  }));
}

const EMPTY_FIELDS = fieldsFrom({ parsed: { title: null, fields: {}, sections: [] }, roleFields: {} });

/** Saves the reviewed import: a new draft role, or the description of `roleId` (the old one kept as a version). */
export function saveJdImport(input: Input<'jd:import'>): Promise<JdImportResult> {
  return call('jd:import', input);
}

export const useJdImportStore = create<JdImportState>((set, get) => {
  const parse = async (input: { text: string } | { path: string }, sourceName: string) => {
    set({ busy: true, error: null });
    try {
      const result = await call('jd:parse', input);
      if (result.parsed.sections.length === 0 && !result.parsed.title) {
        set({ busy: false, error: 'No job description was found in that. Check it is the right text or file.' });
        return;
      }
      set({ busy: false, step: 'review', sourceName, detected: result.parsed.fields, fields: fieldsFrom(result), sections: sectionsFrom(result.parsed) });
    } catch (error) {
      set({ busy: false, error: errorMessage(error) });
    }
  };
  return {
    step: 'source',
    busy: false,
    error: null,
    sourceName: null,
    detected: {},
    fields: EMPTY_FIELDS,
    sections: [],
    reset: () => set({ step: 'source', busy: false, error: null, sourceName: null, detected: {}, fields: EMPTY_FIELDS, sections: [] }),
    setFields: (patch) => set({ fields: { ...get().fields, ...patch } }),
    setSection: (key, patch) => set({ sections: get().sections.map((s) => (s.key === key ? { ...s, ...patch } : s)) }),
    removeSection: (key) => set({ sections: get().sections.filter((s) => s.key !== key) }),
    setSections: (sections) => set({ sections }),
    async parseText(text) {
      if (text.trim() === '') return set({ error: 'Paste the job description first.' });
      if (new TextEncoder().encode(text).length > IMPORT_MAX_BYTES) {
        return set({ error: `That text is over ${MB} MB. Paste only the job description.` });
      }
      await parse({ text }, 'Pasted text');
    },
    async parseFile(file) {
      if (!/\.(txt|md|markdown|docx|html?)$/i.test(file.name)) {
        return set({ error: `“${file.name}” is not a file Hirebook can read. Use a .txt, .md, .docx or .html file.` });
      }
      if (file.size > IMPORT_MAX_BYTES) return set({ error: `“${file.name}” is over ${MB} MB. Save just the job description in a smaller file.` });
      let path: string;
      try {
        path = pathOf(file);
      } catch (error) {
        return set({ error: errorMessage(error) });
      }
      set({ busy: true, error: null });
      await parse({ path }, file.name);
    },
  };
});
