// Renderer: the small "Sample" mark on a role or person that sample:load made (Settings → Data removes them).
export function SampleBadge() {
  return (
    <span className="sample-badge" title="From the sample data. Settings → Data can remove all of it.">
      Sample
    </span>
  );
}
