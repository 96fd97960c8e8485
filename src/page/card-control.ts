// The suggestion card on a page: opens it on a click or Alt+Shift+J, moves
// between phrases, and carries out its choices (apply, dismiss, ignore).
import { phraseKey } from '../core/analyze';
import { findingStillHolds, type CardSuggestions, type SlotValues } from '../core/rewrite';
import type { Finding } from '../core/types';
import type { AddedEntry } from '../messages';
import { SuggestionCard, type Target } from './card';
import { DomField } from './dom-field';
import type { Field } from './field';
import { guard, report } from './guard';
import type { HighlightLayer } from './highlights';
import { PlainField } from './plain-field';

export interface CardHost {
  fields(): Iterable<Field>;
  highlights: HighlightLayer;
  /** Stop flagging a phrase key everywhere. */
  ignore(key: string): void;
  openWriteUp?(): void;
  /** What fits this finding in its sentence (worked out in the background); null when that failed. */
  suggest(field: Field, finding: Finding): Promise<CardSuggestions | null>;
  /** Why the finding reads as internal (see reasons.ts); empty when it cannot be had. */
  reasonFor(finding: Finding): Promise<string>;
  /** Blanks the user typed, kept for this ticket. */
  remember(slots: SlotValues): void;
  /**
   * "Add to phrase map" with these words (`entryId`: the entry that flagged them, when none were
   * selected): what was done, null when they are no phrase.
   */
  addToMap?(phrase: string, entryId?: string): Promise<AddedEntry | null>;
}

/** A catch handler that reports the error and goes on with `fallback`. */
const reportedAs =
  <T>(fallback: T) =>
  (error: unknown): T => {
    report(error);
    return fallback;
  };

export class CardControl {
  private readonly card: SuggestionCard;
  private active: { field: Field; finding: Finding } | null = null;
  /** Bumped on each open, so a slow answer for an earlier phrase never opens its card late. */
  private opening = 0;

  constructor(private readonly host: CardHost) {
    this.card = new SuggestionCard({
      apply: (target, text) => this.apply(target, text),
      remember: guard((slots: SlotValues) => host.remember(slots)),
      addToMap: host.addToMap ? (finding) => addToMap(finding, host.addToMap!) : undefined,
      dismiss: guard((finding: Finding) => this.dismiss(finding)),
      ignore: guard((finding: Finding) => this.ignore(finding)),
      move: guard((step: 1 | -1) => this.move(step)),
      openWriteUp: host.openWriteUp,
      closed: guard(() => this.clearActive()),
    });
  }

  setTheme(theme: string) {
    this.card.setTheme(theme);
  }

  close() {
    this.card.close({ restoreFocus: false });
  }

  /** A field is leaving the page: close its card. */
  forget(field: Field) {
    if (this.active?.field === field) this.close();
  }

  dispose() {
    this.card.dispose();
  }

