// Painting findings in rendered and rich text with the CSS Custom Highlight API:
// no node or attribute is added to the page. Names are distinctive because the
// registry is shared with the page's own scripts.

const JARGON_HIGHLIGHT = 'customer-terms-jargon';
const ACTIVE_HIGHLIGHT = 'customer-terms-active';

const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** What paints ranges: a field, whose element holds them. */
export interface RangeOwner {
  readonly el: Element;
  /** An editor's ranges are never held: what is typed is highlighted at the next pause, however long a check runs. */
  readonly editable?: boolean;
}

/**
 * How far beyond the window, in window heights above and below, phrases are highlighted.
 * Further out they are not registered: the browser re-validates every registered range on
 * every change to the page (each key typed), so a long thread or description would make
 * typing slow. They are registered as they come near, while scrolling.
 */
const MARGIN = 0.5;

/** The band of the screen, viewport y from and to, whose phrases are highlighted. */
export function nearBand(): [number, number] {
  const height = window.innerHeight;
  return [-MARGIN * height, (1 + MARGIN) * height];
}

/** Whether an element's box is in that band (and shown at all). */
export function isNear(box: DOMRect, [top, bottom] = nearBand()): boolean {
  return box.bottom >= top && box.top <= bottom && (box.width > 0 || box.height > 0);
}

/**
 * Ranges per owner (a field), combined into one registered highlight, of which only the
 * ranges near the window are registered (see MARGIN; placed by `layout`, once per frame).
 * Every change to a registered highlight repaints the page, so changes are kept few: a range
 * the owner paints again is left in place, an owner whose ranges did not change changes
 * nothing, and while held (a page's first check, field after field) changes to read-only text
 * wait for one flush.
 */
export class HighlightLayer {
  /** Every owner's ranges, in the order of its text. */
  private readonly owners = new Map<RangeOwner, AbstractRange[]>();
  /** The owners' ranges registered now. */
  private readonly shown = new Map<RangeOwner, Set<AbstractRange>>();
  private readonly highlight = supported ? new Highlight() : null;
  private readonly active = supported ? new Highlight() : null;
  /** Owners' ranges waiting for flush() while held. */
  private readonly waiting = new Map<RangeOwner, AbstractRange[]>();
  private held = false;

  constructor() {
    if (!this.highlight || !this.active) return;
    this.active.priority = 1;
    CSS.highlights.set(JARGON_HIGHLIGHT, this.highlight);
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  /** The ranges painted (or waiting to be painted) for an owner. */
  rangesOf(owner: RangeOwner): readonly AbstractRange[] {
    return this.waiting.get(owner) ?? this.owners.get(owner) ?? [];
  }

  /** An owner's ranges, registered by the next `layout` (none: unregistered now). */
  set(owner: RangeOwner, ranges: AbstractRange[]) {
    if (!this.highlight) return;
    if (this.held && ranges.length && !owner.editable) {
      this.waiting.set(owner, ranges);
      return;
    }
    this.waiting.delete(owner);
    if (ranges.length) this.owners.set(owner, ranges);
    else {
      this.owners.delete(owner);
      this.show(owner, []);
    }
  }

  /** From now on, changes to read-only text wait for flush(). */
  hold() {
    this.held = true;
  }

  /** Takes every change made since hold(); the next `layout` registers them at once. */
  flush() {
    this.held = false;
    if (!this.waiting.size) return;
    const waiting = [...this.waiting];
    this.waiting.clear();
    for (const [owner, ranges] of waiting) this.set(owner, ranges);
  }

  /**
   * Registers the ranges near the window and unregisters the rest. Reads layout: run once per
   * frame, with the other placing. A field wholly near the window has all its ranges shown;
   * of a longer one, those near the window, found by halving (its ranges follow its text down).
   */
  layout() {
    if (!this.highlight) return;
    const band = nearBand();
    const [top, bottom] = band;
    for (const [owner, ranges] of this.owners) {
      const box = owner.el.getBoundingClientRect();
      if (!isNear(box, band)) this.show(owner, []);
      else if (box.top >= top && box.bottom <= bottom) this.show(owner, ranges);
      else this.show(owner, ranges.slice(firstBelow(ranges, top), firstBelow(ranges, bottom, true)));
    }
    // The page may have cleared the registry; put ours back.
    if (CSS.highlights.get(JARGON_HIGHLIGHT) !== this.highlight) CSS.highlights.set(JARGON_HIGHLIGHT, this.highlight);
  }

  /** Registers exactly `ranges` for an owner, changing only what differs. */
  private show(owner: RangeOwner, ranges: readonly AbstractRange[]) {
    const highlight = this.highlight!;
    const before = this.shown.get(owner);
    if (!before) {
      if (!ranges.length) return;
      for (const range of ranges) highlight.add(range);
      this.shown.set(owner, new Set(ranges));
      return;
    }
    if (before.size === ranges.length && ranges.every((range) => before.has(range))) return;
    const next = new Set(ranges);
    for (const range of before) if (!next.has(range)) highlight.delete(range);
    for (const range of ranges) if (!before.has(range)) highlight.add(range);
    if (next.size) this.shown.set(owner, next);
    else this.shown.delete(owner);
  }

  setActive(range: Range | null) {
    if (!this.active || (!range && this.active.size === 0)) return;
    this.active.clear();
    if (range) this.active.add(range);
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) !== this.active) CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  dispose() {
    this.owners.clear();
    this.shown.clear();
    this.waiting.clear();
    if (!supported) return;
    if (CSS.highlights.get(JARGON_HIGHLIGHT) === this.highlight) CSS.highlights.delete(JARGON_HIGHLIGHT);
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) === this.active) CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }
}

/** A range's box on screen (static ranges have none of their own); null when it no longer covers text. */
function boxOf(range: AbstractRange): DOMRect | null {
  let live: Range;
  if (range instanceof Range) live = range;
  else {
    if (!range.startContainer.isConnected || !range.endContainer.isConnected) return null;
    live = document.createRange();
    try {
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
    } catch {
      return null;
    }
  }
  const rects = live.getClientRects();
  return rects.length ? live.getBoundingClientRect() : null;
}

/**
 * The index of the first range lower on screen than `y` (its bottom below `y`; with `byTop`,
 * its top), by halving: ranges in text order follow the text down the page. A range that no
 * longer covers text (the page changed it; the next check replaces it) counts as below.
 */
function firstBelow(ranges: readonly AbstractRange[], y: number, byTop = false): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const box = boxOf(ranges[mid]!);
    const below = !box || (byTop ? box.top > y : box.bottom > y);
    if (below) high = mid;
    else low = mid + 1;
  }
  return low;
}
