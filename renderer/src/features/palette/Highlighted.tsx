// Renderer: text with the parts a search matched in <mark>; React escapes every part (no HTML).
import { highlightParts } from '../../lib/highlight';

export function Highlighted({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightParts(text, query).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
