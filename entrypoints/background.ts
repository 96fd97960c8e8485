export default defineBackground(() => {
  // The toolbar badge shows how many phrases the page's content script found.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !isBadgeMessage(message)) return;
    const text = message.count > 0 ? String(message.count) : '';
    void browser.action.setBadgeText({ tabId, text });
    void browser.action.setBadgeBackgroundColor({ tabId, color: '#8a4b00' });
  });
});

function isBadgeMessage(message: unknown): message is { kind: 'badge'; count: number } {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'badge';
}
