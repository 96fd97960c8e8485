// Typed, versioned storage items, each checked on every read (src/stored-item.ts): a
// value of the wrong shape reads as a safe default, and what the user would miss (drafts,
// reviews, the team map, personal changes) is kept aside for the settings page.
// Everything stays on this device (storage.local). Items are marked pure: a bundle keeps
// only those it uses (defining one reads its key). The content scripts use none: they
// read PAGE_KEYS in one call (src/page/page-state.ts) with the same hand-checked shapes,
// and import settings values from src/settings/model.ts, which has no storage code.
import { z } from 'zod';
import { storedCompiledMapShape, type StoredCompiledMap } from './core/phrase-map/compiled-shape';
import { reviewSchema, type Review } from './core/reviews/review';
import { salvageDraft, storedDraftSchema } from './sidepanel/draft-store';
import { checkedItem } from './stored-item';
import { SELF_HOSTED_KINDS, type SelfHostedKind, type SelfHostedOrigin } from './trackers/origins';
import {
  cardBlanksKey,
  defaultSettings,
  ignoredShape,
  layersShape,
  normalizeIgnored,
  normalizePolicy,
  normalizeSettings,
  PAGE_KEYS,
  policyShape,
  settingsShape,
  type MapLayers,
  type PolicySettings,
  type Settings,
} from './settings/model';

export { cardBlanksKey, normalizeSettings, PAGE_KEYS };
export type { MapLayers, PolicySettings, Settings, StoredCompiledMap };

const isObject = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null;

export const settingsItem = /* @__PURE__ */ checkedItem<Settings>(`local:${PAGE_KEYS.settings}`, {
  shape: settingsShape,
  fallback: defaultSettings(),
  salvage: normalizeSettings,
  // v1: { highlightWhileReading }. v2 adds disabledTrackers.
  version: 2,
  migrations: { 2: (old: unknown) => normalizeSettings(old) },
});

export const policyItem = /* @__PURE__ */ checkedItem<PolicySettings>(`local:${PAGE_KEYS.policy}`, {
  shape: policyShape,
  fallback: {},
  salvage: normalizePolicy,
});

/** Phrases the user chose to stop seeing, as `phraseKey` values. */
export const ignoredPhrasesItem = /* @__PURE__ */ checkedItem<string[]>(`local:${PAGE_KEYS.ignoredPhrases}`, {
  shape: ignoredShape,
  fallback: [],
  salvage: normalizeIgnored,
});

export const ignorePhrase = (key: string) =>
  ignoredPhrasesItem.update((current) => (current.includes(key) ? current : [...current, key].sort()));

export const unignorePhrase = (key: string) => ignoredPhrasesItem.update((current) => current.filter((k) => k !== key));

/** A side-panel draft as stored; one that does not fit whole reads as the parts that do. */
export type StoredDraft = z.output<typeof storedDraftSchema>;

/** One item per ticket key ("github:owner/repo#41"), so a ticket's draft is read and written alone. */
export function draftItem(ticketKey: string) {
  return checkedItem<StoredDraft | null>(`local:draft:${ticketKey}`, {
    shape: storedDraftSchema,
    fallback: null,
    salvage: salvageDraft,
    keepAsideAs: `the write-up draft for ${ticketKey}`,
  });
}

const pendingSelectionSchema = z.object({ text: z.string(), at: z.number() });

/** Text chosen with "Rewrite in customer terms", waiting for that tab's side panel (cleared on use). */
export function pendingSelectionItem(tabId: number) {
  return checkedItem<z.output<typeof pendingSelectionSchema> | null>(`session:selection:${tabId}`, {
    shape: pendingSelectionSchema,
    fallback: null,
  });
}

const blanksSchema = z.record(z.string(), z.string());
const stringEntries = (raw: unknown): Record<string, string> =>
  isObject(raw) && !Array.isArray(raw)
    ? Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {};

/** What the user typed in the card's blanks for a ticket, offered again next time. */
export function cardBlanksItem(ticketKey: string) {
  return checkedItem<Record<string, string>>(`local:${cardBlanksKey(ticketKey)}`, {
    shape: blanksSchema,
    fallback: {},
    salvage: stringEntries,
  });
}

