// Opening the write-up for one tab: Chrome's side panel with a per-tab path,
// Firefox's sidebar with a per-tab panel. Both open only during a user gesture,
// so openPanel() calls open() synchronously, before anything is awaited.

interface FirefoxSidebar {
  setPanel(details: { tabId?: number; panel: string }): Promise<void>;
  open(): Promise<void>;
}

/** The panel page for a tab; the panel reads `tab` to know whose ticket it shows. */
const panelPath = (tabId: number) => `sidepanel.html?tab=${tabId}`;

function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}

/** Points the tab's panel at the tab, so opening it from the browser's own UI lands on the right ticket. */
export function preparePanel(tabId: number): Promise<unknown> {
  const sidebar = firefoxSidebar();
  if (sidebar)
    return sidebar.setPanel({
      tabId,
      panel: browser.runtime.getURL(`/${panelPath(tabId)}` as Parameters<typeof browser.runtime.getURL>[0]),
    });
  return browser.sidePanel.setOptions({ tabId, path: panelPath(tabId), enabled: true });
}

/** Call from the user-gesture handler itself, with nothing awaited before it. */
export function openPanel(tabId: number): Promise<unknown> {
  const prepared = preparePanel(tabId);
  const sidebar = firefoxSidebar();
  const opened = sidebar ? sidebar.open() : browser.sidePanel.open({ tabId });
  return Promise.all([prepared, opened]);
}

/**
 * For a gesture that comes before the ticket's tab exists (a notification's click): opens the
 * window's panel at once, while the gesture lasts. Chrome then shows the tab's own panel once
 * preparePanel() has run for the new tab; Firefox opens its sidebar (where it allows it).
 */
export function openPanelInWindow(windowId: number | undefined): Promise<unknown> {
  try {
    const sidebar = firefoxSidebar();
    if (sidebar) return sidebar.open();
    if (windowId === undefined) return Promise.reject(new Error('no window to open the panel in'));
    return browser.sidePanel.open({ windowId });
  } catch (error) {
    return Promise.reject(error);
  }
}
