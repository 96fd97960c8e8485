// Typed, versioned storage items. Everything stays on this device (storage.local).
import { storage } from 'wxt/utils/storage';

export interface Settings {
  /** Highlight jargon in rendered issues and comments, not only while editing. */
  highlightWhileReading: boolean;
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { highlightWhileReading: true },
  version: 1,
});

/** Phrases the user chose to stop seeing, as `phraseKey` values. */
export const ignoredPhrasesItem = storage.defineItem<string[]>('local:ignoredPhrases', {
  fallback: [],
  version: 1,
});

export async function ignorePhrase(key: string) {
  const current = await ignoredPhrasesItem.getValue();
  if (!current.includes(key)) await ignoredPhrasesItem.setValue([...current, key].sort());
}

export async function unignorePhrase(key: string) {
  const current = await ignoredPhrasesItem.getValue();
  await ignoredPhrasesItem.setValue(current.filter((k) => k !== key));
}
