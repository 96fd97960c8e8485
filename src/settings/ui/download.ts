// Files the settings page offers to save: a blob: address for an <a download> link,
// made in the page (nothing goes over the network) and released when replaced.
import { useEffect, useState } from 'react';

export function useBlobUrl(text: string | null, type = 'application/json'): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (text === null) {
      setUrl(null);
      return;
    }
    const made = URL.createObjectURL(new Blob([text], { type }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [text, type]);
  return url;
}
