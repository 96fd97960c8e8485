// Starts the page layer for one tracker: loads the phrase map, settings and
// ignored phrases, follows navigation and storage changes, stops with the script.
// Also starts the bridge the side panel talks to.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { compiledDefaultMap } from '../phrases/compiled';
import { type MessageOf, type RuntimeKind, sendToExtension } from '../messages';
import { cardBlanksItem, compiledMapItem, ignoredPhrasesItem } from '../storage';
import { currentSettings, watchSettings, watchTrackerSwitch } from '../settings/effective';
import type { TrackerAdapter } from '../trackers';
import { report } from './guard';
import { FieldRegistry } from './registry';
import { PageSession } from './session';
import { startTicketBridge } from './ticket-bridge';

function send<K extends RuntimeKind>(message: MessageOf<K>) {
  // The extension may have been reloaded under this page; the badge is not worth an error.
  sendToExtension(message).catch(() => undefined);
}

/** Blanks typed in the card, merged into what this ticket already had. */
async function rememberBlanks(key: string, slots: Record<string, string | undefined>) {
  const item = cardBlanksItem(key);
  const current = await item.getValue();
  const next = { ...current };
  for (const [name, value] of Object.entries(slots)) {
    if (value?.trim()) next[name] = value.trim();
    else delete next[name];
  }
  await item.setValue(next);
}

export async function startPageLayer(ctx: ContentScriptContext, tracker: TrackerAdapter) {
  // A tracker switched off (by the user, or by the organisation's policy) sleeps, and
  // stops or starts on open tabs when that changes.
  let running: Promise<(() => void) | undefined> | undefined;
  let bridged = false;
  // One list of the page's fields: the running session keeps it, the side panel bridge reads it.
  const registry = new FieldRegistry(tracker);
  const unwatch = watchTrackerSwitch(tracker.id, (on) => {
    if (on && !running) {
      running = runPageLayer(ctx, tracker, registry).catch((error: unknown) => void report(error));
      if (!bridged) startTicketBridge(ctx, registry);
      bridged = true;
    } else if (!on && running) {
      void running.then((stop) => stop?.());
      running = undefined;
    }
  });
  ctx.onInvalidated(unwatch);
}

/** Starts the page layer; resolves to the function that stops it. */
async function runPageLayer(
  ctx: ContentScriptContext,
  tracker: TrackerAdapter,
  registry: FieldRegistry,
): Promise<(() => void) | undefined> {
  const [settings, ignored, stored] = await Promise.all([currentSettings(), ignoredPhrasesItem.getValue(), compiledMapItem.getValue()]);
  if (ctx.isInvalid) return undefined;
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  const session = new PageSession({
    tracker,
    registry,
    // The map with the team's and the user's layers, as the background compiled it; the built-in one until then.
    map: stored?.map ?? compiledDefaultMap,
    ignored,
    settings,
    onTotal(total) {
      clearTimeout(badgeTimer);
      badgeTimer = setTimeout(() => send({ kind: 'badge', count: total }), 150);
    },
    // The background writes the list, one update at a time, so two tabs never lose each other's.
    onIgnore: (key) => send({ kind: 'ignore-phrase', key }),
    // Sent straight from the click: the background may open the side panel only during a user gesture.
    // Firefox opens its sidebar only from its own controls (toolbar, Alt+Shift+W), never from a page.
    openWriteUp: import.meta.env.FIREFOX ? undefined : () => send({ kind: 'open-write-up' }),
    suggest: (request) => sendToExtension({ kind: 'suggest', ...request }),
    remember: (key, slots) => void rememberBlanks(key, slots).catch(report),
    addToMap: (phrase) => send({ kind: 'add-to-map', phrase }),
  });
  session.start();
  let stopped = false;
  const unwatch = [
    ignoredPhrasesItem.watch((keys) => session.setIgnored(keys ?? [])),
    watchSettings((value) => session.setSettings(value), settings),
    compiledMapItem.watch((value) => session.setMap(value?.map ?? compiledDefaultMap)),
  ];
  const navigated = () => stopped || session.navigated();
  ctx.addEventListener(window, 'wxt:locationchange', navigated);
  // GitHub's own soft-navigation events, which can come before the URL settles.
  for (const event of ['turbo:render', 'soft-nav:react-done']) ctx.addEventListener(document, event, navigated);
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const unwatchOne of unwatch) unwatchOne();
    session.stop();
    // stop() reports a total of 0; the badge is cleared by a switched-off tracker, not when the extension goes away.
    clearTimeout(badgeTimer);
    if (!ctx.isInvalid) send({ kind: 'badge', count: 0 });
  };
  ctx.onInvalidated(stop);
  return stop;
}
