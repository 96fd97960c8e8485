// Self-hosted trackers at run time: for every origin the user added and granted,
// the matching content script is registered there; a removed origin (or a revoked
// permission) unregisters it. The settings page asks for the permission, in the
// click that adds the origin, and stores the list; this keeps the browser in step.
import { selfHostedItem } from '../storage';
import { ALL_HOSTED_PAGES, pagesOf } from '../trackers/origins';
import { syncSelfHosted, type Scripting, type SelfHostedApis } from './self-hosted-sync';

function browserApis(): SelfHostedApis {
  const scripting = (browser as unknown as { scripting?: Scripting }).scripting;
  return { scripting, contains: (origin) => browser.permissions.contains({ origins: [pagesOf(origin)] }) };
}

/** The pages the context menu shows on: the hosted trackers and the self-hosted ones. */
export async function trackerPages(): Promise<string[]> {
  return [...ALL_HOSTED_PAGES, ...(await selfHostedItem.getValue()).map((o) => pagesOf(o.origin))];
}

/** Keeps registrations in step with the stored list and the granted permissions. */
export function keepSelfHostedRegistered(warn: (error: unknown) => void, changed: () => void) {
  const sync = () =>
    void selfHostedItem
      .getValue()
      .then((origins) => syncSelfHosted(origins, browserApis()))
      .then(changed, warn);
  sync();
  selfHostedItem.watch(sync);
  browser.permissions.onAdded?.addListener(sync);
  browser.permissions.onRemoved?.addListener(sync);
}
