// A mirror of a textarea or input, drawn under nothing and over the field with
// transparent text: only the underlines show. It copies the field's font, box,
// size and scroll, so the marks sit exactly on the words.
import type { Finding } from '../core/types';
import type { Layer } from './layer';

const COPIED = [
  'boxSizing',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'fontKerning',
  'fontFeatureSettings',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'textAlign',
  'tabSize',
  'direction',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'overflowWrap',
  'wordBreak',
  'hyphens',
] as const;

export class Mirror {
  readonly box: HTMLDivElement;
  private readonly content: HTMLDivElement;
  private rendered = '';
  private size = '';

  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    private readonly layer: Layer,
  ) {
    this.box = document.createElement('div');
    this.box.className = 'mirror';
    this.box.setAttribute('aria-hidden', 'true');
    this.content = document.createElement('div');
    this.content.className = 'mirror-content';
    this.box.append(this.content);
    layer.root.append(this.box);
  }

  /** Redraws the text with marks; cheap when nothing changed. Positioning is left to `place`, run once per frame. */
  paint(text: string, findings: readonly Finding[], activeStart = -1) {
    const key = `${activeStart}|${findings.map((f) => `${f.start}:${f.end}`).join(',')}|${text}`;
    if (key !== this.rendered) {
      this.rendered = key;
      const parts: Node[] = [];
      let at = 0;
      for (const f of findings) {
        if (f.start < at) continue;
        parts.push(document.createTextNode(text.slice(at, f.start)));
        const mark = document.createElement('span');
        mark.className = f.start === activeStart ? 'mark active' : 'mark';
        mark.dataset.start = String(f.start);
        mark.textContent = text.slice(f.start, f.end);
        parts.push(mark);
        at = f.end;
      }
      // A trailing newline needs a character after it to take up a line, as in the textarea.
      parts.push(document.createTextNode(`${text.slice(at)}\u200b`));
      this.content.replaceChildren(...parts);
    }
  }

  /** Follows the field's position, size and scroll; styles are copied again when its size changes. */
  place() {
    const field = this.field;
    const rect = field.getBoundingClientRect();
    const hidden = rect.width === 0 || rect.height === 0;
    this.box.hidden = hidden;
    if (hidden) return;
    const { top, left } = this.layer.toLayer(rect);
    const box = this.box.style;
    box.top = `${top}px`;
    box.left = `${left}px`;
    // A scrollbar appearing narrows the text without changing the box, so clientWidth counts too.
    const size = `${rect.width}x${rect.height}/${field.clientWidth}x${field.clientHeight}`;
    if (size !== this.size) {
      this.size = size;
      box.width = `${rect.width}px`;
      box.height = `${rect.height}px`;
      this.copyStyle();
    }
    this.content.style.transform = `translate(${-field.scrollLeft}px, ${-field.scrollTop}px)`;
  }

  private copyStyle() {
    const field = this.field;
    const style = getComputedStyle(field);
    const content = this.content.style;
    for (const prop of COPIED) content[prop] = style[prop];
    content.borderColor = 'transparent';
    content.boxSizing = 'content-box';
    const single = field instanceof HTMLInputElement;
    content.whiteSpace = single ? 'pre' : 'pre-wrap';
    if (single)
      content.lineHeight = `${field.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)}px`;
    // clientWidth leaves out the scrollbar, so lines wrap where the field's do.
    content.width = `${field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)}px`;
    content.minHeight = `${field.clientHeight}px`;
    this.box.style.visibility = style.visibility === 'hidden' ? 'hidden' : '';
  }

  /** The end of the text's last line as the field shows it (scrolled), viewport coordinates; null when hidden. */
  textEnd(): DOMRect | null {
    if (this.box.hidden) return null;
    // The content always ends with a zero-width space, which sits on the last line.
    const last = this.content.lastChild;
    if (!(last instanceof Text) || !last.length) return null;
    const range = document.createRange();
    range.setStart(last, last.length - 1);
    range.setEnd(last, last.length);
    const rects = range.getClientRects();
    return rects.length ? rects[rects.length - 1]! : null;
  }

  /** The viewport rect of the mark starting at `start`, for placing the card. */
  markRect(start: number): DOMRect | null {
    this.place();
    const mark = this.content.querySelector<HTMLElement>(`.mark[data-start="${start}"]`);
    return mark ? mark.getBoundingClientRect() : null;
  }

  dispose() {
    this.box.remove();
  }
}
