// Test helpers: strings that try to break out of every output format (HTML, JSON in a script, Markdown,
// CSV formulas, .ics lines, templates), and fast-check arbitraries that mix them with random Unicode.
// Runs in Vitest (Node).
import fc from 'fast-check';

export const HOSTILE_PAYLOADS = [
  '</script><script>window.__xss=1</script>',
  '<!--',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><a href=javascript:alert(1)>x</a>",
  'javascript:alert(1)',
  '=HYPERLINK("http://x")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1)',
  '\tTAB',
  '\r\nBEGIN:VEVENT\r\n',
  'a\nDESCRIPTION:x',
  'a\rLOCATION:y',
  '\u2028\u2029',
  ']]>',
  '{{7*7}}',
  '${7*7}',
  '[x](javascript:alert(1))',
  '# heading',
  '*bold*',
  '_em_ `code` ~~gone~~',
  '1. item',
  '> quote',
  '---',
  '\\',
  ';,',
  '&amp; &lt;',
  'Crew 👩‍🍳🥐 😀',
  'مرحبا \u202Eevil\u202C שלום',
] as const;

/** Random Unicode text (any code point but NUL, which the contract refuses). */
export const unicodeText = fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replace(/\0/g, ''));

/** A payload, random Unicode, or a few of either run together. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_PAYLOADS),
  unicodeText,
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE_PAYLOADS), unicodeText), { minLength: 2, maxLength: 4 }).map((parts) => parts.join(' ')),
);

/**
 * Fits `text` into a field: at most `max` UTF-16 units (cut between code points) and, for a required field,
 * something left after trimming.
 */
export function fitField(text: string, max: number, required = false): string {
  const points = [...(required && text.trim() === '' ? `${text}x` : text)];
  while (points.join('').length > max) points.pop();
  const fitted = points.join('');
  return required && fitted.trim() === '' ? 'x' : fitted;
}
