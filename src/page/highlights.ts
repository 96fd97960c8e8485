// Painting findings in rendered and rich text with the CSS Custom Highlight API:
// no node or attribute is added to the page. Names are distinctive because the
// registry is shared with the page's own scripts.

const JARGON_HIGHLIGHT = 'customer-terms-jargon';
const ACTIVE_HIGHLIGHT = 'customer-terms-active';

const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/**
 * Ranges per owner (a field), combined into one registered highlight. Every change to a
 * registered highlight makes the browser repaint the page, so changes are kept few: a
 * range the owner paints again is left in place, an owner whose ranges did not change
 * changes nothing, and while held (a page's first check, field after field) changes wait
 * for one flush.
 */
export class HighlightLayer {
  private readonly owners = new Map<object, AbstractRange[]>();
  private readonly highlight = supported ? new Highlight() : null;
  private readonly active = supported ? new Highlight() : null;
  /** Owners' ranges waiting for flush() while held. */
  private readonly waiting = new Map<object, AbstractRange[]>();
  private held = false;

  constructor() {
    if (!this.highlight || !this.active) return;
    this.active.priority = 1;
    CSS.highlights.set(JARGON_HIGHLIGHT, this.highlight);
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  /** The ranges painted (or waiting to be painted) for an owner. */
  rangesOf(owner: object): readonly AbstractRange[] {
    return this.waiting.get(owner) ?? this.owners.get(owner) ?? [];
  }

  set(owner: object, ranges: AbstractRange[]) {
    if (!this.highlight) return;
    if (this.held) {
      this.waiting.set(owner, ranges);
      return;
    }
    this.apply(owner, ranges);
    // The page may have cleared the registry; put ours back.
    if (CSS.highlights.get(JARGON_HIGHLIGHT) !== this.highlight) CSS.highlights.set(JARGON_HIGHLIGHT, this.highlight);
  }

  /** From now on, changes wait for flush(). */
  hold() {
    this.held = true;
  }

  /** Paints every change made since hold(), at once. */
  flush() {
    this.held = false;
    if (!this.waiting.size) return;
    const waiting = [...this.waiting];
    this.waiting.clear();
    for (const [owner, ranges] of waiting) this.set(owner, ranges);
  }

  private apply(owner: object, ranges: AbstractRange[]) {
    const highlight = this.highlight!;
    const before = this.owners.get(owner) ?? [];
    if (before.length === ranges.length && before.every((range, i) => range === ranges[i])) return;
    const kept = new Set(ranges);
    for (const range of before) if (!kept.has(range)) highlight.delete(range);
    const had = new Set(before);
    for (const range of ranges) if (!had.has(range)) highlight.add(range);
    if (ranges.length) this.owners.set(owner, ranges);
    else this.owners.delete(owner);
  }

  setActive(range: Range | null) {
    if (!this.active || (!range && this.active.size === 0)) return;
    this.active.clear();
    if (range) this.active.add(range);
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) !== this.active) CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  dispose() {
    this.owners.clear();
    this.waiting.clear();
    if (!supported) return;
    if (CSS.highlights.get(JARGON_HIGHLIGHT) === this.highlight) CSS.highlights.delete(JARGON_HIGHLIGHT);
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) === this.active) CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }
}
