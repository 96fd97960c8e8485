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

export class Counts {
  private readonly chips = new Map<Field, HTMLElement>();
  private readonly live: HTMLElement;
  private announced = new WeakMap<Field, string>();

  constructor(private readonly layer: Layer) {
    this.live = document.createElement('div');
    this.live.className = 'sr-only';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    layer.root.append(this.live);
  }

  /** Updates a field's chip text and announcement; positions are set by `layout`. */
  update(field: Field) {
    let chip = this.chips.get(field);
    const n = field.findings.length;
    if (!chip && n > 0) {
      chip = document.createElement('div');
      chip.className = 'count';
      chip.setAttribute('aria-hidden', 'true');
      chip.dataset.role = field.spec.role;
      this.layer.root.append(chip);
      this.chips.set(field, chip);
    }
    if (chip) {
      chip.textContent = n > 0 ? `${n} to rewrite${field.truncated ? ' (start only)' : ''}` : '';
      chip.title = describeCount(field);
    }
    // Announce only for the field being edited, and only when its count changed.
    const message = describeCount(field);
    if (field.editable && field.el.contains(document.activeElement) && this.announced.get(field) !== message) {
      this.announced.set(field, message);
      this.live.textContent = message;
    }
  }

  /**
   * Places every chip: all measuring first, then all writing, so layout is computed once.
   * A chip never covers the field's text. Editable fields: inside the bottom-right corner
   * while the text ends above it (a tall box), else just below the field's bottom-right edge
   * (a small box, or text down to the bottom); rendered text: just above its top-right corner.
   */
  layout() {
    const visible = [...this.chips].filter(([, chip]) => chip.textContent);
    const rects = visible.map(([field]) => field.el.getBoundingClientRect());
    const textEnds = visible.map(([field]) => (field.editable ? field.textBottom() : null));
    const origin = this.layer.host.getBoundingClientRect();
    visible.forEach(([field, chip], i) => {
      const rect = rects[i]!;
      chip.hidden = rect.width === 0 && rect.height === 0;
      if (chip.hidden) return;
      let y = rect.top - CHIP_HEIGHT;
      if (field.editable) {
        const inside = rect.bottom - INSET - CHIP_HEIGHT;
        const textEnd = textEnds[i];
        y = textEnd !== null && textEnd !== undefined && textEnd + GAP <= inside ? inside : rect.bottom + GAP;
      }
      chip.style.top = `${Math.max(0, y - origin.top)}px`;
      chip.style.left = `${rect.right - origin.left - 4}px`;
    });
  }

  remove(field: Field) {
    this.chips.get(field)?.remove();
    this.chips.delete(field);
  }
}
