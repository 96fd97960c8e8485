// Badge, and every way into the side panel: toolbar button, the card's
// "Open write-up", the context menu on selected text, and a keyboard command.
import '../src/zod-jitless';
import { keepPhraseMapBuilt } from '../src/background/phrase-map';
import { keepSelfHostedRegistered, trackerPages } from '../src/background/self-hosted';
import { keepPolicyMirrored } from '../src/background/policy-mirror';
import { pruneDrafts } from '../src/background/housekeeping-tasks';
import { rememberBlanks } from '../src/background/card-blanks';
import { addToPhraseMap } from '../src/background/add-to-map';
import { keepReviewsScheduled } from '../src/background/reviews';
import { builtInReasons } from '../src/background/reasons';
import { answerSuggest } from '../src/background/suggest';
import { answering, isMessage, type Message, type ResponseOf, type RuntimeKind } from '../src/messages';
import { openPanel, preparePanel } from '../src/sidepanel/open-panel';
import { ignorePhrase, pendingSelectionItem } from '../src/storage';

const MENU_ID = 'rewrite-selection';
const ADD_MENU_ID = 'add-to-phrase-map';
// Declared in wxt.config.ts (manifest `commands`).
const OPEN_COMMAND = 'open-write-up';

const warn = (error: unknown) => console.warn('[Customer Terms]', error);

export default defineBackground(() => {
  keepPhraseMapBuilt(warn);
  // Review reminders: alarms from the stored reviews, the notification on the day and its click.
  keepReviewsScheduled(warn);
  keepPolicyMirrored(warn);
  // Firefox's build is MV2, where the toolbar button is browserAction.
  const toolbar = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  /** Answers what a content script sends; every kind has its case, so a new kind cannot go unhandled. */
  const answer = (message: Message, tabId: number): Promise<ResponseOf<RuntimeKind>> | undefined => {
    switch (message.kind) {
      case 'suggest':
        return answerSuggest(message);
      case 'reasons':
        return Promise.resolve(builtInReasons());
      // Read-then-write updates from every tab, each under its item's lock: none is lost to another.
      case 'ignore-phrase':
        return ignorePhrase(message.key).then(() => undefined);
      case 'remember-blanks':
        return rememberBlanks(message.ticketKey, message.slots).then(() => undefined);
      case 'add-to-map':
        return addToPhraseMap(message.phrase, message.entryId);
      case 'badge': {
        const text = message.count > 0 ? String(message.count) : '';
        void toolbar.setBadgeText({ tabId, text });
        void toolbar.setBadgeBackgroundColor({ tabId, color: '#8a4b00' });
        return undefined;
      }
      case 'open-write-up':
        openPanel(tabId).catch(warn);
        return undefined;
      case 'ticket-changed':
        if (message.ticket) preparePanel(tabId).catch(warn);
        return undefined;
      // For the content script of a tab, from the side panel: not the background's to answer.
      case 'get-ticket':
      case 'insert-write-up':
        return undefined;
      default: {
        const unhandled: never = message;
        return unhandled;
      }
    }
  };
  browser.runtime.onMessage.addListener(
    answering((message, sender: { tab?: { id?: number } }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isMessage(message)) return undefined;
      return answer(message, tabId);
    }),
  );

  toolbar.onClicked.addListener((tab) => {
    if (tab.id !== undefined) openPanel(tab.id).catch(warn);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_COMMAND && tab?.id !== undefined) openPanel(tab.id).catch(warn);
  });

  /** The context menu, on every tracker page including self-hosted ones; made again when those change. */
  const buildMenus = () =>
    void Promise.all([browser.contextMenus.removeAll(), trackerPages()])
      .then(([, pages]) => {
        browser.contextMenus.create({
          id: MENU_ID,
          title: 'Rewrite in customer terms',
          contexts: ['selection'],
          documentUrlPatterns: pages,
        });
        browser.contextMenus.create({
          id: ADD_MENU_ID,
          title: 'Add “%s” to the phrase map',
          contexts: ['selection'],
          documentUrlPatterns: pages,
        });
      })
      .catch(warn);
  browser.runtime.onInstalled.addListener(buildMenus);
  keepSelfHostedRegistered(warn, buildMenus);
  // Drafts of tickets nobody touched for three months go; the browser starts often enough.
  pruneDrafts().catch(warn);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_MENU_ID) {
      addToPhraseMap(info.selectionText ?? '').catch(warn);
      return;
    }
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    openPanel(tab.id).catch(warn);
    // The panel picks this up when it opens (or at once, if it is open already).
    pendingSelectionItem(tab.id)
      .setValue({ text: info.selectionText ?? '', at: Date.now() })
      .catch(warn);
  });
});
