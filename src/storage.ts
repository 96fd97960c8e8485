// Typed, versioned storage items. Everything stays on this device (storage.local).
import { storage } from 'wxt/utils/storage';
import type { CompiledMap } from './core/phrase-map/compiled';
import type { MapIssue } from './core/phrase-map/errors';
import type { SelfHostedOrigin } from './trackers/origins';

export interface Settings {
  /** Highlight jargon in rendered issues and comments, not only while editing. */
  highlightWhileReading: boolean;
  /** Trackers the user switched off, by tracker id ("github", "jira", "linear"). */
  disabledTrackers: string[];
}

const DEFAULT_SETTINGS: Settings = { highlightWhileReading: true, disabledTrackers: [] };

/** Settings as stored by any version, made whole: unknown or mistyped values fall back to the defaults. */
export function normalizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    highlightWhileReading: typeof value.highlightWhileReading === 'boolean' ? value.highlightWhileReading : DEFAULT_SETTINGS.highlightWhileReading,
    disabledTrackers: Array.isArray(value.disabledTrackers)
      ? [...new Set(value.disabledTrackers.filter((t): t is string => typeof t === 'string'))].sort()
      : [],
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  // v1: { highlightWhileReading }. v2 adds disabledTrackers.
  version: 2,
  migrations: { 2: (old: unknown) => normalizeSettings(old) },
});

/**
 * What the organisation's browser policy sets (storage.managed), mirrored here by the background:
 * content scripts cannot read managed storage. The team map is not mirrored; it reaches pages compiled.
 */
export interface PolicySettings {
  highlightWhileReading?: boolean;
  disabledTrackers?: string[];
  managedBy?: string;
}

export const policyItem = storage.defineItem<PolicySettings>('local:policy', { fallback: {}, version: 1 });

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
  return storage.defineItem<Record<string, string>>(`local:blanks:${ticketKey}`, { fallback: {}, version: 1 });
}

/** A phrase-map layer as the user last saved or imported it (the --map file format); re-validated on every read. */
export interface StoredLayer {
  map: unknown;
  /** Where it came from, for the settings page: "team-map.json", "policy". */
  source: string;
  savedAt: number;
}

export const teamMapItem = storage.defineItem<StoredLayer | null>('local:teamMap', { fallback: null, version: 1 });
export const personalMapItem = storage.defineItem<StoredLayer | null>('local:personalMap', { fallback: null, version: 1 });

/** The map every part uses, compiled from the layers by the background; null until the first build. */
export interface StoredCompiledMap {
  map: CompiledMap;
  builtAt: number;
  /** Entries each layer adds or replaces, and ids it disables. */
  layers: { team: number; personal: number; disabled: number };
  /** Set when a stored layer no longer loads: the map keeps working without it. */
  problems: MapIssue[];
}

export const compiledMapItem = storage.defineItem<StoredCompiledMap | null>('local:compiledMap', { fallback: null, version: 1 });

/** Review reminders: one item per ticket key under this prefix, each re-validated on read (core/reviews). */
export const REVIEW_KEY_PREFIX = 'review:';

export function reviewItem(ticketKey: string) {
  return storage.defineItem<unknown>(`local:${REVIEW_KEY_PREFIX}${ticketKey}`, { fallback: null });
}

/** Which review was last notified for which date, by ticket key; only the background writes it. */
export const reviewNoticesItem = storage.defineItem<Record<string, string>>('local:reviewNotices', { fallback: {}, version: 1 });

/** A review to open when the panel next shows its ticket: set by a notification click or the review list. */
// A function, not a module-level item: defining a session item reads session storage, which
// content scripts (which import this module) may not touch.
export const pendingReviewItem = () =>
  storage.defineItem<{ key: string; at: number } | null>('session:pendingReview', { fallback: null });

/** Self-hosted trackers the user added (GitHub Enterprise Server, Jira Data Center); each has its own host permission. */
export const selfHostedItem = storage.defineItem<SelfHostedOrigin[]>('local:selfHosted', { fallback: [], version: 1 });
