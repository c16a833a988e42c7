// Renderer: "For search engines": what Google for Jobs needs from the posting's structured data that is
// still missing (postings:check), required first, each with a link to the field that fixes it.
import { CircleCheck, CircleAlert, Info } from 'lucide-react';
import type { PostingCheck, PostingCheckItem } from '../../../../electron/contract';
import { useRouteStore } from '../../stores/route-store';
import { POSTING_FIELD_LABELS, routeForField } from './posting-fields';

function Finding({ item, roleId }: { item: PostingCheckItem; roleId: string }) {
  const navigate = useRouteStore((s) => s.navigate);
  const field = item.field;
  return (
    <li className={`seo-item${item.required ? ' seo-item-required' : ''}`}>
      {item.required ? <CircleAlert size={16} aria-hidden="true" className="seo-icon" /> : <Info size={16} aria-hidden="true" className="seo-icon" />}
      <div>
        {/* The structured-data name is for the curious (a tooltip), not the owner's primary text. */}
        <p className="seo-message" title={`Search engines read this as ${item.property}`}>
          {item.message}
        </p>
        <p className="seo-meta">
          {field ? (
            <a
              href="#/"
              className="seo-link"
              onClick={(e) => {
                e.preventDefault();
                navigate(routeForField(roleId, field));
              }}
            >
              Add the {POSTING_FIELD_LABELS[field]}
            </a>
          ) : null}
        </p>
      </div>
    </li>
  );
}

function Group({ title, items, roleId }: { title: string; items: PostingCheckItem[]; roleId: string }) {
  if (items.length === 0) return null;
  const id = `seo-${title.toLowerCase()}`;
  return (
    <div className="seo-group">
      <h3 id={id} className="seo-group-title">
        {title} <span className="seo-count">{items.length}</span>
      </h3>
      <ul aria-labelledby={id} className="seo-list">
        {items.map((item) => (
          <Finding key={item.property} item={item} roleId={roleId} />
        ))}
      </ul>
    </div>
  );
}

export function SearchEnginePanel({ check, roleId }: { check: PostingCheck; roleId: string }) {
  const required = check.missing.filter((i) => i.required);
  const recommended = check.missing.filter((i) => !i.required);
  return (
    <section className="seo-panel" aria-labelledby="seo-title">
      <h2 id="seo-title" className="seo-title">
        For search engines
      </h2>
      <p className="seo-intro">Job search on Google and other sites reads these details from your careers page and the file for search engines in Export.</p>
      {check.missing.length === 0 ? (
        <p className="seo-ok">
          <CircleCheck size={16} aria-hidden="true" /> Everything search engines need is filled in.
        </p>
      ) : (
        <>
          {required.length > 0 ? <p className="seo-warning">Search engines will not list this posting until the required fields are filled in.</p> : null}
          <Group title="Required" items={required} roleId={roleId} />
          <Group title="Recommended" items={recommended} roleId={roleId} />
        </>
      )}
    </section>
  );
}
