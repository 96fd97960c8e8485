// Typed, versioned storage items. Everything stays on this device (storage.local).
// Items are marked pure: a bundle keeps only those it uses (defining one reads its key).
// The content scripts use none: they read PAGE_KEYS in one call (src/page/page-state.ts)
// and import settings values from src/settings/model.ts, which has no storage code.
import { storage } from 'wxt/utils/storage';
import type { CompiledMap } from './core/phrase-map/compiled';
import type { MapIssue } from './core/phrase-map/errors';
import type { SelfHostedOrigin } from './trackers/origins';
import {
  cardBlanksKey,
  defaultSettings,
  normalizeSettings,
  PAGE_KEYS,
  type MapLayers,
  type PolicySettings,
  type Settings,
} from './settings/model';

export { cardBlanksKey, normalizeSettings, PAGE_KEYS };
export type { MapLayers, PolicySettings, Settings };

export const settingsItem = /* @__PURE__ */ storage.defineItem<Settings>(`local:${PAGE_KEYS.settings}`, {
  fallback: defaultSettings(),
  // v1: { highlightWhileReading }. v2 adds disabledTrackers.
  version: 2,
  migrations: { 2: (old: unknown) => normalizeSettings(old) },
});

export const policyItem = /* @__PURE__ */ storage.defineItem<PolicySettings>(`local:${PAGE_KEYS.policy}`, {
  fallback: {},
  version: 1,
});

/** Phrases the user chose to stop seeing, as `phraseKey` values. */
export const ignoredPhrasesItem = /* @__PURE__ */ storage.defineItem<string[]>(`local:${PAGE_KEYS.ignoredPhrases}`, {
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

/** A side-panel draft as stored: `draft` and `evidence` are re-validated on load (see sidepanel/draft-store). */
export interface StoredDraft {
  draft: unknown;
  evidence: unknown;
  /** What the ticket was called and where it was, for finding the draft again. */
  title: string;
  url: string;
  savedAt: number;
}

/** One item per ticket key ("github:owner/repo#41"), so a ticket's draft is read and written alone. */
export function draftItem(ticketKey: string) {
  return storage.defineItem<StoredDraft | null>(`local:draft:${ticketKey}`, { fallback: null, version: 1 });
}

/** Text chosen with "Rewrite in customer terms", waiting for that tab's side panel (cleared on use). */
export function pendingSelectionItem(tabId: number) {
  return storage.defineItem<{ text: string; at: number } | null>(`session:selection:${tabId}`, { fallback: null });
}

/** What the user typed in the card's blanks for a ticket, offered again next time. */
export function cardBlanksItem(ticketKey: string) {
  return storage.defineItem<Record<string, string>>(`local:${cardBlanksKey(ticketKey)}`, { fallback: {}, version: 1 });
}

/** A phrase-map layer as the user last saved or imported it (the --map file format); re-validated on every read. */
export interface StoredLayer {
  map: unknown;
  /** Where it came from, for the settings page: "team-map.json", "policy". */
  source: string;
  savedAt: number;
}

export const teamMapItem = /* @__PURE__ */ storage.defineItem<StoredLayer | null>('local:teamMap', { fallback: null, version: 1 });
export const personalMapItem = /* @__PURE__ */ storage.defineItem<StoredLayer | null>('local:personalMap', {
  fallback: null,
  version: 1,
});

/** The map every part uses, compiled from the layers by the background; null until the first build. */
export interface StoredCompiledMap {
  map: CompiledMap;
  builtAt: number;
  /** Entries each layer adds or replaces, and ids it disables. */
  layers: MapLayers;
  /** Set when a stored layer no longer loads: the map keeps working without it. */
  problems: MapIssue[];
}

export const compiledMapItem = /* @__PURE__ */ storage.defineItem<StoredCompiledMap | null>(`local:${PAGE_KEYS.compiledMap}`, {
  fallback: null,
  version: 1,
});

/**
 * The compiled map's layer counts alone, written with it: pages read this small item and read the
 * compiled map (200 KB, some 50 ms to read) only when it differs from the built-in one.
 */
export const compiledMapLayersItem = /* @__PURE__ */ storage.defineItem<MapLayers | null>(
  `local:${PAGE_KEYS.compiledMapLayers}`,
  { fallback: null, version: 1 },
);

/** Review reminders: one item per ticket key under this prefix, each re-validated on read (core/reviews). */
export const REVIEW_KEY_PREFIX = 'review:';

export function reviewItem(ticketKey: string) {
  return storage.defineItem<unknown>(`local:${REVIEW_KEY_PREFIX}${ticketKey}`, { fallback: null });
}

/** Which review was last notified for which date, by ticket key; only the background writes it. */
export const reviewNoticesItem = /* @__PURE__ */ storage.defineItem<Record<string, string>>('local:reviewNotices', {
  fallback: {},
  version: 1,
});

/** A review to open when the panel next shows its ticket: set by a notification click or the review list. */
// A function, not a module-level item: defining a session item reads session storage, which
// content scripts (which import this module) may not touch.
export const pendingReviewItem = () =>
  storage.defineItem<{ key: string; at: number } | null>('session:pendingReview', { fallback: null });

/** Self-hosted trackers the user added (GitHub Enterprise Server, Jira Data Center); each has its own host permission. */
export const selfHostedItem = /* @__PURE__ */ storage.defineItem<SelfHostedOrigin[]>('local:selfHosted', {
  fallback: [],
  version: 1,
});
