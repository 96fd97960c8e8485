// Self-hosted trackers in the settings page: add a GitHub Enterprise Server or Jira
// Data Center origin (the browser asks for that origin's permission in the same click),
// see the ones added, remove one (its permission and content script go with it).
import { useId, useState } from 'react';
import {
  parseOrigin,
  pagesOf,
  SELF_HOSTED_KINDS,
  type SelfHostedKind,
  type SelfHostedOrigin,
} from '../../trackers/origins';
import { selfHostedItem } from '../../storage';
import { useStorageItem } from '../../ui/use-storage-item';

export interface PermissionApi {
  request(origin: string): Promise<boolean>;
  remove(origin: string): Promise<void>;
}

/** The browser's permission prompt: one origin, and scripting to register the script there. */
export const browserPermissions: PermissionApi = {
  request: (origin) => browser.permissions.request({ permissions: ['scripting'], origins: [pagesOf(origin)] }),
  remove: async (origin) => {
    await browser.permissions.remove({ origins: [pagesOf(origin)] });
  },
};

export function SelfHostedSection({ permissions = browserPermissions }: { permissions?: PermissionApi }) {
  const [origins, setOrigins] = useStorageItem(selfHostedItem);
  const [address, setAddress] = useState('');
  const [kind, setKind] = useState<SelfHostedKind>('github-enterprise');
  const [message, setMessage] = useState('');
  const id = useId();

  const add = async () => {
    const origin = parseOrigin(address);
    if (!origin) {
      setMessage(
        'Type the address of your own server, such as https://github.example.com. github.com, atlassian.net and linear.app are covered already.',
      );
      return;
    }
    if ((origins ?? []).some((o) => o.origin === origin)) {
      setMessage(`${origin} is in the list already.`);
      return;
    }
    // The request must come straight from the click: browsers ask only during a user gesture.
    const granted = await permissions.request(origin).catch(() => false);
    if (!granted) {
      setMessage(`The browser did not grant access to ${origin}, so nothing was added.`);
      return;
    }
    await setOrigins([...(origins ?? []), { origin, kind }]);
    setAddress('');
    setMessage(`Added ${origin}. Open or reload a ticket there to see highlights.`);
  };

  const remove = async (entry: SelfHostedOrigin) => {
    await setOrigins((origins ?? []).filter((o) => o.origin !== entry.origin));
    await permissions.remove(entry.origin).catch(() => undefined);
    setMessage(`Removed ${entry.origin}, with its permission.`);
  };

  return (
    <section aria-labelledby="self-hosted-heading">
      <h2 id="self-hosted-heading">Self-hosted trackers</h2>
      <p>
        Add your company’s GitHub Enterprise Server or Jira Data Center. The browser asks once for access to that
        address only; nothing is sent anywhere.
      </p>
      <form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label htmlFor={`${id}-address`}>Address</label>
        <input
          id={`${id}-address`}
          type="text"
          inputMode="url"
          placeholder="https://github.example.com"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
        />
        <label htmlFor={`${id}-kind`}>Tracker</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as SelfHostedKind)}>
          {Object.entries(SELF_HOSTED_KINDS).map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button type="submit">Add tracker</button>
      </form>
      <p role="status" className="hint">
        {message}
      </p>
      {origins?.length ? (
        <ul aria-label="Self-hosted trackers">
          {origins.map((o) => (
            <li key={o.origin}>
              <span>
                {o.origin} ({SELF_HOSTED_KINDS[o.kind].label})
              </span>{' '}
              <button type="button" onClick={() => void remove(o)} aria-label={`Remove ${o.origin}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
