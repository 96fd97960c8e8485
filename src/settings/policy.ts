// Settings an organisation pushes with browser policy (storage.managed): Chrome reads
// them from a managed policy file (the manifest's managed_schema says their shape),
// Firefox from policies.json ("3rdparty" > "Extensions" > our id). The extension can
// only read them; what they set shows as locked in the settings page.

export interface ManagedSettings {
  /** A team map in the --map file format, as an object or as JSON text. */
  teamMap?: unknown;
  /** Highlight jargon while reading rendered issues. */
  highlightWhileReading?: boolean;
  /** Trackers switched off for everyone, by id ("github", "jira", "linear"). */
  disabledTrackers?: string[];
  /** Who set these, shown beside each locked setting ("IT at Acme"). */
  managedBy?: string;
}

/**
 * A team map as a policy can hold it: Chrome's policy schema has no null, so an example
 * where no rewrite fits leaves out "to" there; here it becomes `to: null` again.
 */
export function fromPolicy(teamMap: unknown): unknown {
  if (typeof teamMap !== 'object' || teamMap === null || !Array.isArray((teamMap as { entries?: unknown }).entries))
    return teamMap;
  const entries = (teamMap as { entries: unknown[] }).entries.map((entry) => {
    const examples = (entry as { examples?: unknown } | null)?.examples;
    if (!Array.isArray(examples)) return entry;
    return {
      ...(entry as object),
      examples: examples.map((x) => (typeof x === 'object' && x !== null && !('to' in x) ? { ...x, to: null } : x)),
    };
  });
  return { ...teamMap, entries };
}

/** What policy sets, or {} where there is no policy (or the browser has no managed storage). */
export async function managedSettings(): Promise<ManagedSettings> {
  try {
    const managed = (browser.storage as unknown as { managed?: { get(keys?: null): Promise<Record<string, unknown>> } })
      .managed;
    if (!managed) return {};
    const raw = await managed.get(null);
    const out: ManagedSettings = {};
    if (raw.teamMap !== undefined) out.teamMap = fromPolicy(raw.teamMap);
    if (typeof raw.highlightWhileReading === 'boolean') out.highlightWhileReading = raw.highlightWhileReading;
    if (Array.isArray(raw.disabledTrackers))
      out.disabledTrackers = raw.disabledTrackers.filter((t): t is string => typeof t === 'string');
    if (typeof raw.managedBy === 'string' && raw.managedBy.trim()) out.managedBy = raw.managedBy.trim().slice(0, 80);
    return out;
  } catch {
    // Firefox without policies.json, and Chromium without a policy for us, reject: no policy.
    return {};
  }
}

export async function managedTeamMap(): Promise<unknown> {
  return (await managedSettings()).teamMap;
}

/**
 * A change to the phrase map is checked against the team map in use, which may be the policy's: while
 * the browser has not answered for policy, the change is not made (a personal layer that only loads
 * over the policy's map would otherwise be set aside).
 */
export class PolicyNotReadyError extends Error {
  constructor() {
    super("Your organisation's settings have not loaded yet, so nothing was changed. Try again in a moment.");
    this.name = 'PolicyNotReadyError';
  }
}

/** How long the background waits for the browser's answer on policy before going on without it. */
export const MANAGED_WAIT_MS = 2000;

/**
 * How long a change to the phrase map waits for that answer before it is refused: longer, since
 * Chromium takes a few seconds after start-up, and a change must be checked against the policy.
 */
export const CHANGE_WAIT_MS = 15_000;

/**
 * managedSettings(), or null if the browser has not answered within `waitMs`: Chromium's answer
 * can take seconds while its policy service starts, and has been seen never to come (headless,
 * or w3c/webextensions#547). `onLate`, if given, is called once if the answer comes after that.
 */
export async function managedSettingsWithin(
  onLate: () => void = () => undefined,
  waitMs = MANAGED_WAIT_MS,
): Promise<ManagedSettings | null> {
  let late = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answer = managedSettings().then((settings) => {
    if (late) onLate();
    return settings;
  });
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => {
      late = true;
      resolve(null);
    }, waitMs);
  });
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