  /** Every finding on the page in reading order, for moving between phrases. */
  private ordered(): { field: Field; finding: Finding }[] {
    const fields = [...this.host.fields()].sort((a, b) =>
      a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    return fields.flatMap((field) => field.findings.map((finding) => ({ field, finding })));
  }

  async open(field: Field, finding: Finding, focus: boolean) {
    const ticket = ++this.opening;
    const [offer, why] = await Promise.all([
      this.host.suggest(field, finding).catch(reportedAs(null)),
      this.host.reasonFor(finding).catch(reportedAs('')),
    ]);
    const anchor = field.rectOf(finding);
    if (ticket !== this.opening || !anchor) return;
    const all = this.ordered();
    const index = all.findIndex((item) => item.field === field && item.finding.start === finding.start);
    this.clearActive();
    this.active = { field, finding };
    if (field instanceof PlainField) field.setActive(finding.start);
    else if (field instanceof DomField) this.host.highlights.setActive(field.rangeOf(finding));
    this.card.open({
      finding,
      why,
      text: field.analysedText,
      offer,
      position: { index: Math.max(0, index), total: all.length },
      anchor,
      focus,
      plain: field instanceof PlainField,
      copyOnly: field.editable
        ? (field.cannotReplace(finding) ?? undefined)
        : 'This text is not being edited, so a rewrite is copied for you to paste.',
    });
  }

  private clearActive() {
    if (this.active?.field instanceof PlainField) this.active.field.setActive(-1);
    this.host.highlights.setActive(null);
    this.active = null;
  }

  private async apply(target: Target, text: string): Promise<string | null> {
    const field = this.active?.field;
    const finding = this.active?.finding;
    if (!field || !finding) return null;
    try {
      if (!field.isCurrent() || !findingStillHolds(field.read(), target)) {
        field.refresh();
        const moved = field.findings
          .filter((f) => f.text === finding.text)
          .sort((a, b) => Math.abs(a.start - finding.start) - Math.abs(b.start - finding.start))[0];
        if (!moved) {
          this.card.close();
          return null;
        }
        await this.open(field, moved, true);
        return 'The text changed since it was checked. This is the phrase as it stands now: choose again.';
      }
      const blocked = field.cannotReplace(target);
      if (blocked) return blocked;
      if (!field.replace(target, text)) {
        field.refresh();
        return 'The editor did not take the change as expected. Check the text (Ctrl+Z undoes it), or copy the rewrite and paste it instead.';
      }
      this.card.close({ restoreFocus: false });
      field.refresh();
      return null;
    } catch (error) {
      report(error);
      return 'Something went wrong, and nothing was changed.';
    }
  }

  private dismiss(finding: Finding) {
    const field = this.active?.field;
    this.card.close();
    field?.dismiss(finding);
  }

  private ignore(finding: Finding) {
    this.card.close();
    this.host.ignore(phraseKey(finding.text));
  }

  private move(step: 1 | -1) {
    const all = this.ordered();
    if (!all.length) return this.card.close();
    const current = this.active;
    const index = current
      ? all.findIndex((i) => i.field === current.field && i.finding.start === current.finding.start)
      : -1;
    const at = index === -1 ? (step > 0 ? 0 : all.length - 1) : (index + step + all.length) % all.length;
    const next = all[at]!;
    next.field.el.scrollIntoView?.({ block: 'nearest' });
    next.field.reveal(next.finding);
    // A long field can hold the phrase far outside the window: bring the phrase itself into view.
    const rect = next.field.rectOf(next.finding);
    if (rect && (rect.top < 0 || rect.bottom > window.innerHeight))
      window.scrollBy(0, rect.top - window.innerHeight / 3);
    void this.open(next.field, next.finding, true);
  }

  onClick(event: MouseEvent) {
    if (event.button !== 0 || this.card.contains(event.target as Node)) return;
    const target = event.target as Element | null;
    if (!target || target.closest('a, button, input, textarea, [contenteditable="true"]')) return;
    const position = caretAt(event.clientX, event.clientY);
    if (!position) return;
    for (const field of this.host.fields()) {
      if (field.editable || !(field instanceof DomField) || !field.el.contains(position.node)) continue;
      const offset = field.offsetAt(position.node, position.offset);
      const finding = offset === -1 ? undefined : field.findingAt(offset);
      if (finding) void this.open(field, finding, false);
      return;
    }
    if (this.card.isOpen) this.card.close({ restoreFocus: false });
  }

  /**
   * Alt+Shift+J: the phrase at the caret, or the next one; Alt+Shift+K: the previous one.
   * Taken only in our fields, in the card, or while reading (nothing else focused).
   */
  onKey(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.card.isOpen) {
      // Escape meant for the card stays with us; otherwise the page gets it too (menus, dialogs).
      if (this.card.hasFocus) {
        event.preventDefault();
        event.stopPropagation();
        this.card.close();
      } else this.close();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const step = event.code === 'KeyJ' ? 1 : event.code === 'KeyK' ? -1 : 0;
    if (!step) return;
    const fields = [...this.host.fields()];
    const field = fields.find((f) => f.editable && f.el.contains(document.activeElement));
    const reading = !field && !isEditable(document.activeElement);
    if (!field && !this.card.hasFocus && !(reading && fields.some((f) => f.findings.length))) return;
    event.preventDefault();
    event.stopPropagation();
    if (this.card.isOpen) return this.card.hasFocus ? this.move(step) : this.card.focus();
    if (field) {
      // Just typed: check now rather than guess from findings of older text.
      if (!field.isCurrent()) field.refresh();
      const caret = field.caret();
      if (caret !== null) {
        const here = field.findingAt(caret);
        const next =
          here ??
          (step > 0
            ? field.findings.find((f) => f.start >= caret)
            : [...field.findings].reverse().find((f) => f.end <= caret));
        if (next) return void this.open(field, next, true);
      }
    }
    this.move(step);
  }

  /** Keeps an open card beside its phrase as the page scrolls or reflows. */
  follow() {
    const active = this.active;
    if (!active || !this.card.isOpen) return;
    const anchor = active.field.rectOf(active.finding);
    if (anchor) this.card.follow(anchor);
  }
}

function isEditable(el: Element | null): boolean {
  return (
    !!el &&
    (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || (el as HTMLElement).isContentEditable)
  );
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** How long the card waits for the background to add an entry (it waits up to 15 s for policy). */
const ADD_WAIT_MS = 20_000;

/** "Add to phrase map", and what the card says of it once the settings page has opened at the entry. */
async function addToMap(
  finding: Finding,
  add: (phrase: string, entryId?: string) => Promise<AddedEntry | null>,
): Promise<string> {
  // Words the user selected say what to add; otherwise the phrase's own entry opens, to refine it.
  const selected = window.getSelection()?.toString().replace(/\s+/g, ' ').trim() ?? '';
  const own = !(selected && selected.length <= 80);
  const phrase = own ? finding.text : selected;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ADD_WAIT_MS);
  });
  try {
    const entry = await Promise.race([add(phrase, own ? finding.entryId : undefined), late]);
    if (entry === 'late')
      return 'The extension has not answered yet. The settings page may still open; if it does not, reload the page and try again.';
    if (!entry) return `Nothing to add: select words with letters or numbers in them.`;
    if ('retry' in entry) return entry.retry;
    return entry.added
      ? `Added “${phrase}” to your phrase map. Its entry is open in the settings page, to add a rewrite.`
      : `“${phrase}” is in your phrase map already. Its entry is open in the settings page.`;
  } catch (error) {
    report(error);
    return `“${phrase}” could not be added. Reload the page and try again.`;
  } finally {
    clearTimeout(timer);
  }
}
