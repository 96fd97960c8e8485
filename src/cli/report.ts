// Output of `customer-terms check`: `file:line:col  phrase  -> rewrite  (why)`, or JSON.
import type { Finding } from '../core';
import type { CardSuggestions } from '../core/rewrite';
import { lineStarts, position } from './position';

export interface CheckResult {
  id: string;
  passed: boolean;
  message: string;
  hint: string;
}

export interface FileReport {
  file: string;
  text: string;
  findings: Finding[];
  /** What the card offers for each finding, in the same order. */
  offers: CardSuggestions[];
  checks?: CheckResult[];
}

function located(report: FileReport) {
  const starts = lineStarts(report.text);
  return report.findings.map((finding, i) => {
    const offer = report.offers[i]!;
    return {
      ...finding,
      ...position(starts, report.text, finding.start),
      suggestions: offer.suggestions.map(({ text, blanks, sentenceAfter }) => ({ text, blanks, sentenceAfter })),
      ...(offer.sentenceRewrite
        ? {
            sentenceRewrite: { text: offer.sentenceRewrite.text, sentenceBefore: offer.sentenceRewrite.sentenceBefore },
          }
        : {}),
      ...(offer.nothingFits ? { nothingFits: offer.nothingFits } : {}),
      ...(offer.plainerOnly ? { plainerOnly: offer.plainerOnly } : {}),
    };
  });
}

/** The first thing the card offers, as one line. */
function firstOffer(f: ReturnType<typeof located>[number]): string {
  if (f.plainerOnly && f.sentenceRewrite) return `title: ${f.sentenceRewrite.text}`;
  if (f.plainerOnly && f.suggestions[0])
    return `${f.suggestions[0].text} (only a plainer word: name the customer action in the write-up)`;
  if (f.suggestions[0]) return f.suggestions[0].text;
  if (f.sentenceRewrite) return `sentence: ${f.sentenceRewrite.text}`;
  return 'no rewrite fits in place: name the customer action in the write-up';
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  let flagged = 0;
  for (const report of reports) {
    for (const f of located(report)) {
      lines.push(`${report.file}:${f.line}:${f.column}  ${oneLine(f.text)}  -> ${oneLine(firstOffer(f))}  (${f.why})`);
      flagged++;
    }
    for (const check of report.checks ?? []) {
      lines.push(
        `${report.file}  ${check.passed ? 'ok  ' : 'FAIL'}  ${check.id}: ${check.message}${check.passed ? '' : ` ${check.hint}`}`,
      );
    }
  }
  const failing = reports.flatMap((r) => r.checks ?? []).filter((c) => !c.passed).length;
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  lines.push(
    flagged || failing
      ? `${flagged} phrase${flagged === 1 ? '' : 's'} to rewrite${failing ? `, ${failing} write-up check${failing === 1 ? '' : 's'} failing` : ''} in ${files}.`
      : `No internal jargon found in ${files}.`,
  );
  return `${lines.join('\n')}\n`;
}

export function formatJson(reports: FileReport[]): string {
  const files = reports.map((report) => ({
    file: report.file,
    findings: located(report).map(({ rewrites: _templates, ...rest }) => rest),
    ...(report.checks ? { checks: report.checks } : {}),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
