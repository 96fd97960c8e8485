// Each field's number of flagged phrases: a small chip beside the field, and one
// polite live region that tells screen-reader users about the field they are in.
import { FIELD_ROLES } from '../trackers/types';
import type { Field } from './field';
import type { Layer } from './layer';

export function describeCount(field: Field): string {
  const n = field.findings.length;
  const where = FIELD_ROLES[field.spec.role].name;
  const phrases = n === 0 ? 'No internal jargon' : `${n} phrase${n === 1 ? '' : 's'} to put in customer terms`;
  const cut = field.truncated ? ' (only the start of this very long text is checked)' : '';
  return `${phrases} in this ${where}${cut}.`;
}

/** The chip's height (a 16 px line and its border) and the gaps it keeps. */
const CHIP_HEIGHT = 18;
const INSET = 2;
const GAP = 2;
/** Room a chip needs at the end of a line ("14 to rewrite" and a margin). */
const CHIP_ROOM = 110;

export class Counts {
  /** Fields with phrases, each with its chip once it has been near the window. */
  private readonly chips = new Map<Field, HTMLElement | null>();
  private readonly live: HTMLElement;
  private announced = new WeakMap<Field, string>();

  constructor(private readonly layer: Layer) {
    this.live = document.createElement('div');
    this.live.className = 'sr-only';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    layer.root.append(this.live);
  }

  /**
   * Notes a field's count and announces it; the chip itself is made, written and placed by
   * `layout`, and only near the window: a 300-comment thread gets a few chips, not 300.
   */
  update(field: Field) {
    const n = field.findings.length;
    const chip = this.chips.get(field);
    if (n > 0) {
      if (chip) this.write(field, chip);
      else this.chips.set(field, null);
    } else if (chip !== undefined) {
      chip?.remove();
      this.chips.delete(field);
    }
    // Announce only for the field being edited, and only when its count changed.
    const message = describeCount(field);
    if (field.editable && field.el.contains(document.activeElement) && this.announced.get(field) !== message) {
      this.announced.set(field, message);
      this.live.textContent = message;
    }
  }

  private write(field: Field, chip: HTMLElement) {
    const text = `${field.findings.length} to rewrite${field.truncated ? ' (start only)' : ''}`;
    if (chip.textContent !== text) chip.textContent = text;
    const title = describeCount(field);
    if (chip.title !== title) chip.title = title;
  }

  private make(field: Field): HTMLElement {
    const chip = document.createElement('div');
    chip.className = 'count';
    chip.setAttribute('aria-hidden', 'true');
    chip.dataset.role = field.spec.role;
    this.write(field, chip);
    this.layer.root.append(chip);
    this.chips.set(field, chip);
    return chip;
  }

  /**
   * Places the chips of fields near the window (one window's height above and below): all
   * measuring first, then all writing, so layout is computed once. A chip never covers the
   * field's text. Editable fields: inside the bottom-right corner while the text ends above it
   * (a tall box), else at the right end of the last line while it stops short of the edge, else
   * just below the field's bottom-right edge; rendered text: just above its top-right corner.
   */
  layout() {
    const fields = [...this.chips.keys()];
    const rects = fields.map((field) => field.el.getBoundingClientRect());
    const height = window.innerHeight;
    const near = fields.map((_, i) => {
      const r = rects[i]!;
      return (r.width > 0 || r.height > 0) && r.bottom > -height && r.top < 2 * height;
    });
    const textEnds = fields.map((field, i) => (near[i] && field.editable ? field.textEnd() : null));
    const origin = this.layer.host.getBoundingClientRect();
    fields.forEach((field, i) => {
      let chip = this.chips.get(field) ?? null;
      if (!near[i]) {
        if (chip && !chip.hidden) chip.hidden = true;
        return;
      }
      chip ??= this.make(field);
      if (chip.hidden) chip.hidden = false;
      const rect = rects[i]!;
      let y = rect.top - CHIP_HEIGHT;
      if (field.editable) {
        const inside = rect.bottom - INSET - CHIP_HEIGHT;
        const end = textEnds[i];
        if (end && end.bottom + GAP <= inside) y = inside;
        // Text down to the bottom, but its last line in sight and short of the right edge: beside that line,
        // inside the field, so what follows the field (a description under a title) is not covered either.
        else if (end && end.top >= rect.top && end.bottom <= rect.bottom && end.right + CHIP_ROOM <= rect.right)
          y = end.bottom - CHIP_HEIGHT;
        else y = rect.bottom + GAP;
      }
      // Written only when they move: the layer scrolls with the page, so scrolling writes nothing.
      const top = `${Math.max(0, y - origin.top)}px`;
      const left = `${rect.right - origin.left - 4}px`;
      if (chip.style.top !== top) chip.style.top = top;
      if (chip.style.left !== left) chip.style.left = left;
    });
  }

  remove(field: Field) {
    this.chips.get(field)?.remove();
    this.chips.delete(field);
  }
}
