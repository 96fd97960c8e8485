// An entry beside the built-in one it replaces, field by field, changes marked.
import type { PhraseEntry } from '../../core/phrase-map/schema';

const FIELDS: { name: string; read(e: PhraseEntry): string }[] = [
  { name: 'Phrases', read: (e) => e.phrases.join(', ') },
  { name: 'Category', read: (e) => e.category },
  { name: 'Match', read: (e) => (e.match === 'exact' ? 'exact (letter case kept)' : 'words') },
  { name: 'Exceptions', read: (e) => e.exceptions.join(', ') || '(none)' },
  { name: 'Why', read: (e) => e.why },
  { name: 'Rewrites', read: (e) => e.rewrites.map((r) => `${r.as}: ${r.text}`).join('\n') || '(none)' },
  {
    name: 'Examples',
    read: (e) => e.examples.map((x) => `${x.from} → ${x.to ?? '(no rewrite in place)'}`).join('\n') || '(none)',
  },
];

export function CompareWithBuiltIn({
  builtIn,
  current,
  layer,
}: {
  builtIn: PhraseEntry;
  current: PhraseEntry;
  layer: string;
}) {
  return (
    <table className="compare">
      <caption>
        “{current.id}”: the built-in entry and the {layer} version that replaces it
      </caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Built-in</th>
          <th scope="col">{layer === 'team' ? 'Team' : 'Personal'}</th>
        </tr>
      </thead>
      <tbody>
        {FIELDS.map((field) => {
          const before = field.read(builtIn);
          const after = field.read(current);
          const changed = before !== after;
          return (
            <tr key={field.name} className={changed ? 'changed' : undefined}>
              <th scope="row">
                {field.name}
                {changed ? <span className="changed-mark"> (changed)</span> : null}
              </th>
              <td>{before}</td>
              <td>{after}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
