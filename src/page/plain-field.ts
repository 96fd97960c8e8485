// A textarea or input: text from .value, marks drawn by a mirror, replacement
// through execCommand so the field's own undo works.
import type { Finding } from '../core/types';
import type { FieldSpec } from '../trackers';
import { Field, type FieldHost, type TextRange } from './field';
import { guard } from './guard';
import type { Layer } from './layer';
import { Mirror } from './mirror';
import { replaceInPlainField, type TextBox } from './replace';

export class PlainField extends Field {
  readonly editable = true;
  private readonly mirror: Mirror;
  private readonly abort = new AbortController();
  activeStart = -1;

  constructor(
    readonly input: TextBox,
    spec: FieldSpec,
    host: FieldHost,
    layer: Layer,
  ) {
    super(input, spec, host);
    this.mirror = new Mirror(input, layer);
    const options = { signal: this.abort.signal, passive: true };
    input.addEventListener(
      'input',
      guard(() => this.schedule()),
      options,
    );
    input.addEventListener(
      'scroll',
      guard(() => this.mirror.place()),
      options,
    );
    input.addEventListener(
      'focus',
      guard(() => this.mirror.place()),
      options,
    );
    input.addEventListener(
      'click',
      guard(() => this.caretMoved('pointer')),
      options,
    );
  }

  read() {
    return this.input.value;
  }

  protected paint() {
    this.mirror.paint(this.input.value, this.findings, this.activeStart);
  }

  override place() {
    this.mirror.place();
  }

  override textEnd() {
    return this.mirror.textEnd();
  }

  rectOf(finding: Finding) {
    return this.mirror.markRect(finding.start) ?? this.input.getBoundingClientRect();
  }

  override reveal(finding: Finding) {
    const mark = this.mirror.markRect(finding.start);
    if (!mark) return;
    const box = this.input.getBoundingClientRect();
    if (mark.top >= box.top && mark.bottom <= box.bottom) return;
    // Scrolled out of the box's sight: a third of the way down the box, and the marks follow at once.
    this.input.scrollTop += mark.top - box.top - box.height / 3;
    this.mirror.place();
  }

  caret() {
    return document.activeElement === this.input ? this.input.selectionStart : null;
  }

  replace(finding: TextRange, text: string) {
    return replaceInPlainField(this.input, finding.start, finding.end, text);
  }

  setActive(start: number) {
    this.activeStart = start;
    this.paint();
  }

  private caretMoved(how: 'pointer' | 'keyboard') {
    const { selectionStart, selectionEnd } = this.input;
    if (selectionStart === null || selectionStart !== selectionEnd) return;
    // The findings may be from before the last keystroke or an undo: check the value as it is now.
    if (!this.isCurrent()) this.refresh();
    const finding = this.findingAt(selectionStart);
    if (finding) this.host.activate(this, finding, how);
  }

  override dispose() {
    super.dispose();
    this.abort.abort();
    this.mirror.dispose();
  }
}
