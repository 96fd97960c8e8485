// Which content scripts the self-hosted origins want, and bringing the browser's
// registrations in line with that: plain logic over the scripting and permissions
// APIs passed in, so it is tested without a browser.
import { pagesOf, SELF_HOSTED_KINDS, type SelfHostedOrigin } from '../trackers/origins';

const PREFIX = 'self-hosted:';

export interface Scripting {
  getRegisteredContentScripts(): Promise<{ id: string }[]>;
  registerContentScripts(
    scripts: {
      id: string;
      matches: string[];
      js: string[];
      css?: string[];
      runAt?: string;
      persistAcrossSessions?: boolean;
    }[],
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

export interface SelfHostedApis {
  scripting?: Scripting;
  contains(origin: string): Promise<boolean>;
}

const idFor = ({ origin, kind }: SelfHostedOrigin) => `${PREFIX}${kind}:${origin}`;

/** The registrations wanted: stored origins whose permission is granted. */
export async function wantedScripts(origins: SelfHostedOrigin[], apis: SelfHostedApis) {
  const granted = await Promise.all(origins.map((o) => apis.contains(o.origin)));
  return origins
    .filter((_, i) => granted[i])
    .map((o) => {
      const script = SELF_HOSTED_KINDS[o.kind].script;
      return {
        id: idFor(o),
        matches: [pagesOf(o.origin)],
        js: [`content-scripts/${script}.js`],
        css: [`content-scripts/${script}.css`],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      };
    });
}

/** Registers what is wanted and unregisters the rest of ours; returns the ids registered. */
export async function syncSelfHosted(origins: SelfHostedOrigin[], apis: SelfHostedApis): Promise<string[]> {
  const scripting = apis.scripting;
  if (!scripting) return [];
  const wanted = await wantedScripts(origins, apis);
  const current = (await scripting.getRegisteredContentScripts())
    .map((s) => s.id)
    .filter((id) => id.startsWith(PREFIX));
  const stale = current.filter((id) => !wanted.some((w) => w.id === id));
  if (stale.length) await scripting.unregisterContentScripts({ ids: stale });
  const missing = wanted.filter((w) => !current.includes(w.id));
  if (missing.length) await scripting.registerContentScripts(missing);
  return wanted.map((w) => w.id);
}
