// Phrases the user chose to Ignore on the card, each one restorable.
import { unignorePhrase } from '../../storage';

export function IgnoredSection({ ignored }: { ignored: string[] }) {
  return (
    <section aria-labelledby="ignored-heading">
      <h2 id="ignored-heading">Ignored phrases</h2>
      {ignored.length === 0 ? (
        <p>No ignored phrases. Choose “Ignore” on a suggestion card to stop seeing a phrase; it will be listed here.</p>
      ) : (
        <ul className="rows" aria-label="Ignored phrases">
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
  );
}
