// The settings as values, with no storage code, so the content scripts can use them
// without bundling the storage library: their shape and defaults, the policy on top,
// and the storage.local keys the page layer reads directly (src/page/page-state.ts).
// src/storage.ts defines the storage items over the same keys and re-exports these.
import { handShape, isRecord, isStringArray, issue } from '../stored-shape';

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
    highlightWhileReading:
      typeof value.highlightWhileReading === 'boolean'
        ? value.highlightWhileReading
        : DEFAULT_SETTINGS.highlightWhileReading,
    disabledTrackers: Array.isArray(value.disabledTrackers)
      ? [...new Set(value.disabledTrackers.filter((t): t is string => typeof t === 'string'))].sort()
      : [],
  };
}

export const defaultSettings = (): Settings => ({ ...DEFAULT_SETTINGS, disabledTrackers: [] });

/**
 * What the organisation's browser policy sets (storage.managed), mirrored here by the background:
 * content scripts cannot read managed storage. The team map is not mirrored; it reaches pages compiled.
 */
export interface PolicySettings {
  highlightWhileReading?: boolean;
  disabledTrackers?: string[];
  managedBy?: string;
}

/** Policy wins where it sets something; a tracker is off when the user or the policy turned it off. */
export function effectiveSettings(user: Settings, managed: PolicySettings): Settings {
  const settings = normalizeSettings(user);
  const policy = normalizePolicy(managed);
  return {
    highlightWhileReading: policy.highlightWhileReading ?? settings.highlightWhileReading,
    disabledTrackers: [...new Set([...settings.disabledTrackers, ...(policy.disabledTrackers ?? [])])].sort(),
  };
}

/** The storage.local keys the page layer reads directly: one read when a page starts, then storage.onChanged. */
export const PAGE_KEYS = {
  settings: 'settings',
  policy: 'policy',
  ignoredPhrases: 'ignoredPhrases',
  compiledMap: 'compiledMap',
  compiledMapLayers: 'compiledMapLayers',
} as const;

/** What the background's compiled map holds beyond the built-in one: entries the layers add or replace, and ids they disable. */
export interface MapLayers {
  team: number;
  personal: number;
  disabled: number;
}

/** Whether a compiled map differs from the built-in one (any layer adds, replaces or disables something). */
export const isLayered = (layers: MapLayers) => layers.team > 0 || layers.personal > 0 || layers.disabled > 0;

/** The storage.local key of what the user typed in the card's blanks for a ticket (the page layer writes it directly). */
export const cardBlanksKey = (ticketKey: string) => `blanks:${ticketKey}`;

// --- Shapes of the items the page layer reads, checked by hand (no zod in content scripts) ---

export const settingsShape = handShape<Settings>((raw) => {
  if (!isRecord(raw)) return issue([], 'expected an object');
  if (typeof raw.highlightWhileReading !== 'boolean') return issue(['highlightWhileReading'], 'expected true or false');
  if (!isStringArray(raw.disabledTrackers)) return issue(['disabledTrackers'], 'expected a list of tracker ids');
  return null;
});

/** The policy mirror as stored, keeping only the fields that have their type. */
export function normalizePolicy(raw: unknown): PolicySettings {
  const value = isRecord(raw) ? raw : {};
  return {
    ...(typeof value.highlightWhileReading === 'boolean' ? { highlightWhileReading: value.highlightWhileReading } : {}),
    ...(isStringArray(value.disabledTrackers) ? { disabledTrackers: value.disabledTrackers } : {}),
    ...(typeof value.managedBy === 'string' ? { managedBy: value.managedBy } : {}),
  };
}

export const policyShape = handShape<PolicySettings>((raw) => {
  if (!isRecord(raw)) return issue([], 'expected an object');
  const kept = normalizePolicy(raw);
  const wrong = (['highlightWhileReading', 'disabledTrackers', 'managedBy'] as const).find(
    (k) => k in raw && !(k in kept),
  );
  return wrong ? issue([wrong], 'has the wrong type') : null;
});

export const normalizeIgnored = (raw: unknown): string[] =>
  Array.isArray(raw) ? [...new Set(raw.filter((k): k is string => typeof k === 'string'))].sort() : [];

export const ignoredShape = handShape<string[]>((raw) =>
  isStringArray(raw) ? null : issue([], 'expected a list of phrase keys'),
);

const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;

export const layersShape = handShape<MapLayers>((raw) => {
  if (!isRecord(raw)) return issue([], 'expected an object');
  const wrong = (['team', 'personal', 'disabled'] as const).find((k) => !isCount(raw[k]));
  return wrong ? issue([wrong], 'expected a count') : null;
});
