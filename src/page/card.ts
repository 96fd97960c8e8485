// The suggestion card: a non-modal dialog in its own open shadow root, showing
// the phrase, why it reads as internal, and rewrites to apply or copy.
import type { Finding } from '../core/types';
import { SLOTS, slotsIn } from '../core/slots';
import { fillRewrite, missingSlots, type SlotValues } from '../core/rewrite';
import { CARD_CSS } from './styles';

export interface CardActions {
  /** Applies a rewrite; resolves to a message to show when it could not. */
  apply?(finding: Finding, replacement: string): Promise<string | null>;
  dismiss(finding: Finding): void;
  ignore(finding: Finding): void;
  move(step: 1 | -1): void;
  openWriteUp?(): void;
  closed(): void;
}

export interface CardContext {
  finding: Finding;
  /** "2 of 5" in the field. */
  position: { index: number; total: number };
  anchor: DOMRect;
  /** Move focus into the card (keyboard users). */
  focus: boolean;
  /** The phrase opens a sentence, so the rewrite does too. */
  capitalize: boolean;
  /** Why applying is not possible here, e.g. read mode: rewrites are copied instead. */
  copyOnly?: string;
}

const SLOT_LABELS: Record<string, string> = {
  action: 'Customer action',
  moment: 'Moment',
  who: 'Who feels it',
  number: 'Number',
};

