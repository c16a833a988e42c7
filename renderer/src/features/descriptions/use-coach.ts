// Renderer: runs the quality coach (jd:check) on the sections as they are in the editors, ~300 ms after
// they change, keeps the newest answer only, and marks its highlights in each section's editor.
import { useEffect, useRef, useState } from 'react';
import type { FindingHighlight, JdCheckResult } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { useDescriptionStore } from '../../stores/description-store';
import { descriptionActions } from '../../stores/descriptions-actions';
import { setCoachHighlights } from './coach-highlights';
import { editorFor, onEditorRegistered } from './editor-registry';

export const COACH_DEBOUNCE_MS = 300;

export interface CoachRun {
  result: JdCheckResult;
  /** The section keys the result describes (highlights index into these). */
  keys: string[];
}

function highlightsBySection(result: JdCheckResult): Map<number, FindingHighlight[]> {
  const by = new Map<number, FindingHighlight[]>();
  for (const finding of result.findings) {
    for (const h of finding.highlights ?? []) {
      const list = by.get(h.sectionIndex) ?? [];
      if (!list.some((x) => x.start === h.start && x.end === h.end)) list.push(h);
      by.set(h.sectionIndex, list);
    }
  }
  return by;
}

/** Marks each section's editor; spans whose text moved on since the check are skipped (see coach-highlights). */
export function applyHighlights(run: CoachRun): void {
  const by = highlightsBySection(run.result);
  run.keys.forEach((key, i) => {
    const editor = editorFor(key);
    if (editor) setCoachHighlights(editor, by.get(i) ?? []);
  });
}

export function useCoach(roleId: string): { run: CoachRun | null; error: string | null } {
  const sections = useDescriptionStore((s) => s.sections);
  const [run, setRun] = useState<CoachRun | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const lastRun = useRef<CoachRun | null>(null);

  useEffect(() => {
    const request = ++latest.current;
    const timer = window.setTimeout(() => {
      const keys = sections.map((s) => s.key);
      descriptionActions.check({ roleId, sections: sections.map((s) => ({ kind: s.kind, heading: s.heading, html: s.html })) })
        .then((result) => {
          if (request !== latest.current) return;
          const next = { result, keys };
          lastRun.current = next;
          setRun(next);
          setError(null);
          applyHighlights(next);
        })
        .catch((e: unknown) => {
          if (request === latest.current) setError(errorMessage(e));
        });
    }, COACH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [roleId, sections]);

  // Editors that mount later (a restore, a template) get the current marks too.
  useEffect(
    () =>
      onEditorRegistered(() => {
        const current = lastRun.current;
        if (current) window.requestAnimationFrame(() => applyHighlights(current));
      }),
    [],
  );

  return { run, error };
}
