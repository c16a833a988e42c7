// Renderer: the TipTap extensions of a section editor: paragraphs, lists, bold, italic, line breaks,
// undo/redo and safe links (http, https, mailto; never opened on click), plus the coach's highlights.
import StarterKit from '@tiptap/starter-kit';
import type { Extensions } from '@tiptap/react';
import { CoachHighlights } from './coach-highlights';

export const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

export function sectionExtensions(): Extensions {
  return [
    StarterKit.configure({
      // Only what the stored HTML subset can hold (p, ul, ol, li, strong, em, a, br).
      blockquote: false,
      code: false,
      codeBlock: false,
      heading: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      // It would append an empty paragraph after a list, which reads as an edit the owner did not make.
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: [],
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
        isAllowedUri: (url) => SAFE_LINK.test(url.trim()),
      },
    }),
    CoachHighlights,
  ];
}

/** What the owner typed in the link box, as a safe href, or null when it cannot be one. */
export function normaliseHref(input: string): string | null {
  const value = input.trim();
  if (value === '') return null;
  if (SAFE_LINK.test(value)) return value;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return `mailto:${value}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return null; // another scheme (javascript:, file:, data:)
  if (/^[^\s/]+\.[^\s]+$/.test(value)) return `https://${value}`;
  return null;
}