export class SuggestionCard {
  private readonly host = document.createElement('customer-terms-card');
  private readonly root = this.host.attachShadow({ mode: 'open' });
  private readonly dialog = document.createElement('div');
  /** One live region for the card's life, so screen readers hear every message in it. */
  private readonly status = document.createElement('p');
  private slots: SlotValues = {};
  private current: CardContext | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly actions: CardActions) {
    this.host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483001;display:block;';
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    this.dialog.setAttribute('role', 'dialog');
    this.dialog.className = 'card';
    this.status.className = 'status';
    this.status.setAttribute('role', 'status');
    this.root.append(style, this.dialog);
  }

  get isOpen() {
    return this.current !== null;
  }

  contains(node: Node | null) {
    return node === this.host;
  }

  /** Focus is inside the card (the host holds it, seen from the page). */
  get hasFocus() {
    return document.activeElement === this.host;
  }

  focus() {
    this.dialog.querySelector<HTMLElement>('button, input')?.focus();
  }

  /** Moves the open card to follow its phrase (after scrolling or layout changes). */
  follow(anchor: DOMRect) {
    if (this.current) this.place(anchor);
  }

  /** "dark" or "light" when the page says which; otherwise the system's choice applies. */
  setTheme(theme: string) {
    if (theme) this.host.dataset.theme = theme;
    else delete this.host.dataset.theme;
  }

  open(context: CardContext) {
    const samePhrase = this.current?.finding.text.toLowerCase() === context.finding.text.toLowerCase();
    if (!samePhrase) this.slots = {};
    if (!this.current) this.returnFocus = deepActiveElement();
    this.current = context;
    if (!this.host.isConnected) document.body.append(this.host);
    this.render(context);
    this.place(context.anchor);
    if (context.focus) this.focus();
  }

  close({ restoreFocus = true } = {}) {
    if (!this.current) return;
    this.current = null;
    this.host.remove();
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
    this.actions.closed();
  }

  dispose() {
    this.current = null;
    this.host.remove();
  }

  private render({ finding, position, copyOnly }: CardContext) {
    const d = this.dialog;
    d.setAttribute('aria-label', `Rewrite “${finding.text}”`);
    d.setAttribute('aria-describedby', 'ct-why');
    const heading = el('p', 'phrase', `“${finding.text}”`);
    const category = el('span', 'category', finding.category);
    heading.append(' ', category);
    const why = el('p', 'why', finding.why);
    why.id = 'ct-why';

    const rewrites = el('div', 'rewrites');
    rewrites.setAttribute('role', 'group');
    rewrites.setAttribute('aria-label', copyOnly ? 'Rewrites to copy' : 'Rewrites');
    const status = this.status;
    status.textContent = '';
    const slotNames = [...new Set(finding.rewrites.flatMap(slotsIn))];
    const slotBox = el('div', 'slots');
    const buttons: [HTMLButtonElement, string][] = [];
    const refresh = () => {
      for (const [button, template] of buttons) {
        const text = fillRewrite(template, this.slots, this.current?.capitalize);
        button.textContent = text;
        button.setAttribute('aria-label', `${copyOnly ? 'Copy' : 'Use'}: ${text}`);
      }
    };
    for (const template of finding.rewrites) {
      const button = el('button', 'rewrite') as HTMLButtonElement;
      button.type = 'button';
      button.addEventListener('click', () => void this.choose(template, status, slotBox));
      buttons.push([button, template]);
      rewrites.append(button);
    }
    for (const name of slotNames) {
      const label = el('label', 'slot');
      const caption = el('span', '', SLOT_LABELS[name] ?? name);
      const input = document.createElement('input');
      input.type = 'text';
      input.name = name;
      input.value = this.slots[name] ?? '';
      input.placeholder = SLOTS[name as keyof typeof SLOTS] ?? '';
      input.addEventListener('input', () => {
        this.slots[name] = input.value;
        refresh();
      });
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void this.choose(finding.rewrites[0]!, status, slotBox);
        }
      });
      label.append(caption, input);
      slotBox.append(label);
    }
    refresh();

    const actions = el('div', 'actions');
    actions.append(
      button('Dismiss', 'Hide this occurrence', () => {
        this.actions.dismiss(finding);
      }),
      button('Ignore', `Stop flagging “${finding.text}”`, () => {
        this.actions.ignore(finding);
      }),
    );
    if (this.actions.openWriteUp) {
      const open = this.actions.openWriteUp.bind(this.actions);
      actions.append(button('Open write-up', 'Open the four-part write-up in the side panel', open));
    }
    const nav = el('div', 'nav');
    const counter = el('span', 'counter', `${position.index + 1} of ${position.total}`);
    nav.append(
      button('‹', 'Previous phrase (Alt+Shift+K)', () => this.actions.move(-1), 'Previous phrase'),
      counter,
      button('›', 'Next phrase (Alt+Shift+J)', () => this.actions.move(1), 'Next phrase'),
      button('×', 'Close (Escape)', () => this.close(), 'Close'),
    );
    const hint = copyOnly ? el('p', 'hint', copyOnly) : null;
    d.replaceChildren(...[heading, why, rewrites, slotNames.length ? slotBox : null, hint, status, actions, nav].filter((n): n is HTMLElement => n !== null));
  }

  private async choose(template: string, status: HTMLElement, slotBox: HTMLElement) {
    const context = this.current;
    if (!context) return;
    const missing = missingSlots(template, this.slots);
    if (missing.length) {
      status.textContent = `Fill in ${missing.map((m) => (SLOT_LABELS[m] ?? m).toLowerCase()).join(' and ')} first.`;
      slotBox.querySelector<HTMLInputElement>(`input[name="${missing[0]}"]`)?.focus();
      return;
    }
    const text = fillRewrite(template, this.slots, context.capitalize);
    if (context.copyOnly || !this.actions.apply) {
      const copied = await copy(text);
      status.textContent = copied ? `Copied “${text}”.` : 'Could not copy: select the text and copy it by hand.';
      return;
    }
    const problem = await this.actions.apply(context.finding, text);
    if (problem) status.textContent = problem;
  }

  private place(anchor: DOMRect) {
    const width = Math.min(360, window.innerWidth - 16);
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
    const below = anchor.bottom + 6;
    const height = this.dialog.offsetHeight || 220;
    const fits = below + height <= window.innerHeight || anchor.top - height - 6 <= 0;
    // Keep the card on screen even when its phrase has scrolled out of view.
    const top = Math.max(8, Math.min(fits ? below : anchor.top - height - 6, window.innerHeight - height - 8));
    this.host.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    this.dialog.style.width = `${width}px`;
  }
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A button named by its text, or by `label` when its text is a symbol; `title` explains it. */
function button(text: string, title: string, onClick: () => void, label?: string): HTMLButtonElement {
  const b = el('button', 'action', text) as HTMLButtonElement;
  b.type = 'button';
  b.title = title;
  if (label) b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
