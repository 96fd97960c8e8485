// Stored values that no longer read (a hand-edited layer, a draft from an older version):
// they were kept aside rather than written over. Each says what it was and what was
// wrong, and can be saved as a file or discarded. Shown only when there are some.
import { useEffect, useState } from 'react';
import { type KeptAside, UNREADABLE_PREFIX } from '../../stored-item';
import { ConfirmButton } from './ConfirmButton';
import { useBlobUrl } from './download';

const isKeptAside = (v: unknown): v is KeptAside =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as KeptAside).label === 'string' &&
  typeof (v as KeptAside).reason === 'string' &&
  typeof (v as KeptAside).at === 'number';

function useKeptAside(): [string, KeptAside][] {
  const [kept, setKept] = useState<[string, KeptAside][]>([]);
  useEffect(() => {
    let live = true;
    const read = () =>
      void browser.storage.local.get(null).then((all) => {
        if (!live) return;
        const found = Object.entries(all).filter(
          (e): e is [string, KeptAside] => e[0].startsWith(UNREADABLE_PREFIX) && isKeptAside(e[1]),
        );
        setKept(found.sort(([, a], [, b]) => a.at - b.at));
      });
    read();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(UNREADABLE_PREFIX))) read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return kept;
}

function KeptValue({ storageKey, kept }: { storageKey: string; kept: KeptAside }) {
  const url = useBlobUrl(`${JSON.stringify(kept.raw, null, 2)}\n`);
  const file = `customer-terms-${storageKey.slice(UNREADABLE_PREFIX.length).replace(/[^a-z0-9]+/gi, '-')}.json`;
  return (
    <li data-kept={storageKey}>
      <p>
        <strong>{kept.label}</strong> (found {new Date(kept.at).toLocaleString()}): {kept.reason}
      </p>
      <div className="actions">
        {url ? (
          <a href={url} download={file}>
            Save it as a file
          </a>
        ) : null}
        <ConfirmButton
          label="Discard it"
          question={`Discard ${kept.label} for good? Save it as a file first to keep a copy.`}
          confirmLabel="Yes, discard it"
          onConfirm={() => browser.storage.local.remove(storageKey)}
        />
      </div>
    </li>
  );
}

export function KeptAsideSection() {
  const kept = useKeptAside();
  if (kept.length === 0) return null;
  return (
    <section aria-labelledby="kept-heading" className="warning">
      <h2 id="kept-heading">Stored values that could not be read</h2>
      <p>
        These were stored in a shape this version cannot read (edited by hand, from another version, or damaged).
        Defaults or the parts that still fit are used instead; the values themselves are kept here, not written over.
      </p>
      <ul className="rows" aria-label="Values kept aside">
        {kept.map(([key, value]) => (
          <KeptValue key={key} storageKey={key} kept={value} />
        ))}
      </ul>
    </section>
  );
}
