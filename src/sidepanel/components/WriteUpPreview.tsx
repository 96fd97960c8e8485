// The write-up as it will look in the tracker: markdown for GitHub and Linear,
// rich text for Jira. Built from plain data; every piece of user text is React text.
import type { BulletItem, WriteUpBlock } from '../../core/writeup';

function Items({ items }: { items: BulletItem[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a read-only rendering of derived data; items have no identity and may repeat
        <li key={i}>
          {item.label ? <strong>{item.label}:</strong> : null}
          {item.label && item.text ? ' ' : null}
          {item.text}
          {item.children?.length ? <Items items={item.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

function RichPreview({ blocks }: { blocks: WriteUpBlock[] }) {
  return (
    <div className="rich-preview">
      {blocks.map((block, i) => {
        // biome-ignore-start lint/suspicious/noArrayIndexKey: a read-only rendering of derived data; blocks have no identity and may repeat
        if (block.kind === 'bullets') return <Items key={i} items={block.items} />;
        if (block.kind === 'paragraph') return <p key={i}>{block.text}</p>;
        // The preview sits under the panel's own h2s, so tracker headings show one level down.
        return block.level === 2 ? <h3 key={i}>{block.text}</h3> : <h4 key={i}>{block.text}</h4>;
        // biome-ignore-end lint/suspicious/noArrayIndexKey: see above
      })}
    </div>
  );
}

export function WriteUpPreview({
  rich,
  blocks,
  markdown,
  label,
}: {
  rich: boolean;
  blocks: WriteUpBlock[];
  markdown: string;
  label: string;
}) {
  if (!blocks.length) return <p className="hint">Nothing to preview yet.</p>;
  return (
    <figure className="preview" aria-label={label}>
      {rich ? (
        <RichPreview blocks={blocks} />
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the markdown scrolls sideways; a scrollable region must be reachable by keyboard (axe: scrollable-region-focusable)
        <pre tabIndex={0}>{markdown}</pre>
      )}
    </figure>
  );
}
