// Starts the page layer for one tracker: loads the phrase map, settings and
// ignored phrases, follows navigation and storage changes, stops with the script.
// Also starts the bridge the side panel talks to.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { compiledDefaultMap } from '../phrases/compiled';
import type { Message } from '../messages';
import type { SuggestResponse } from '../messages';
import { cardBlanksItem, compiledMapItem, ignoredPhrasesItem, settingsItem } from '../storage';
import type { TrackerAdapter } from '../trackers';
import { report } from './guard';
import { PageSession } from './session';
import { startTicketBridge } from './ticket-bridge';

function send(message: Message) {
  // The extension may have been reloaded under this page; the badge is not worth an error.
  browser.runtime.sendMessage(message).catch(() => undefined);
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
  const [settings, ignored, stored] = await Promise.all([settingsItem.getValue(), ignoredPhrasesItem.getValue(), compiledMapItem.getValue()]);
  if (ctx.isInvalid) return;
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  const session = new PageSession({
    tracker,
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
    suggest: (request) => browser.runtime.sendMessage({ kind: 'suggest', ...request } satisfies Message) as Promise<SuggestResponse>,
    remember: (key, slots) => void rememberBlanks(key, slots).catch(report),
    addToMap: (phrase) => send({ kind: 'add-to-map', phrase }),
  });
  session.start();
  startTicketBridge(ctx, session.registry);
  const unwatch = [
    ignoredPhrasesItem.watch((keys) => session.setIgnored(keys ?? [])),
    settingsItem.watch((value) => value && session.setSettings(value)),
    compiledMapItem.watch((value) => session.setMap(value?.map ?? compiledDefaultMap)),
  ];
  ctx.addEventListener(window, 'wxt:locationchange', () => session.navigated());
  // GitHub's own soft-navigation events, which can come before the URL settles.
  for (const event of ['turbo:render', 'soft-nav:react-done']) ctx.addEventListener(document, event, () => session.navigated());
  ctx.onInvalidated(() => {
    for (const stop of unwatch) stop();
    session.stop();
    // stop() reports a total of 0; the extension is going away, so no badge is sent after it.
    clearTimeout(badgeTimer);
  });
}
