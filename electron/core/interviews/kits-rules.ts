// Pure kit rules: the requirement items of a role description (one per list item of its requirements
// sections, as plain text) and the key that matches them to kit items already made. Runs anywhere.
import type { SectionKind } from '../../contract';
import { INTERVIEW_LIMITS } from '../../contract';
import { htmlToBlocks, runsText } from '../postings/posting-blocks';

/** The matching key: case, spacing and trailing punctuation do not make a requirement new. */
export function requirementKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.;:,!]+$/u, '')
    .trim();
}

/** One line of text per <li> of the role's requirements sections, in order, without duplicates. */
export function requirementItems(sections: readonly { kind: SectionKind; html: string }[]): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const section of sections) {
    if (section.kind !== 'requirements') continue;
    for (const block of htmlToBlocks(section.html)) {
      if (block.type !== 'list') continue;
      for (const item of block.items) {
        const text = runsText(item.runs).replace(/\s+/g, ' ').trim().slice(0, INTERVIEW_LIMITS.kitLabel).trim();
        const key = requirementKey(text);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        items.push(text);
      }
    }
  }
  return items;
}
