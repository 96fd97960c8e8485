// Rendered text and rich editors: text read from the DOM, findings painted with
// CSS highlights, and (in editors) replaced by selecting a range and inserting.
import type { Finding } from '../core/types';
import type { FieldSpec } from '../trackers';
import { Field, type FieldHost, type TextRange } from './field';
import { guard } from './guard';
import type { HighlightLayer } from './highlights';
import { replaceInRichField } from './replace';
import { boundsFor, offsetOf, rangeFor, rangeOver, readText, type TextMap } from './text-map';

const nodeIds = new WeakMap<Node, number>();
let nextNodeId = 0;
const nodeId = (node: Node) => {
  let id = nodeIds.get(node);
  if (id === undefined) {
    id = ++nextNodeId;
    nodeIds.set(node, id);
  }
  return id;
};
/** Where a range starts and ends, as a key: two ranges over the same text have the same key. */
const boundsKey = (startNode: Node, startOffset: number, endNode: Node, endOffset: number) =>
  `${nodeId(startNode)}:${startOffset}-${nodeId(endNode)}:${endOffset}`;

/** Editors write a space next to another as a no-break space; that is the same text to a reader. */
const sameText = (a: string, b: string) => a.replace(/\u00a0/g, ' ') === b.replace(/\u00a0/g, ' ');

export class DomField extends Field {
  readonly editable: boolean;
  private map: TextMap = { text: '', nodes: [], starts: [] };
  /** Null for list rows, which the session re-reads from its one observer of the page. */
  private readonly observer: MutationObserver | null = null;
  private readonly abort: AbortController | null = null;

  constructor(
    el: HTMLElement,
    spec: FieldSpec,
    host: FieldHost,
    private readonly highlights: HighlightLayer,
    private readonly skip: string,
  ) {
    super(el, spec, host);
    this.editable = spec.kind === 'rich';
    // Editors re-render their DOM on every change; rendered text changes when a page updates it.
    if (this.watchesItself) {
      this.observer = new MutationObserver(guard(() => this.schedule()));
      this.observer.observe(el, { subtree: true, childList: true, characterData: true });
    }
    if (this.editable) {
      this.abort = new AbortController();
      el.addEventListener(
        'click',
        guard(() => this.caretMoved()),
        { signal: this.abort.signal, passive: true },
      );
    }
  }

  /** Whether the field watches its own text for changes (list rows are re-read by the session instead). */
  protected get watchesItself() {
    return true;
  }

  read() {
    this.map = readText(this.el, this.skip);
    return this.map.text;
  }

  protected paint() {
    // In editors ranges are live: after an edit elsewhere in the field the ones painted before
    // still cover their phrases, so they are kept, and a re-check that moved no phrase repaints
    // nothing. Read-only text gets static ranges (it is read again when it changes).
    // No range is made for a phrase already painted where it is now.
    const painted = this.highlights.rangesOf(this);
    const before = new Map<string, AbstractRange>();
    for (const r of painted) before.set(boundsKey(r.startContainer, r.startOffset, r.endContainer, r.endOffset), r);
    const ranges: AbstractRange[] = [];
    for (const finding of this.findings) {
      const bounds = boundsFor(this.map, finding.start, finding.end);
      if (!bounds) continue;
      const range = (painted.length && before.get(boundsKey(...bounds))) || rangeOver(bounds, this.editable);
      if (range) ranges.push(range);
    }
    this.highlights.set(this, ranges);
  }

  rangeOf(finding: TextRange) {
    const range = rangeFor(this.map, finding.start, finding.end);
    if (range) return range;
    // The editor may have redrawn the same text with new nodes since we read it (after an
    // undo, or as the caret moves): map the nodes again; the findings hold while the text does.
    const now = readText(this.el, this.skip);
    if (now.text !== this.analysedText) return null;
    this.map = now;
    return rangeFor(this.map, finding.start, finding.end);
  }

  override textEnd() {
    // The last text the field was read with; an editor's trailing empty paragraph has none.
    const last = this.map.nodes[this.map.nodes.length - 1];
    if (!last?.isConnected || !last.length) return null;
    const range = document.createRange();
    range.selectNodeContents(last);
    const rects = range.getClientRects();
    return rects.length ? rects[rects.length - 1]! : null;
  }

  override reveal(finding: Finding) {
    // An editor or comment inside a panel that scrolls: the panel scrolls to the phrase's line.
    const line = this.rangeOf(finding)?.startContainer.parentElement;
    line?.scrollIntoView({ block: 'nearest' });
  }

  rectOf(finding: Finding) {
    return this.rangeOf(finding)?.getBoundingClientRect() ?? null;
  }

  /** The offset of a DOM position (from a click) in this field's text. */
  offsetAt(node: Node, offset: number) {
    return offsetOf(this.map, node, offset);
  }

  caret() {
    const selection = window.getSelection();
    if (!selection?.rangeCount || !selection.isCollapsed || !this.el.contains(selection.anchorNode)) return null;
    const offset = offsetOf(this.map, selection.anchorNode!, selection.anchorOffset);
    return offset === -1 ? null : offset;
  }

  /**
   * A phrase split over several text nodes is partly bold, linked or coded:
   * one insertion would give all of it one formatting, so we do not guess.
   */
  override cannotReplace(finding: TextRange) {
    const range = this.rangeOf(finding);
    if (!range) return 'The text changed; check the phrase again.';
    if (range.startContainer === range.endContainer) return null;
    return 'Part of this phrase is formatted or linked, so replacing it here could lose that. Copy a rewrite and edit the phrase by hand.';
  }

  /** Replaces through the editor, then reads the text back: true only if it now says what we meant. */
  replace(finding: TextRange, text: string) {
    const range = this.rangeOf(finding);
    if (!range || !replaceInRichField(this.el, range, text)) return false;
    const expected = this.analysedText.slice(0, finding.start) + text + this.analysedText.slice(finding.end);
    return sameText(this.read(), expected);
  }

  /**
   * A click in the editor: the phrase under the caret, in the text as it is now. Right after an
   * undo, a redo or a keystroke the re-check is still waiting for a pause, so it runs here first
   * (reading the text also maps the editor's current nodes, which the caret is in).
   */
  private caretMoved() {
    if (!this.isCurrent()) this.refresh();
    const offset = this.caret();
    if (offset === null) return;
    const finding = this.findingAt(offset);
    if (finding) this.host.activate(this, finding, 'pointer');
  }

  override dispose() {
    super.dispose();
    this.observer?.disconnect();
    this.abort?.abort();
    this.highlights.set(this, []);
  }
}
