// Painting findings in rendered and rich text with the CSS Custom Highlight API:
// no node or attribute is added to the page. Names are distinctive because the
// registry is shared with the page's own scripts.

const JARGON_HIGHLIGHT = 'customer-terms-jargon';
const ACTIVE_HIGHLIGHT = 'customer-terms-active';

const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** Ranges per owner (a field), combined into one registered highlight. */
export class HighlightLayer {
  private readonly owners = new Map<object, Range[]>();
  private readonly highlight = supported ? new Highlight() : null;
  private readonly active = supported ? new Highlight() : null;

  constructor() {
    if (!this.highlight || !this.active) return;
    this.active.priority = 1;
    CSS.highlights.set(JARGON_HIGHLIGHT, this.highlight);
    CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  set(owner: object, ranges: Range[]) {
    if (!this.highlight) return;
    for (const range of this.owners.get(owner) ?? []) this.highlight.delete(range);
    for (const range of ranges) this.highlight.add(range);
    if (ranges.length) this.owners.set(owner, ranges);
    else this.owners.delete(owner);
    // The page may have cleared the registry; put ours back.
    if (CSS.highlights.get(JARGON_HIGHLIGHT) !== this.highlight) CSS.highlights.set(JARGON_HIGHLIGHT, this.highlight);
  }

  setActive(range: Range | null) {
    if (!this.active) return;
    this.active.clear();
    if (range) this.active.add(range);
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) !== this.active) CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
  }

  dispose() {
    this.owners.clear();
    if (!supported) return;
    if (CSS.highlights.get(JARGON_HIGHLIGHT) === this.highlight) CSS.highlights.delete(JARGON_HIGHLIGHT);
    if (CSS.highlights.get(ACTIVE_HIGHLIGHT) === this.active) CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }
}
