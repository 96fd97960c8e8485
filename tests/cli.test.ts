// The command line as a user runs it: a real process, real files, exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'customer-terms-cli-'));
const cli = join(dir, 'customer-terms.mjs');

beforeAll(async () => {
  await build({
    entryPoints: ['src/cli/main.ts'],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
}, 60_000);

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function file(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('customer-terms check', () => {
  it('prints file:line:col, the phrase, rewrites and why; exits 1 when something is flagged', () => {
    const path = file('ticket.md', 'Checkout is slow.\nWe must refactor the retry logic.\n');
    const { code, out } = run(['check', path]);
    expect(code).toBe(1);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:9  refactor  -> .+  \\(.+\\)$`),
    );
    expect(lines[1]).toMatch(/:2:22 {2}retry logic {2}-> /);
    expect(lines.at(-1)).toBe('2 phrases to rewrite in 1 file.');
  });

  it('reads standard input and exits 0 for text in customer terms', () => {
    const { code, out } = run(['check'], 'Prospects cannot sign in during live demos.');
    expect(code).toBe(0);
    expect(out).toBe('No internal jargon found in 1 file.\n');
  });

  it('reports JSON with offsets, lines and columns', () => {
    const { code, out } = run(['check', '--format', 'json'], 'Café 🚀 refactor');
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.files[0].file).toBe('<stdin>');
    expect(report.files[0].findings[0]).toMatchObject({
      text: 'refactor',
      start: 8,
      end: 16,
      line: 1,
      column: 8,
      category: 'housekeeping',
      entryId: expect.any(String),
    });
  });

  it("gives each finding the card's suggestions, the sentence after, and a sentence rewrite where one is offered", () => {
    const text =
      'Harden session handling\n\nProspects could not log in during live demos.\n\nWe must refactor the auth service.\n';
    const { out } = run(['check', '--format', 'json'], text);
    const findings = JSON.parse(out).files[0].findings;
    const refactor = findings.find((f: { text: string }) => f.text === 'refactor');
    expect(refactor.suggestions[0]).toEqual({
      text: 'fix the auth service so prospects can log in without errors during live demos',
      blanks: [],
      sentenceAfter: 'We must fix the auth service so prospects can log in without errors during live demos.',
    });
    expect(refactor.sentenceRewrite).toEqual({
      text: "Prospects can't log in during live demos.",
      sentenceBefore: 'We must refactor the auth service.',
    });
    expect(refactor).not.toHaveProperty('rewrites');
    const title = findings.find((f: { text: string }) => f.text === 'Harden');
    expect(title.sentenceRewrite.text).toBe("Prospects can't log in during live demos");
    const service = findings.find((f: { text: string }) => f.text === 'auth service');
    expect(service.suggestions).toEqual([]);
    expect(service.nothingFits).toMatch(/names a part of the system/);
  });

  it('leads with the title rewrite where the only rewrite in place is a plainer verb, and says so', () => {
    const withAction = run(
      ['check'],
      'Bump Node.js to the next release line\n\nProspects could not log in during live demos.\n',
    );
    expect(withAction.out).toContain("<stdin>:1:1  Bump  -> title: Prospects can't log in during live demos  (");
    const bare = run(['check'], 'Bump Node.js to the next release line\n\nNode 16 reached end of support.\n');
    expect(bare.out).toContain(
      '<stdin>:1:1  Bump  -> Update (only a plainer word: name the customer action in the write-up)  (',
    );
    const json = JSON.parse(run(['check', '--format', 'json'], 'Bump Node.js to the next release line\n').out);
    expect(json.files[0].findings[0].plainerOnly).toMatch(/^“Update” is only a plainer word for the work/);
  });

  it('rewrite prints the ticket with its sentence rewrites applied, the original kept as detail', () => {
    const text =
      'Harden session handling\n\nProspects could not log in during live demos, and support logged 9 tickets.\n\nWe must refactor the auth service.\n';
    const { code, out } = run(['rewrite'], text);
    expect(code).toBe(1);
    expect(out).toBe(
      "Prospects can't log in during live demos\n\nProspects could not log in during live demos, and support logged 9 tickets.\n\n" +
        "Prospects can't log in during live demos, and support keeps answering the same tickets (technical detail: we must refactor the auth service).\n",
    );
  });

  it('layers a team map and rejects a malformed one with exit 2, naming the entry', () => {
    const team = file(
      'team.json',
      JSON.stringify({
        entries: [
          {
            id: 'ledger-sync',
            category: 'system',
            phrases: ['ledger sync'],
            why: 'Internal job name.',
            rewrites: ['{action}'],
          },
        ],
      }),
    );
    expect(run(['check', '--map', team, '--format', 'json'], 'The ledger sync broke.').out).toContain(
      '"entryId": "ledger-sync"',
    );
    const bad = file(
      'bad.json',
      JSON.stringify({
        entries: [{ id: 'x', category: 'system', phrases: ['x'], why: 'w', rewrites: [{ as: 'adverb', text: 'now' }] }],
      }),
    );
    const result = run(['check', '--map', bad], 'text');
    expect(result.code).toBe(2);
    expect(result.err).toContain('x, rewrites.0');
  });

  it('exits 2 on a missing file or an unknown option', () => {
    expect(run(['check', join(dir, 'nope.md')]).code).toBe(2);
    const unknown = run(['check', '--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown option "--colour"');
    const impossible = run(['check', '--writeup', '--today', '2024-99-99'], 'text');
    expect(impossible.code).toBe(2);
    expect(impossible.err).toContain('--today takes a real date');
  });

  it('runs the write-up checks with --writeup', () => {
    const text =
      'Trial users fail to sign in during live demos, which interrupts sales demos. Cut sign-in failures from 3% to below 0.5%.';
    const { code, out } = run(['check', '--writeup', '--today', '2026-11-25', '--format', 'json'], text);
    const checks = JSON.parse(out).files[0].checks as { id: string; passed: boolean }[];
    expect(Object.fromEntries(checks.map((c) => [c.id, c.passed]))).toMatchObject({
      'one-action': true,
      'one-number': true,
      'effect-named': true,
      'no-jargon': true,
    });
    expect(code).toBe(checks.every((c) => c.passed) ? 0 : 1);
    const vague = run(['check', '--writeup', '--today', '2026-11-25'], 'Improve stability of the backend.');
    expect(vague.code).toBe(1);
    expect(vague.out).toMatch(/FAIL {2}one-number/);
  });
});
