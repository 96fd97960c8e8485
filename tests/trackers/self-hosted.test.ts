// Self-hosted trackers: origins typed by a user, the registrations kept in step with
// the stored list and the granted permissions, and the Jira Data Center adapter on our demo page.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { syncSelfHosted, type SelfHostedApis } from '../../src/background/self-hosted-sync';
import { jiraDataCenter } from '../../src/trackers/jira-dc';
import { github } from '../../src/trackers/github';
import { parseOrigin } from '../../src/trackers/origins';

describe('an origin as typed', () => {
  it('becomes scheme, host and port; hosted trackers and non-web addresses are refused', () => {
    expect(parseOrigin('github.example.com')).toBe('https://github.example.com');
    expect(parseOrigin(' https://jira.acme.io:8443/secure/Dashboard.jspa ')).toBe('https://jira.acme.io:8443');
    expect(parseOrigin('http://jira.intranet.local')).toBe('http://jira.intranet.local');
    for (const bad of [
      '',
      'github.com',
      'https://acme.atlassian.net',
      'linear.app',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'not a host',
      'ftp://files.acme.io',
    ]) {
      expect(parseOrigin(bad), bad).toBeNull();
    }
  });
});

function fakeScripting(granted: string[]) {
  const registered = new Map<string, { matches: string[]; js: string[] }>([['other-feature', { matches: [], js: [] }]]);
  const apis: SelfHostedApis = {
    contains: async (origin) => granted.includes(origin),
    scripting: {
      getRegisteredContentScripts: async () => [...registered.keys()].map((id) => ({ id })),
      registerContentScripts: async (scripts) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`duplicate ${s.id}`);
          registered.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => {
        for (const id of ids) registered.delete(id);
      },
    },
  };
  return { apis, registered };
}

describe('registrations', () => {
  it('register the right script on each granted origin, and only there', async () => {
    const { apis, registered } = fakeScripting(['https://github.example.com', 'https://jira.acme.io']);
    await syncSelfHosted(
      [
        { origin: 'https://github.example.com', kind: 'github-enterprise' },
        { origin: 'https://jira.acme.io', kind: 'jira-data-center' },
        { origin: 'https://not-granted.example.org', kind: 'github-enterprise' },
      ],
      apis,
    );
    expect(registered.get('self-hosted:github-enterprise:https://github.example.com')).toMatchObject({
      matches: ['https://github.example.com/*'],
      js: ['content-scripts/github.js'],
    });
    expect(registered.get('self-hosted:jira-data-center:https://jira.acme.io')).toMatchObject({
      js: ['content-scripts/jira-dc.js'],
    });
    expect([...registered.keys()].some((id) => id.includes('not-granted'))).toBe(false);
  });

  it('removing an origin unregisters it, leaves others alone, and a second sync changes nothing', async () => {
    const { apis, registered } = fakeScripting(['https://github.example.com', 'https://jira.acme.io']);
    const both = [
      { origin: 'https://github.example.com', kind: 'github-enterprise' as const },
      { origin: 'https://jira.acme.io', kind: 'jira-data-center' as const },
    ];
    await syncSelfHosted(both, apis);
    await syncSelfHosted([both[1]!], apis);
    await syncSelfHosted([both[1]!], apis);
    expect([...registered.keys()].sort()).toEqual([
      'other-feature',
      'self-hosted:jira-data-center:https://jira.acme.io',
    ]);
  });
});

describe('the Jira Data Center adapter on its demo page', () => {
  const html = readFileSync('demo/jira-dc/issue.html', 'utf8');
  const window = new Window({ url: 'https://jira.customer-terms-demo.test/browse/SHOP-12' });
  window.document.write(html);
  const text = (role: string) =>
    jiraDataCenter.fields
      .filter((f) => f.role === role)
      .flatMap((f) =>
        [...window.document.querySelectorAll(f.selector)].map(
          (el) => (el as unknown as HTMLElement).textContent?.trim() ?? '',
        ),
      );

  it('finds the summary, description, comments and the comment box', () => {
    expect(text('title')).toEqual(['Harden session handling in the order service']);
    expect(text('description')[0]).toMatch(/^Shoppers were logged out/);
    expect(text('comment')[0]).toMatch(/Redis cache/);
    expect(
      window.document.querySelector(jiraDataCenter.fields.find((f) => f.role === 'composer')!.selector),
    ).not.toBeNull();
  });

  it('keys tickets by host, so two servers never share a draft', () => {
    const url = new URL('https://jira.customer-terms-demo.test/browse/SHOP-12');
    expect(jiraDataCenter.isTicketPage(url)).toBe(true);
    expect(jiraDataCenter.ticketKey(url)).toBe('jira:jira.customer-terms-demo.test/SHOP-12');
    expect(jiraDataCenter.ticketKey(new URL('https://jira.acme.io:8443/jira/browse/OPS-3'))).toBe(
      'jira:jira.acme.io:8443/OPS-3',
    );
  });
});

describe('GitHub Enterprise', () => {
  it('is GitHub on another host, with its own draft keys', () => {
    expect(github.ticketKey(new URL('https://github.com/acme/shop/issues/41'))).toBe('github:acme/shop#41');
    expect(github.ticketKey(new URL('https://github.example.com/acme/shop/issues/41'))).toBe(
      'github:github.example.com/acme/shop#41',
    );
    expect(github.isTicketPage(new URL('https://github.example.com/acme/shop/issues/41'))).toBe(true);
  });
});
