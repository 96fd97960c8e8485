// A storage item as React state that follows changes made elsewhere (other tabs, the page).
import { useCallback, useEffect, useState } from 'react';
import type { CheckedItem } from '../stored-item';

type Followed<T> = Pick<CheckedItem<T>, 'getValue' | 'setValue' | 'watch'>;

export function useStorageItem<T>(item: Followed<T>): [T | undefined, (value: T) => Promise<void>] {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  // Show the change at once (a checkbox must not flick back while storage catches up).
  const set = useCallback(
    (next: T) => {
      setValue(next);
      return item.setValue(next);
    },
    [item],
  );
  return [value, set];
}
