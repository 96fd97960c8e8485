// The page's stored state (settings, policy, ignored phrases, the map's layer counts) is asked
// for at the content script's first statement (script-start.ts), so that storage answers while
// the rest of the bundle is evaluated and the matcher is built; page-state.ts takes the answer.
import { PAGE_KEYS } from '../settings/model';

/** The page state's storage keys, by the name page-state.ts gives each value. */
export const PAGE_STATE_KEYS = [
  ['settings', PAGE_KEYS.settings],
  ['policy', PAGE_KEYS.policy],
  ['ignored', PAGE_KEYS.ignoredPhrases],
  ['layers', PAGE_KEYS.compiledMapLayers],
] as const;

const FIRST_KEYS = PAGE_STATE_KEYS.map(([, key]) => key);

let asked: Promise<Record<string, unknown>> | null = null;

export function askFirstKeys() {
  asked = browser.storage.local.get(FIRST_KEYS);
  // Whoever takes the answer hears of a failure; an answer never taken is no error.
  asked.catch(() => undefined);
}

/** The answer asked for at the first statement, taken once; after that, storage is read again. */
export function firstKeys(): Promise<Record<string, unknown>> {
  const answer = asked ?? browser.storage.local.get(FIRST_KEYS);
  asked = null;
  return answer;
}