/** A phrase-map layer as the user last saved or imported it (the --map file format); the map is re-validated on use. */
const storedLayerSchema = z.object({
  map: z.unknown(),
  /** Where it came from, for the settings page: "team-map.json", "policy". */
  source: z.string(),
  savedAt: z.number(),
});
export type StoredLayer = z.output<typeof storedLayerSchema>;

/** A layer whose wrapper is broken still carries its map (or is one: a map stored bare). */
function salvageLayer(raw: unknown): StoredLayer | null {
  if (!isObject(raw) || Array.isArray(raw)) return null;
  const map = Object.hasOwn(raw, 'map') ? raw.map : Object.hasOwn(raw, 'entries') ? raw : undefined;
  if (map === undefined || map === null) return null;
  return {
    map,
    source: typeof raw.source === 'string' ? raw.source : 'unknown',
    savedAt: typeof raw.savedAt === 'number' ? raw.savedAt : 0,
  };
}

export const teamMapItem = /* @__PURE__ */ checkedItem<StoredLayer | null>('local:teamMap', {
  shape: storedLayerSchema,
  fallback: null,
  salvage: salvageLayer,
  keepAsideAs: 'the team map',
});

export const personalMapItem = /* @__PURE__ */ checkedItem<StoredLayer | null>('local:personalMap', {
  shape: storedLayerSchema,
  fallback: null,
  salvage: salvageLayer,
  keepAsideAs: 'your personal phrase-map changes',
});

/** The map every part uses, compiled from the layers by the background; null until the first build. */
export const compiledMapItem = /* @__PURE__ */ checkedItem<StoredCompiledMap | null>(`local:${PAGE_KEYS.compiledMap}`, {
  shape: storedCompiledMapShape,
  // The background compiles it again from the layers; nothing to keep.
  fallback: null,
});

/**
 * The compiled map's layer counts alone, written with it: pages read this small item and read the
 * compiled map (200 KB, some 50 ms to read) only when it differs from the built-in one.
 */
export const compiledMapLayersItem = /* @__PURE__ */ checkedItem<MapLayers | null>(
  `local:${PAGE_KEYS.compiledMapLayers}`,
  {
    shape: layersShape,
    fallback: null,
  },
);

/** Review reminders: one item per ticket key under this prefix. */
export const REVIEW_KEY_PREFIX = 'review:';

export function reviewItem(ticketKey: string) {
  return checkedItem<Review | null>(`local:${REVIEW_KEY_PREFIX}${ticketKey}`, {
    shape: reviewSchema,
    fallback: null,
    keepAsideAs: `the review reminder for ${ticketKey}`,
  });
}

/** Which review was last notified for which date, by ticket key; only the background writes it. */
export const reviewNoticesItem = /* @__PURE__ */ checkedItem<Record<string, string>>('local:reviewNotices', {
  shape: z.record(z.string(), z.string()),
  fallback: {},
  salvage: stringEntries,
});

const pendingReviewSchema = z.object({ key: z.string(), at: z.number() });

/** A review to open when the panel next shows its ticket: set by a notification click or the review list. */
// A function, not a module-level item: defining a session item reads session storage, which
// content scripts (which import this module) may not touch.
export const pendingReviewItem = () =>
  checkedItem<z.output<typeof pendingReviewSchema> | null>('session:pendingReview', {
    shape: pendingReviewSchema,
    fallback: null,
  });

const selfHostedOriginSchema = z.object({
  origin: z.string(),
  kind: z.enum(Object.keys(SELF_HOSTED_KINDS) as [SelfHostedKind, ...SelfHostedKind[]]),
});

/** Self-hosted trackers the user added (GitHub Enterprise Server, Jira Data Center); each has its own host permission. */
export const selfHostedItem = /* @__PURE__ */ checkedItem<SelfHostedOrigin[]>('local:selfHosted', {
  shape: z.array(selfHostedOriginSchema),
  fallback: [],
  // Each origin stands alone: the ones that still fit stay registered.
  salvage: (raw) => (Array.isArray(raw) ? raw.filter((o) => selfHostedOriginSchema.safeParse(o).success) : []),
});
