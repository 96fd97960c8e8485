// The panel belongs to one tab: `?tab=<id>` when the extension opened it for a
// tab; otherwise (opened from the browser's own menu) the active tab.
import { useEffect, useMemo, useState } from 'react';
import { extensionConnection } from '../../src/sidepanel/extension-connection';
import { extensionDraftStore } from '../../src/sidepanel/extension-draft-store';
import { extensionReviewStore, openReview } from '../../src/sidepanel/extension-review-store';
import type { Reviews } from '../../src/sidepanel/review-store';
import { WriteUpPanel } from '../../src/sidepanel/WriteUpPanel';
import { compiledMapItem, ignoredPhrasesItem } from '../../src/storage';
import { useStorageItem } from '../../src/ui/use-storage-item';

function tabFromUrl(): number | undefined {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

export function App() {
  const [tabId, setTabId] = useState<number | null | undefined>(tabFromUrl);
  useEffect(() => {
    if (tabId !== undefined) return;
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([tab]) => setTabId(tab?.id ?? null),
      () => setTabId(null),
    );
  }, [tabId]);
  const connection = useMemo(() => (tabId ? extensionConnection(tabId) : null), [tabId]);
  const reviews = useMemo<Reviews>(
    () => ({ store: extensionReviewStore, open: (review) => void openReview(review, tabId ?? null) }),
    [tabId],
  );
  const [ignored] = useStorageItem(ignoredPhrasesItem);
  const ignoredSet = useMemo(() => new Set(ignored ?? []), [ignored]);
  const [stored] = useStorageItem(compiledMapItem);
  if (!connection) {
    return (
      <main className="panel">
        <h1>Customer terms write-up</h1>
        <p>
          {tabId === undefined ? 'Finding the ticket…' : 'Open this panel from a ticket on GitHub, Jira or Linear.'}
        </p>
      </main>
    );
  }
  return (
    <WriteUpPanel
      connection={connection}
      store={extensionDraftStore}
      ignored={ignoredSet}
      map={stored?.map ?? undefined}
      reviews={reviews}
    />
  );
}
