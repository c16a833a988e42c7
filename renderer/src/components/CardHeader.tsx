// Renderer: a card's heading and the line under it; the heading's id labels the card (aria-labelledby).
export function CardHeader({ id, title, description }: { id: string; title: string; description: string }) {
  return (
    <div className="card-header">
      <h2 id={id} className="card-title">
        {title}
      </h2>
      <p className="card-description">{description}</p>
    </div>
  );
}
