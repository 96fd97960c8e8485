// A whole ticket with its sentence rewrites applied, for review (`customer-terms rewrite`).
import type { Finding } from '../types';
import { finishSentence } from './fill';
import { plain } from './sentence-rewrite';
import { suggestFor } from './suggest';

/** The text with every sentence that reads as internal work rewritten once, its original kept as detail. */
export function rewriteTicket(text: string, findings: Finding[]): string {
  const at = text.indexOf('\n');
  const titleEnd = at === -1 ? text.length : at;
  const ticket = at === -1 ? { title: text, body: '' } : { title: text.slice(0, at), body: text.slice(at + 1) };
  const done = new Map<number, { start: number; end: number; text: string }>();
  for (const finding of findings) {
    const offer = suggestFor({ text, finding, ticket, isTitle: finding.end <= titleEnd });
    const sentence = offer.sentenceRewrite;
    if (!sentence || done.has(sentence.start) || sentence.blanks.length) continue;
    // Each customer sentence once; none where the ticket already says it.
    const said = plain(sentence.text).replace(/[.]$/, '');
    if (plain(text).includes(said) || [...done.values()].some((d) => d.text.toLowerCase().startsWith(said))) continue;
    const replacement = sentence.isTitle
      ? sentence.text
      : finishSentence(sentence.template, offer.slots, false, sentence.detail);
    done.set(sentence.start, { start: sentence.start, end: sentence.end, text: replacement });
  }
  let out = text;
  for (const r of [...done.values()].sort((a, b) => b.start - a.start))
    out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}
