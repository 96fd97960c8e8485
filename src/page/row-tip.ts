// The details of a list row's marker, shown on hover or focus: each phrase and why it reads
// as internal, then the title in customer terms once the background has built it (it needs
// the customer action remembered for that ticket). One tooltip for the page, describing the
// marker it is shown for; the rewrite is read only here, never applied from a list.
import type { Finding } from '../core/types';
import type { Layer } from './layer';

/** A phrase and, when it is known, why it reads as internal. */
function phraseItem(finding: Finding): HTMLLIElement {
  const item = document.createElement('li');
  const phrase = document.createElement('strong');
  phrase.textContent = finding.text;
  item.append(phrase);
  if (finding.why) item.append(`: ${finding.why}`);
  return item;
}

const TIP_ID = 'customer-terms-row-tip';
const TIP_WIDTH = 320;

export class RowTip {
  readonly id = TIP_ID;
  private readonly el: HTMLElement;
  private readonly list: HTMLUListElement;
  /** Polite, and kept in the tooltip while empty: a rewrite that arrives after focus is still heard. */
  private readonly rewrite: HTMLElement;
  private shownFor: HTMLElement | null = null;

  constructor(private readonly layer: Layer) {
    this.el = document.createElement('div');
    this.el.className = 'row-tip';
    this.el.id = TIP_ID;
    this.el.setAttribute('role', 'tooltip');
    this.el.hidden = true;
    this.list = document.createElement('ul');
    this.rewrite = document.createElement('p');
    this.rewrite.className = 'row-rewrite';
    this.rewrite.setAttribute('aria-live', 'polite');
    this.el.append(this.list, this.rewrite);
    layer.root.append(this.el);
  }

  /** The marker the details are shown for, or null. */
  get marker(): HTMLElement | null {
    return this.shownFor;
  }

  show(marker: HTMLElement, findings: readonly Finding[]) {
    this.shownFor = marker;
    this.list.replaceChildren(...findings.map(phraseItem));
    this.rewrite.textContent = '';
    this.el.hidden = false;
    this.place();
  }

  /** The phrases again with their reasons, once they are known, if the marker is still the one shown. */
  showReasons(marker: HTMLElement, findings: readonly Finding[]) {
    if (this.shownFor === marker) this.list.replaceChildren(...findings.map(phraseItem));
  }

  /** The title rewrite for the marker shown, if it is still the one shown. */
  showRewrite(marker: HTMLElement, title: string) {
    if (this.shownFor === marker) this.rewrite.textContent = `In customer terms: ${title}`;
  }

  hide() {
    this.shownFor = null;
    this.el.hidden = true;
  }

  /** Under its marker, its right edge at the marker's. */
  place() {
    const marker = this.shownFor;
    if (!marker) return;
    if (marker.hidden || !marker.isConnected) return this.hide();
    const rect = marker.getBoundingClientRect();
    const { top, left } = this.layer.toLayer(rect);
    this.el.style.top = `${top + rect.height + 4}px`;
    this.el.style.left = `${Math.max(8, left + rect.width - TIP_WIDTH)}px`;
  }

  dispose() {
    this.el.remove();
  }
}
