// "Add evidence": what a support lead adds to someone else's issue (ticket
// counts, one support case, deals at risk), rendered as a comment rather than
// a rewrite of the description. User text stays data here, as in the write-up.
import { z } from 'zod';
import type { BulletItem, WriteUpBlock } from '../core/writeup/render';

const text = z.string().default('');

export const evidenceSchema = z.object({
  /** "14 tickets in the last 30 days". */
  ticketCount: text,
  caseText: text,
  /** A ticket link, or a reference people can look up. */
  caseLink: text,
  /** "2 deals in trial, about $40k". */
  dealsAtRisk: text,
});

export type Evidence = z.output<typeof evidenceSchema>;

export const emptyEvidence = (): Evidence => evidenceSchema.parse({});

const EVIDENCE_HEADING = 'Evidence from support and sales';

const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ').trim();

function items(evidence: Evidence): BulletItem[] {
  const out: BulletItem[] = [];
  const count = oneLine(evidence.ticketCount);
  const caseText = oneLine(evidence.caseText);
  const caseLink = oneLine(evidence.caseLink);
  const deals = oneLine(evidence.dealsAtRisk);
  if (count) out.push({ label: 'Repeat support tickets', text: count });
  if (caseText || caseLink) {
    out.push({
      label: 'Support case',
      text: caseText,
      ...(caseLink ? { children: [{ label: 'Link', text: caseLink }] } : {}),
    });
  }
  if (deals) out.push({ label: 'Deals at risk', text: deals });
  return out;
}

export function evidenceBlocks(evidence: Evidence): WriteUpBlock[] {
  const list = items(evidence);
  return list.length
    ? [
        { kind: 'heading', level: 3, text: EVIDENCE_HEADING },
        { kind: 'bullets', items: list },
      ]
    : [];
}

export function evidenceMarkdown(evidence: Evidence): string {
  const lines = (list: BulletItem[], indent = ''): string[] =>
    list.flatMap((item) => {
      const head = item.label ? [`**${item.label}:**`, item.text].filter(Boolean).join(' ') : item.text;
      return [`${indent}- ${head}`, ...lines(item.children ?? [], `${indent}  `)];
    });
  const list = items(evidence);
  return list.length ? `### ${EVIDENCE_HEADING}\n\n${lines(list).join('\n')}` : '';
}
