// The one escaping of data for JSON inside an HTML <script> element (the careers pages' JSON-LD and the
// .jsonld file owners paste into <script type="application/ld+json"> on their own site). Pure.

/**
 * Pretty-printed JSON safe inside <script>: "<", ">" and "&" are written as \u escapes, so "</script>",
 * "<!--" or "]]>" in user text cannot end the element or open a comment; U+2028/2029 are escaped for
 * parsers that read them as line ends. JSON.parse gives back exactly the value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
