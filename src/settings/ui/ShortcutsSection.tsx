// The keyboard shortcuts as the browser has them (the user may have changed them),
// the keys the card uses on tracker pages, and where each browser lets you change them.
import { useEffect, useState } from 'react';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

const CARD_KEYS = [
  { keys: 'Alt+Shift+J', what: 'Open the card for the phrase at the caret, or go to the next phrase' },
  { keys: 'Alt+Shift+K', what: 'Go to the previous phrase' },
  { keys: 'Escape', what: 'Close the card' },
];

const COMMAND_NAMES: Record<string, string> = {
  'open-write-up': 'Open the write-up for this ticket',
  _execute_sidebar_action: 'Open the write-up for this ticket',
  _execute_action: 'Open the write-up (toolbar button)',
  _execute_browser_action: 'Open the write-up (toolbar button)',
};

export function ShortcutsSection({ isFirefox = import.meta.env.FIREFOX }: { isFirefox?: boolean }) {
  const [commands, setCommands] = useState<Command[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => browser.commands.getAll())
      .then((all) => live && setCommands(all))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      {failed ? <p>The browser did not say which shortcuts are set.</p> : null}
      {commands ? (
        <table className="shortcuts">
          <caption>Set in the browser</caption>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Shortcut</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((c) => (
              <tr key={c.name}>
                <td>{c.description || COMMAND_NAMES[c.name ?? ''] || c.name}</td>
                <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : 'Not set'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <table className="shortcuts">
        <caption>On tracker pages</caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {CARD_KEYS.map((k) => (
            <tr key={k.keys}>
              <td>{k.what}</td>
              <td>
                <kbd>{k.keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {isFirefox ? (
        <p>
          To change a browser shortcut, open <strong>about:addons</strong>, choose the gear menu (⚙) and{' '}
          <strong>Manage Extension Shortcuts</strong>.
        </p>
      ) : (
        <p>
          To change a browser shortcut, open <code>chrome://extensions/shortcuts</code> (Edge:{' '}
          <code>edge://extensions/shortcuts</code>).{' '}
          <button
            type="button"
            onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).catch(() => undefined)}
          >
            Open the shortcuts page
          </button>
        </p>
      )}
    </section>
  );
}
