// List rows (issue lists, backlogs, boards) in our layer: a marker button at the end of each
// row whose title reads as internal work, its details on hover or focus (RowTip), one summary
// for the page and a filter that dims the other rows with boxes of ours. Nothing is added to
// the tracker's rows. A row is known by its element and its text: a virtual list that reuses
// the element for another item hides the marker until that item's text has been checked.
//
// A list has hundreds of rows, so: one set of listeners for every marker; markers placed in
// page coordinates, so scrolling the page moves none of them; and each layout measures only
// the rows that may have moved (new or re-checked rows, rows in a list that scrolled, every
// row after the page changed), all reads first, then all writes.
import type { Finding } from '../core/types';
import type { Field } from './field';
import { guard, report } from './guard';
import type { Layer } from './layer';
import { RowTip } from './row-tip';

/** Rows narrower than this are cards on a board, their titles wrapping to the edge. */
const CARD_WIDTH = 480;
/** A card's marker: its middle this far below the card's top, level with the card's first line. */
const MARKER_CORNER = 16;

export interface ListRowsHost {
  /** The one-sentence title rewrite the background builds for a row, or null. */
  titleRewrite(field: Field): Promise<string | null>;
  /** The findings with why each reads as internal (see reasons.ts). */
  withReasons(findings: readonly Finding[]): Promise<Finding[]>;
}

interface Row {
  field: Field;
  /** The row's box: the adapter's row element, else the title itself. */
  box: HTMLElement;
  /** The nearest ancestor that clips the row (a scrolled list), or null for the page; looked up when first laid out. */
  clip: HTMLElement | null | undefined;
  /** Where the marker and dim box were last put, so an unchanged place is not written again. */
  placed: string;
  /** The row's text when its findings were computed; another text means another item. */
  text: string;
  marker: HTMLButtonElement | null;
  dim: HTMLElement | null;
}

export function markerName(findings: readonly Finding[]): string {
  const n = findings.length;
  const phrases = [...new Set(findings.map((f) => f.text))].join(', ');
  return `${n} internal phrase${n === 1 ? '' : 's'}: ${phrases}`;
}

export function summaryText(flagged: number, total: number): string {
  return `${flagged} of ${total} item${total === 1 ? '' : 's'} read${total === 1 && flagged === 1 ? 's' : ''} like housekeeping`;
}

export class ListRows {
  private readonly rows = new Map<Field, Row>();
  private readonly byMarker = new WeakMap<Element, Row>();
  private readonly summary: HTMLElement;
  private readonly summaryLabel: HTMLElement;
  private readonly filter: HTMLButtonElement;
  private readonly tip: RowTip;
  private readonly markerTemplate: HTMLButtonElement;
  private readonly abort = new AbortController();
  private filtering = false;
  /** The summary is written once per layout, not once per row checked. */
  private summaryStale = false;
  /** Rows to measure at the next layout; every row when `allMoved`. */
  private readonly moved = new Set<Row>();
  private allMoved = false;
  /** Markers made since the last layout, put into the layer in its write pass. */
  private readonly unplaced = document.createDocumentFragment();
  private readonly rewrites = new WeakMap<Field, { text: string; rewrite: Promise<string | null> }>();

  constructor(
    private readonly layer: Layer,
    private readonly host: ListRowsHost,
  ) {
    this.summary = document.createElement('div');
    this.summary.className = 'list-summary';
    this.summary.setAttribute('role', 'region');
    this.summary.setAttribute('aria-label', 'Customer Terms list summary');
    this.summary.hidden = true;
    this.summaryLabel = document.createElement('span');
    this.summaryLabel.setAttribute('role', 'status');
    this.filter = document.createElement('button');
    this.filter.type = 'button';
    this.filter.textContent = 'Dim the other items';
    this.filter.setAttribute('aria-pressed', 'false');
    this.filter.addEventListener(
      'click',
      guard(() => this.setFilter(!this.filtering)),
    );
    this.summary.append(this.summaryLabel, this.filter);
    this.tip = new RowTip(layer);
    layer.root.append(this.summary);
    this.markerTemplate = document.createElement('button');
    this.markerTemplate.type = 'button';
    this.markerTemplate.className = 'row-marker';
    this.markerTemplate.setAttribute('aria-describedby', this.tip.id);
    this.listen();
  }

