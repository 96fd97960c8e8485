// Where each tracker lives, as data: the hosted services' pages are in the manifest;
// a self-hosted GitHub Enterprise Server or Jira Data Center is one more origin the user
// adds in the settings, granted at that moment and registered at run time.

/** The hosted trackers' pages (the manifest's content-script matches). */
export const HOSTED_PAGES = {
  github: ['https://github.com/*'],
  jira: ['https://*.atlassian.net/*'],
  linear: ['https://linear.app/*'],
} as const;

export const ALL_HOSTED_PAGES: string[] = Object.values(HOSTED_PAGES).flat();

/** What can be self-hosted, and which built content script serves it. */
export const SELF_HOSTED_KINDS = {
  'github-enterprise': { label: 'GitHub Enterprise Server', script: 'github' },
  'jira-data-center': { label: 'Jira Data Center', script: 'jira-dc' },
} as const;
export type SelfHostedKind = keyof typeof SELF_HOSTED_KINDS;

export interface SelfHostedOrigin {
  /** "https://github.example.com" (scheme, host and port; no path). */
  origin: string;
  kind: SelfHostedKind;
}

/**
 * A typed address as an origin: "github.example.com", "https://jira.acme.io:8443/secure"
 * -> "https://jira.acme.io:8443". Null for what is no web origin, or one the extension
 * already covers.
 */
export function parseOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!/^[a-z0-9.-]+$/i.test(url.hostname) || (!url.hostname.includes('.') && url.hostname !== 'localhost'))
    return null;
  if (url.hostname === 'github.com' || url.hostname.endsWith('.atlassian.net') || url.hostname === 'linear.app')
    return null;
  return url.origin;
}

/** The match pattern for an origin's pages: "https://jira.acme.io:8443/*". */
export const pagesOf = (origin: string) => `${origin}/*`;
