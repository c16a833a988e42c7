// Renderer: DOMPurify with the description's allow-list (p, ul, ol, li, strong, em, a[href http/https/mailto], br),
// for every place stored section HTML is shown (preview, revisions, templates). The core sanitizes too.
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'];
const SAFE_HREF = /^(?:https?:|mailto:)/i;

let hooked = false;

function ensureHook(): void {
  if (hooked) return;
  hooked = true;
  // A link may only point at the web or an email address; anything else loses its href.
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_HREF.test(href.trim())) node.removeAttribute('href');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

/** Section HTML reduced to the allow-list; safe for dangerouslySetInnerHTML. */
export function sanitizeSectionHtml(html: string): string {
  ensureHook();
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'rel'],
    ALLOWED_URI_REGEXP: SAFE_HREF,
    ALLOW_DATA_ATTR: false,
  });
}

/** True when the HTML has no visible text (an empty editor is "<p></p>"). */
export function isBlankHtml(html: string): boolean {
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;|\s/g, '') === '';
}
