// Why each phrase reads as internal, for the card and a list row's details. The built-in map
// reaches pages without its reasons (src/build/page-map.ts), so the background is asked for
// them once, the first time one is shown, and the answer is kept for the page's life. A map
// from storage (the team's layers) carries its own reasons, and nothing is asked.
import type { Finding } from '../core/types';

/** Every built-in entry's reason by entry id. */
export type AskReasons = () => Promise<Record<string, string>>;

export class Reasons {
  private answer: Promise<Record<string, string>> | null = null;

  constructor(private readonly ask?: AskReasons) {}

  /** The findings with their reasons; a reason that cannot be had stays empty (and is asked again next time). */
  async fill(findings: readonly Finding[]): Promise<Finding[]> {
    if (!this.ask || findings.every((f) => f.why)) return [...findings];
    this.answer ??= this.ask().catch(() => {
      this.answer = null;
      return {};
    });
    const reasons = await this.answer;
    return findings.map((f) => (f.why ? f : { ...f, why: reasons[f.entryId] ?? '' }));
  }

  /** One finding's reason ('' when it cannot be had). */
  async of(finding: Finding): Promise<string> {
    return (await this.fill([finding]))[0]!.why;
  }
}
