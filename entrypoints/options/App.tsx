import { useId } from 'react';
import { ignoredPhrasesItem, settingsItem, unignorePhrase } from '../../src/storage';
import { useStorageItem } from '../../src/ui/use-storage-item';

export function SettingsApp() {
  const [settings, setSettings] = useStorageItem(settingsItem);
  const [ignored] = useStorageItem(ignoredPhrasesItem);
  const readingId = useId();
  return (
    <main className="page">
      <h1>Customer Terms settings</h1>
      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading">While reading</h2>
        <p className="field">
          <input
            id={readingId}
            type="checkbox"
            checked={settings?.highlightWhileReading ?? true}
            disabled={!settings}
            onChange={(e) => settings && void setSettings({ ...settings, highlightWhileReading: e.target.checked })}
          />
          <label htmlFor={readingId}>Highlight jargon in issues and comments I am reading, not only while I edit</label>
        </p>
      </section>
      <section aria-labelledby="ignored-heading">
        <h2 id="ignored-heading">Ignored phrases</h2>
        {ignored === undefined ? null : ignored.length === 0 ? (
          <p>
            No ignored phrases. Choose “Ignore” on a suggestion card to stop seeing a phrase; it will be listed here.
          </p>
        ) : (
          <ul className="ignored" aria-label="Ignored phrases">
            {ignored.map((key) => (
              <li key={key}>
                <span>{key}</span>
                <button type="button" onClick={() => void unignorePhrase(key)} aria-label={`Flag “${key}” again`}>
                  Flag again
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>
          Ticket text is checked inside your browser. Customer Terms sends nothing anywhere and makes no network
          requests.
        </p>
      </section>
    </main>
  );
}