  /** A row's findings changed (or it was checked for the first time). */
  update(field: Field) {
    let row = this.rows.get(field);
    if (!row) {
      const spec = field.spec;
      const box = (spec.row && field.el.closest<HTMLElement>(spec.row)) || field.el;
      // No style is read here: rows are checked one after another, and a read between writes costs a style pass each.
      row = { field, box, clip: undefined, text: '', marker: null, dim: null, placed: '' };
      this.rows.set(field, row);
    }
    row.text = field.el.textContent ?? '';
    this.moved.add(row);
    const n = field.findings.length;
    if (n > 0 && !row.marker) {
      row.marker = this.markerTemplate.cloneNode() as HTMLButtonElement;
      this.byMarker.set(row.marker, row);
      this.unplaced.append(row.marker);
      row.placed = '';
    }
    if (n === 0 && row.marker) {
      if (this.tip.marker === row.marker) this.tip.hide();
      row.marker.remove();
      row.marker = null;
    }
    if (row.marker) {
      row.marker.textContent = String(n);
      row.marker.setAttribute('aria-label', markerName(field.findings));
      if (this.tip.marker === row.marker) this.showTip(row);
    }
    this.summaryStale = true;
  }

  remove(field: Field) {
    const row = this.rows.get(field);
    if (!row) return;
    if (row.marker && this.tip.marker === row.marker) this.tip.hide();
    row.marker?.remove();
    row.dim?.remove();
    this.rows.delete(field);
    this.moved.delete(row);
    // No layout may follow a removal (a list filtered to nothing): the summary is written now.
    this.updateSummary();
  }

  /**
   * The page changed: hides markers whose row now shows another item (a recycled row) until it
   * is checked again, and has every row measured at the next layout (they may have moved: sorted).
   * True when there are rows to lay out.
   */
  sweep(): boolean {
    for (const row of this.rows.values()) {
      if (!this.isCurrent(row)) {
        if (row.marker) row.marker.hidden = true;
        if (row.dim) row.dim.hidden = true;
        if (row.marker && this.tip.marker === row.marker) this.tip.hide();
      }
    }
    this.allMoved ||= this.rows.size > 0;
    return this.rows.size > 0;
  }

  /** The window or the page resized: every row may have moved. */
  resized() {
    this.allMoved ||= this.rows.size > 0;
  }

  /**
   * Something scrolled. The page itself moves no marker (they are in page coordinates); an
   * element moves the rows inside it, which are measured again.
   */
  scrolled(target: EventTarget | null) {
    if (!(target instanceof Element) || this.allMoved) return;
    for (const row of this.rows.values()) if (row.clip !== null && target.contains(row.box)) this.moved.add(row);
  }

  /**
   * Places markers and dim boxes of the rows that may have moved: all measuring first, then
   * all writing, and only what moved. A row in a scrolled list is hidden while its list clips it.
   */
  layout() {
    if (this.summaryStale) this.updateSummary();
    const rows = this.allMoved ? [...this.rows.values()] : [...this.moved];
    this.allMoved = false;
    this.moved.clear();
    if (!rows.length && !this.unplaced.firstChild) return;
    // Reads.
    const origin = this.layer.host.getBoundingClientRect();
    const placed = rows.filter((row) => row.marker || row.dim || (this.filtering && row.field.findings.length === 0));
    const clips = new Map<Element, HTMLElement | null>();
    for (const row of placed) if (row.clip === undefined) row.clip = clipOf(row.box, clips);
    const rects = placed.map((row) => (this.isCurrent(row) ? visibleRect(row) : null));
    // Writes.
    if (this.unplaced.firstChild) this.layer.root.append(this.unplaced);
    placed.forEach((row, i) => {
      const rect = rects[i] ?? null;
      const dimmed = this.filtering && row.field.findings.length === 0;
      if (dimmed && !row.dim) row.dim = this.createDim();
      if (row.marker && row.marker.hidden !== !rect) row.marker.hidden = !rect;
      if (row.dim && row.dim.hidden !== (!dimmed || !rect)) row.dim.hidden = !dimmed || !rect;
      if (!rect) return;
      const top = rect.top - origin.top;
      const left = rect.left - origin.left;
      const place = `${top},${left},${rect.width},${rect.height},${row.dim ? 1 : 0}`;
      if (place === row.placed) return;
      row.placed = place;
      if (row.marker) {
        // A wide row has room at its right end; a narrow card's title runs to its edge, so the marker
        // goes to the top corner, beside the card's first line (its number), where titles do not reach.
        const card = rect.width < CARD_WIDTH;
        row.marker.style.top = `${card ? top + MARKER_CORNER : top + rect.height / 2}px`;
        row.marker.style.left = `${left + rect.width - 6}px`;
      }
      if (row.dim)
        Object.assign(row.dim.style, {
          top: `${top}px`,
          left: `${left}px`,
          width: `${rect.width}px`,
          height: `${rect.height}px`,
        });
    });
    if (this.tip.marker) this.tip.place();
  }

  dispose() {
    this.abort.abort();
    for (const field of [...this.rows.keys()]) this.remove(field);
    this.summary.remove();
    this.tip.dispose();
  }

