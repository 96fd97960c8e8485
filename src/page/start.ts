// Starts the page layer for one tracker: loads the phrase map, settings and
// ignored phrases, follows navigation and storage changes, stops with the script.
// Also starts the bridge the side panel talks to.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type MessageOf, type RuntimeKind, sendToExtension } from '../messages';
import type { TrackerAdapter } from '../trackers';
import { followPageState, type PageState, warmUpDefaultMatcher } from './page-state';
import { FieldRegistry } from './registry';
import { PageSession } from './session';
import { startTicketBridge } from './ticket-bridge';

function send<K extends RuntimeKind>(message: MessageOf<K>) {
  // The extension may have been reloaded under this page; the badge is not worth an error.
  sendToExtension(message).catch(() => undefined);
}

export async function startPageLayer(ctx: ContentScriptContext, tracker: TrackerAdapter) {
  // One list of the page's fields: the running session keeps it, the side panel bridge reads it.
  const registry = new FieldRegistry(tracker);
  let running: Running | null = null;
  let bridged = false;
  // A tracker switched off (by the user, or by the organisation's policy) sleeps, and
  // stops or starts on open tabs when that changes.
  const follow = (state: PageState) => {
    const on = !state.settings.disabledTrackers.includes(tracker.id);
    if (on && !running) {
      running = runPageLayer(ctx, tracker, registry, state);
      if (!bridged) startTicketBridge(ctx, registry);
      bridged = true;
    } else if (!on && running) {
      running.stop();
      running = null;
    }
  };
  // Storage is read while the page finishes; the fields are looked for once it is parsed (the
  // script may also run earlier, as registered at run time for self-hosted trackers).
  let ready = false;
  let latest: PageState | null = null;
  const reading = followPageState((next, changed) => {
    // A change before the page is parsed: the first start uses it.
    latest = next;
    if (!ready) return;
    if (running) {
      if (changed.settings) running.session.setSettings(next.settings);
      if (changed.ignored) running.session.setIgnored(next.ignored);
      if (changed.map) running.session.setMap(next.map);
    }
    follow(next);
  });
  // A page that already shows one of the tracker's fields gets its matcher while storage answers;
  // one that shows none yet (a single-page app still drawing, a GitHub code page) when it is idle.
  if (showsAField(tracker)) warmUpDefaultMatcher();
  else requestIdleCallback(warmUpDefaultMatcher);
  await parsed();
  const { state, stop } = await reading;
  if (ctx.isInvalid) return stop();
  ready = true;
  ctx.onInvalidated(stop);
  const navigated = () => running?.session.navigated();
  ctx.addEventListener(window, 'wxt:locationchange', navigated);
  // GitHub's own soft-navigation events, which can come before the URL settles.
  for (const event of ['turbo:render', 'soft-nav:react-done']) ctx.addEventListener(document, event, navigated);
  follow(latest ?? state);
}

/** Whether the page shows one of the tracker's fields already (one query, stopping at the first). */
function showsAField(tracker: TrackerAdapter): boolean {
  try {
    return document.querySelector(tracker.fields.map((f) => f.selector).join(', ')) !== null;
  } catch {
    return false;
  }
}

/** Resolves once the page's HTML is parsed (at once if it already is). */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

interface Running {
  session: PageSession;
  stop(): void;
}

/** Starts the page layer with the settings, ignored phrases and map as stored now. */
function runPageLayer(
  ctx: ContentScriptContext,
  tracker: TrackerAdapter,
  registry: FieldRegistry,
  state: PageState,
): Running {
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  const session = new PageSession({
    tracker,
    registry,
    // The map with the team's and the user's layers, as the background compiled it; the built-in one until then.
    map: state.map,
    ignored: state.ignored,
    settings: state.settings,
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
    reasons: () => sendToExtension({ kind: 'reasons' }),
    // The background merges them into the ticket's blanks, one update at a time.
    remember: (ticketKey, slots) => send({ kind: 'remember-blanks', ticketKey, slots }),
    addToMap: (phrase, entryId) =>
      sendToExtension({ kind: 'add-to-map', phrase, ...(entryId === undefined ? {} : { entryId }) }),
  });
  session.start();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    session.stop();
    // stop() reports a total of 0; the badge is cleared by a switched-off tracker, not when the extension goes away.
    clearTimeout(badgeTimer);
    if (!ctx.isInvalid) send({ kind: 'badge', count: 0 });
  };
  ctx.onInvalidated(stop);
  return { session, stop };
}
