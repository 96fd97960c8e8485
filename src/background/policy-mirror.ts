// Copies what the organisation's policy sets into local storage, where content scripts
// can read it (Chromium refuses storage.managed in content scripts), and keeps it current.
import { managedSettings } from '../settings/policy';
import { policyItem } from '../storage';

export async function mirrorPolicy(): Promise<void> {
  const { highlightWhileReading, disabledTrackers, managedBy } = await managedSettings();
  await policyItem.setValue({
    ...(highlightWhileReading === undefined ? {} : { highlightWhileReading }),
    ...(disabledTrackers === undefined ? {} : { disabledTrackers }),
    ...(managedBy === undefined ? {} : { managedBy }),
  });
}

export function keepPolicyMirrored(warn: (error: unknown) => void) {
  const mirror = () => void mirrorPolicy().catch(warn);
  mirror();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') mirror();
  });
}