  /** One set of listeners for every marker: hover and focus show its details, leaving hides them. */
  private listen() {
    const on = { signal: this.abort.signal };
    const rowOf = (event: Event) => this.byMarker.get(event.target as Element);
    const root = this.layer.root;
    const show = guard((event: Event) => {
      const row = rowOf(event);
      if (row) this.showTip(row);
    });
    root.addEventListener('mouseover', show, on);
    root.addEventListener('focusin', show, on);
    root.addEventListener('click', show, on);
    // (A shadow root's listeners get plain Events in the DOM types.)
    root.addEventListener(
      'mouseout',
      guard((event: Event) => {
        const marker = rowOf(event)?.marker;
        const to = (event as MouseEvent).relatedTarget as Node | null;
        if (marker && !marker.contains(to) && !marker.matches(':focus')) this.tip.hide();
      }),
      on,
    );
    root.addEventListener(
      'focusout',
      guard((event: Event) => {
        if (rowOf(event)) this.tip.hide();
      }),
      on,
    );
    root.addEventListener(
      'keydown',
      (event: Event) => {
        if ((event as KeyboardEvent).key === 'Escape' && rowOf(event)) this.tip.hide();
      },
      on,
    );
  }

  private isCurrent(row: Row) {
    return row.field.el.isConnected && (row.field.el.textContent ?? '') === row.text;
  }

  private setFilter(on: boolean) {
    this.filtering = on;
    this.filter.setAttribute('aria-pressed', String(on));
    this.filter.textContent = on ? 'Show all items' : 'Dim the other items';
    if (!on) for (const row of this.rows.values()) if (row.dim) row.dim.hidden = true;
    this.allMoved = true;
    this.layout();
  }

  private updateSummary() {
    this.summaryStale = false;
    const total = this.rows.size;
    let flagged = 0;
    for (const row of this.rows.values()) if (row.field.findings.length) flagged++;
    this.summary.hidden = total === 0;
    const text = summaryText(flagged, total);
    if (this.summaryLabel.textContent !== text) this.summaryLabel.textContent = text;
  }

  private createDim() {
    const dim = document.createElement('div');
    dim.className = 'row-dim';
    dim.setAttribute('aria-hidden', 'true');
    dim.hidden = true;
    this.layer.root.append(dim);
    return dim;
  }

  private showTip(row: Row) {
    const { field, marker } = row;
    if (!marker) return;
    const { findings } = field;
    this.tip.show(marker, findings);
    const text = field.analysedText;
    if (findings.some((f) => !f.why))
      void this.host.withReasons(findings).then((filled) => {
        if (field.analysedText === text) this.tip.showReasons(marker, filled);
      }, report);
    void this.titleRewrite(field).then((title) => {
      if (title && field.analysedText === text) this.tip.showRewrite(marker, title);
    });
  }

  /** The background's title rewrite, asked once per title text. */
  private titleRewrite(field: Field): Promise<string | null> {
    const text = field.analysedText;
    const known = this.rewrites.get(field);
    if (known?.text === text) return known.rewrite;
    const rewrite = this.host.titleRewrite(field).catch(() => null);
    this.rewrites.set(field, { text, rewrite });
    return rewrite;
  }
}

/**
 * The nearest ancestor whose overflow clips the row (a scrolling list), if any; `known` holds
 * what was found for ancestors already walked in this layout (rows of a list share them).
 */
function clipOf(el: HTMLElement, known: Map<Element, HTMLElement | null>): HTMLElement | null {
  const walked: Element[] = [];
  let clip: HTMLElement | null = null;
  for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
    const found = known.get(parent);
    if (found !== undefined) {
      clip = found;
      break;
    }
    walked.push(parent);
    const { overflowY } = getComputedStyle(parent);
    if (overflowY !== 'visible' && overflowY !== 'clip') {
      clip = parent;
      break;
    }
  }
  for (const parent of walked) known.set(parent, clip);
  return clip;
}

/** Narrower than this, what shows of a row sideways has no room for its marker. */
const MIN_SHOWN_WIDTH = 24;

/**
 * The part of the row's box its list shows, or null while it has no size or the list clips most
 * of it. A table wider than its box (many fields) shows only part of each row: the marker goes at
 * the end of that part, not at the row's end out of sight (where it would also widen the page).
 */
function visibleRect(row: Row): DOMRect | null {
  const rect = row.box.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  if (!row.clip) return rect;
  const clip = row.clip.getBoundingClientRect();
  // A row cut by the list's edge keeps its marker only while most of it shows.
  if (Math.min(rect.bottom, clip.bottom) - Math.max(rect.top, clip.top) < rect.height / 2) return null;
  const left = Math.max(rect.left, clip.left);
  const right = Math.min(rect.right, clip.right);
  if (right - left < MIN_SHOWN_WIDTH) return null;
  return left === rect.left && right === rect.right ? rect : new DOMRect(left, rect.top, right - left, rect.height);
}
