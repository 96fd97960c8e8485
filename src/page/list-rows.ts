// List rows (issue lists, backlogs, boards) in our layer: a marker button at the end of each
// row whose title reads as internal work, its details on hover or focus, one summary for the
// page and a filter that dims the other rows with boxes of ours. Nothing is added to the
// tracker's rows. A row is known by its element and its text: a virtual list that reuses
// the element for another item hides the marker until that item's text has been checked.
import type { CardSuggestions } from '../core/rewrite';
import type { Finding } from '../core/types';
import type { Field } from './field';
import { guard } from './guard';
import type { Layer } from './layer';

export interface ListRowsHost {
  /** The background's rewrites for a finding in the row's title (for the title rewrite). */
  suggest(field: Field, finding: Finding): Promise<CardSuggestions | null>;
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

const TIP_ID = 'customer-terms-row-tip';

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
  private readonly summary: HTMLElement;
  private readonly summaryLabel: HTMLElement;
  private readonly filter: HTMLButtonElement;
  private readonly tip: HTMLElement;
  private tipFor: Row | null = null;
  private filtering = false;
  /** The summary is written once per layout, not once per row checked. */
  private summaryStale = false;
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
    this.filter.addEventListener('click', guard(() => this.setFilter(!this.filtering)));
    this.summary.append(this.summaryLabel, this.filter);
    this.tip = document.createElement('div');
    this.tip.className = 'row-tip';
    this.tip.id = TIP_ID;
    this.tip.setAttribute('role', 'tooltip');
    this.tip.hidden = true;
    layer.root.append(this.summary, this.tip);
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
    const n = field.findings.length;
    if (n > 0 && !row.marker) {
      row.marker = this.createMarker(row);
      row.placed = '';
    }
    if (n === 0 && row.marker) {
      if (this.tipFor === row) this.hideTip();
      row.marker.remove();
      row.marker = null;
    }
    if (row.marker) {
      row.marker.textContent = String(n);
      row.marker.setAttribute('aria-label', markerName(field.findings));
      if (this.tipFor === row) this.showTip(row);
    }
    this.summaryStale = true;
  }

  remove(field: Field) {
    const row = this.rows.get(field);
    if (!row) return;
    if (this.tipFor === row) this.hideTip();
    row.marker?.remove();
    row.dim?.remove();
    this.rows.delete(field);
    // No layout may follow a removal (a list filtered to nothing): the summary is written now.
    this.updateSummary();
  }

  /**
   * The page changed: hides markers whose row now shows another item (a recycled row) until it
   * is checked again. True when there are rows, which may also have moved (sorted): lay out again.
   */
  sweep(): boolean {
    for (const row of this.rows.values()) {
      if (!this.isCurrent(row)) {
        if (row.marker) row.marker.hidden = true;
        if (row.dim) row.dim.hidden = true;
        if (this.tipFor === row) this.hideTip();
      }
    }
    return this.rows.size > 0;
  }

  /**
   * Places markers and dim boxes: all measuring first, then all writing, and only what moved.
   * Places are in page coordinates, so scrolling the page itself moves nothing; a row in a
   * scrolled list is placed again as the list scrolls, and hidden while its list clips it.
   */
  layout() {
    if (this.summaryStale) this.updateSummary();
    if (!this.rows.size) return;
    const origin = this.layer.host.getBoundingClientRect();
    const placed = [...this.rows.values()].filter((row) => row.marker || this.filtering || row.dim);
    for (const row of placed) if (row.clip === undefined) row.clip = clipOf(row.box);
    const rects = placed.map((row) => visibleRect(row));
    const current = placed.map((row) => this.isCurrent(row));
    placed.forEach((row, i) => {
      const rect = rects[i] ?? null;
      const shown = rect !== null && current[i] === true;
      const dimmed = this.filtering && row.field.findings.length === 0;
      if (dimmed && !row.dim) {
        row.dim = document.createElement('div');
        row.dim.className = 'row-dim';
        row.dim.setAttribute('aria-hidden', 'true');
        row.dim.hidden = true;
        this.layer.root.append(row.dim);
      }
      if (row.marker && row.marker.hidden !== !shown) row.marker.hidden = !shown;
      if (row.dim && row.dim.hidden !== (!dimmed || !shown)) row.dim.hidden = !dimmed || !shown;
      if (!rect || !shown) return;
      const top = rect.top - origin.top;
      const left = rect.left - origin.left;
      const place = `${top},${left},${rect.width},${rect.height},${row.dim ? 1 : 0}`;
      if (place === row.placed) return;
      row.placed = place;
      if (row.marker) {
        row.marker.style.top = `${top + rect.height / 2}px`;
        row.marker.style.left = `${left + rect.width - 6}px`;
      }
      if (row.dim) Object.assign(row.dim.style, { top: `${top}px`, left: `${left}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    });
    if (this.tipFor) this.placeTip(this.tipFor);
  }

  dispose() {
    for (const field of [...this.rows.keys()]) this.remove(field);
    this.summary.remove();
    this.tip.remove();
  }

  private isCurrent(row: Row) {
    return row.field.el.isConnected && (row.field.el.textContent ?? '') === row.text;
  }

  private setFilter(on: boolean) {
    this.filtering = on;
    this.filter.setAttribute('aria-pressed', String(on));
    this.filter.textContent = on ? 'Show all items' : 'Dim the other items';
    if (!on) for (const row of this.rows.values()) if (row.dim) row.dim.hidden = true;
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

  private createMarker(row: Row) {
    const marker = document.createElement('button');
    marker.type = 'button';
    marker.className = 'row-marker';
    marker.setAttribute('aria-describedby', TIP_ID);
    // Shown once laid out over its row.
    marker.hidden = true;
    const show = guard(() => this.showTip(row));
    marker.addEventListener('mouseenter', show);
    marker.addEventListener('focus', show);
    marker.addEventListener('click', show);
    marker.addEventListener('mouseleave', guard(() => marker.matches(':focus') || this.hideTip()));
    marker.addEventListener('blur', guard(() => this.hideTip()));
    marker.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hideTip();
    });
    this.layer.root.append(marker);
    return marker;
  }

  private showTip(row: Row) {
    this.tipFor = row;
    const { field } = row;
    const list = document.createElement('ul');
    for (const f of field.findings) {
      const item = document.createElement('li');
      const phrase = document.createElement('strong');
      phrase.textContent = f.text;
      item.append(phrase, `: ${f.why}`);
      list.append(item);
    }
    const rewrite = document.createElement('p');
    rewrite.className = 'row-rewrite';
    this.tip.replaceChildren(list, rewrite);
    this.tip.hidden = false;
    this.placeTip(row);
    const text = field.analysedText;
    void this.titleRewrite(field).then((sentence) => {
      if (this.tipFor !== row || field.analysedText !== text || !sentence) return;
      rewrite.textContent = `In customer terms: ${sentence}`;
    });
  }

  private hideTip() {
    this.tipFor = null;
    this.tip.hidden = true;
  }

  private placeTip(row: Row) {
    if (!row.marker || row.marker.hidden) return this.hideTip();
    const origin = this.layer.host.getBoundingClientRect();
    const rect = row.marker.getBoundingClientRect();
    this.tip.style.top = `${rect.bottom - origin.top + 4}px`;
    this.tip.style.left = `${Math.max(8, rect.right - origin.left - 320)}px`;
  }

  /** The background's one-sentence title rewrite, asked once per title text. */
  private titleRewrite(field: Field): Promise<string | null> {
    const text = field.analysedText;
    const known = this.rewrites.get(field);
    if (known?.text === text) return known.rewrite;
    const first = field.findings[0];
    const rewrite = first
      ? this.host
          .suggest(field, first)
          .then((offer) => offer?.sentenceRewrite?.text ?? null)
          .catch(() => null)
      : Promise.resolve(null);
    this.rewrites.set(field, { text, rewrite });
    return rewrite;
  }
}

/** The nearest ancestor whose overflow clips the row (a scrolling list), if any. */
function clipOf(el: HTMLElement): HTMLElement | null {
  for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if (overflowY !== 'visible' && overflowY !== 'clip') return parent;
  }
  return null;
}

/** The row's box, or null while it has no size or its list clips most of it. */
function visibleRect(row: Row): DOMRect | null {
  const rect = row.box.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return null;
  if (row.clip) {
    const clip = row.clip.getBoundingClientRect();
    // A row cut by the list's edge keeps its marker only while most of it shows.
    if (Math.min(rect.bottom, clip.bottom) - Math.max(rect.top, clip.top) < rect.height / 2) return null;
  }
  return rect;
}
