// A field on the page that we check: reads its text, keeps its findings, paints
// them and replaces text in it. One subclass per kind of field.
import type { Finding } from '../core/types';
import type { FieldSpec } from '../trackers';
import { guard } from './guard';

export interface FieldHost {
  analyze(text: string): Finding[];
  /** Called after findings change. */
  changed(field: Field): void;
  /** A click or caret landed on a finding. */
  activate(field: Field, finding: Finding, how: 'pointer' | 'keyboard'): void;
  /** Limits on huge fields; the rest of the text is left unchecked. */
  maxChars: number;
}

/** A range of a field's text, in UTF-16 offsets. */
export type TextRange = Pick<Finding, 'start' | 'end'>;

const DEBOUNCE_MS = 60;
const CONTEXT = 24;

/**
 * An occurrence is known by its words around it, not its position or count, so
 * edits elsewhere never move a dismissal onto another occurrence of the phrase.
 */
function occurrenceKey(text: string, f: Finding): string {
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  return `${fold(text.slice(Math.max(0, f.start - CONTEXT), f.start))}[${fold(f.text)}]${fold(text.slice(f.end, f.end + CONTEXT))}`;
}

export abstract class Field {
  findings: Finding[] = [];
  /** Occurrences the user dismissed, by the phrase and the words around it (see occurrenceKey). */
  readonly dismissed = new Set<string>();
  truncated = false;
  /** The text the findings were computed from. */
  private analysed = '';
  protected disposed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The text each finding was found in: its occurrence key is worked out only when it is dismissed. */
  private readonly source = new WeakMap<Finding, string>();

  constructor(
    readonly el: HTMLElement,
    readonly spec: FieldSpec,
    protected readonly host: FieldHost,
  ) {}

  abstract readonly editable: boolean;
  /** The field's current text. */
  abstract read(): string;
  protected abstract paint(): void;
  /** Where a finding is on screen, for placing the card. */
  abstract rectOf(finding: Finding): DOMRect | null;
  /** The caret's offset in the text, when the field has focus. */
  abstract caret(): number | null;
  /** Replaces a range of the text (a finding, or a wider one); false when the editor refused. */
  abstract replace(range: TextRange, text: string): boolean;
  /** Why a finding cannot be replaced in place (then the card offers to copy), or null. */
  cannotReplace(_range: TextRange): string | null {
    return null;
  }

  /** Repositions anything drawn over the field. */
  place(): void {}

  /** Scrolls the field itself (a box with its own scrollbar) so that a finding is in its visible part. */
  reveal(_finding: Finding): void {}

  /**
   * Where the field's text ends on screen (the box of the end of its last line, viewport
   * coordinates, as the text was last checked), so the count chip can stay clear of it; null when unknown.
   */
  textEnd(): DOMRect | null {
    return null;
  }

  refresh() {
    if (this.disposed) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    let text = this.read();
    this.analysed = text;
    this.truncated = text.length > this.host.maxChars;
    if (this.truncated) text = text.slice(0, this.host.maxChars);
    const found = this.host.analyze(text);
    for (const f of found) this.source.set(f, text);
    this.findings = this.dismissed.size ? found.filter((f) => !this.dismissed.has(occurrenceKey(text, f))) : found;
    this.paint();
    this.host.changed(this);
  }

  /** Re-checks after a pause in typing, so typing itself never waits for us. */
  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(
      guard(() => this.refresh()),
      DEBOUNCE_MS,
    );
  }

  /** Drops the findings `drop` picks, without reading or checking the text again (an ignored phrase). */
  drop(drop: (finding: Finding) => boolean) {
    if (this.disposed) return;
    const kept = this.findings.filter((f) => !drop(f));
    if (kept.length === this.findings.length) return;
    this.findings = kept;
    this.paint();
    this.host.changed(this);
  }

  dismiss(finding: Finding) {
    const text = this.source.get(finding);
    if (text !== undefined) this.dismissed.add(occurrenceKey(text, finding));
    this.refresh();
  }

  /** The text the findings came from. */
  get analysedText() {
    return this.analysed;
  }

  /** False while the text has changed since the findings were computed. */
  isCurrent() {
    return this.read() === this.analysed;
  }

  findingAt(offset: number): Finding | undefined {
    return this.findings.find((f) => f.start <= offset && offset <= f.end);
  }

  dispose() {
    this.disposed = true;
    clearTimeout(this.timer);
  }
}
