// The suggestion card: a non-modal dialog in its own open shadow root, showing
// the phrase, why it reads as internal, and rewrites that fit its sentence, as
// finished text: blanks prefilled from the ticket, a sentence rewrite previewed
// before it is applied, and plain words when nothing fits in place.
import type { Finding } from '../core/types';
import { slotsIn } from '../core/slots';
import {
  BLANK_LABELS,
  fillRewrite,
  finishSentence,
  missingSlots,
  type CardSuggestions,
  type SlotValues,
} from '../core/rewrite';
import { CARD_CSS } from './styles';

/** A range of the field's text to replace, with the text it held when checked. */
export interface Target {
  start: number;
  end: number;
  text: string;
}

export interface CardActions {
  /** Replaces a range; resolves to a message to show when it could not. */
  apply?(target: Target, replacement: string): Promise<string | null>;
  dismiss(finding: Finding): void;
  ignore(finding: Finding): void;
  move(step: 1 | -1): void;
  openWriteUp?(): void;
  /** "Add to phrase map": the page's selection, else the phrase, into the personal layer; resolves to what to say of it. */
  addToMap?(finding: Finding): Promise<string>;
  /** The user typed in a blank: remember it for this ticket. */
  remember(slots: SlotValues): void;
  closed(): void;
}

export interface CardContext {
  finding: Finding;
  /** Why the phrase reads as internal; empty when it could not be had. */
  why: string;
  /** The field's text the finding was found in. */
  text: string;
  /** What fits here; null when it could not be prepared. */
  offer: CardSuggestions | null;
  /** "2 of 5" in the field. */
  position: { index: number; total: number };
  anchor: DOMRect;
  /** Move focus into the card (keyboard users). */
  focus: boolean;
  /** Why applying is not possible here, e.g. read mode: rewrites are copied instead. */
  copyOnly?: string;
  /** A plain text box: a line added at the top is followed by a blank line. */
  plain: boolean;
}

const SLOT_LABELS: Record<string, string> = {
  action: 'Customer action',
  moment: 'When (optional)',
  who: 'Who feels it',
  number: 'Number',
};

/** The order the blanks are asked in: who, what they do, when, how many. */
const SLOT_ORDER = ['who', 'action', 'moment', 'number'];
const slotRank = (name: string) => (SLOT_ORDER.includes(name) ? SLOT_ORDER.indexOf(name) : SLOT_ORDER.length);

const SLOT_HINTS: Record<string, string> = {
  action: 'a plain verb, e.g. sign in, check out, export a report',
  moment: 'e.g. during live demos',
  who: 'e.g. trial users',
  number: 'e.g. 3 in 100',
};

/** A rewrite button and how to fill it again when a blank changes. */
interface Choice {
  button: HTMLButtonElement;
  label: HTMLElement;
  preview: HTMLElement;
  template: string;
  capitalize: boolean;
  before: string;
  after: string;
  target: Target;
}

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

  /** Focus goes to what the card offers first (a rewrite, or the title rewrite where it leads), else to its first control. */
  focus() {
    const d = this.dialog;
    (
      d.querySelector<HTMLElement>('[data-offered-first]') ??
      d.querySelector<HTMLElement>('button.rewrite') ??
      d.querySelector<HTMLElement>('button.primary') ??
      d.querySelector<HTMLElement>('button, input')
    )?.focus();
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
    this.slots = { ...(context.offer?.slots ?? {}) };
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

  private render(context: CardContext) {
    const { finding, position, copyOnly, offer } = context;
    const reason = context.why;
    const d = this.dialog;
    d.setAttribute('aria-label', `Rewrite “${finding.text}”`);
    // A reason the background could not give is left out, not shown empty.
    if (reason) d.setAttribute('aria-describedby', 'ct-why');
    else d.removeAttribute('aria-describedby');
    const heading = el('p', 'phrase', `“${finding.text}”`);
    heading.append(' ', el('span', 'category', finding.category));
    const why = el('p', 'why', reason);
    why.id = 'ct-why';
    this.status.textContent = offer ? '' : 'The rewrites could not be prepared here. Reload the page to try again.';

    const choices: Choice[] = [];
    const rewrites = el('div', 'rewrites');
    rewrites.setAttribute('role', 'group');
    rewrites.setAttribute('aria-label', copyOnly ? 'Rewrites to copy' : 'Rewrites');
    // Rewrites waiting for the customer action show with their blank until it is typed.
    for (const s of [...(offer?.suggestions ?? []), ...(offer?.awaiting ?? [])]) {
      const choice = this.choiceButton(s.template, s.capitalize, s.before, s.after, {
        start: s.start,
        end: s.end,
        text: context.text.slice(s.start, s.end),
      });
      choices.push(choice);
      rewrites.append(choice.button);
    }

    const sentence = offer?.sentenceRewrite ?? null;
    let sentenceBox: HTMLElement | null = null;
    let refreshSentence = () => {};
    if (sentence) {
      sentenceBox = el('section', 'sentence');
      sentenceBox.setAttribute('aria-label', sentence.isTitle ? 'Rewrite the title' : 'Rewrite the sentence');
      const title = el('p', 'section-title', sentence.isTitle ? 'Rewrite the title' : 'Rewrite the sentence');
      const preview = el('p', 'preview');
      preview.setAttribute('aria-live', 'polite');
      const keep = document.createElement('input');
      keep.type = 'checkbox';
      keep.checked = !sentence.isTitle;
      const keepLabel = el('label', 'keep');
      keepLabel.append(keep, ' Keep the technical detail after it');
      const applyLabel = copyOnly
        ? 'Copy the new sentence'
        : sentence.isTitle
          ? 'Apply to the title'
          : 'Apply to the sentence';
      // The sentence as it will read: what the preview shows is what Apply writes.
      const newSentence = () =>
        finishSentence(sentence.template, this.slots, sentence.isTitle, keep.checked ? sentence.detail : '');
      const apply = button(applyLabel, 'Replace the whole sentence; Ctrl+Z brings the original back', () => {
        void this.use(sentence.template, newSentence(), {
          start: sentence.start,
          end: sentence.end,
          text: sentence.sentenceBefore,
        });
      });
      apply.classList.add('primary');
      refreshSentence = () => {
        preview.textContent = newSentence();
      };
      keep.addEventListener('change', refreshSentence);
      sentenceBox.append(title, preview, ...(sentence.isTitle ? [] : [keepLabel]), apply);
    }

    let fitsBox: HTMLElement | null = null;
    let refreshLine = () => {};
    if (offer?.nothingFits) {
      fitsBox = el('section', 'nothing-fits');
      fitsBox.append(
        el(
          'p',
          'hint',
          `${offer.nothingFits} ${sentence ? 'Rewrite the sentence instead' : 'Say what customers notice in the write-up'}${offer.customerLine && !copyOnly ? ', or add a customer line at the top of the ticket.' : '.'}`,
        ),
      );
      const line = offer.customerLine;
      if (line && !copyOnly && this.actions.apply) {
        const preview = el('p', 'preview');
        refreshLine = () => {
          preview.textContent = fillRewrite(line, this.slots, true);
        };
        const add = button(
          'Add customer line at the top',
          'Adds the line before the first paragraph; Ctrl+Z removes it',
          () => {
            const text = fillRewrite(line, this.slots, true) + (context.plain ? '\n\n' : ' ');
            void this.use(line, text, { start: 0, end: 0, text: '' });
          },
        );
        fitsBox.append(preview, add);
      }
    }

    // A plainer word for the work ("Update" for "Bump") leaves a title as internal as it was: the
    // title in customer terms comes first, and the plainer word says what it is.
    const plainerNote = offer?.plainerOnly ? el('p', 'hint', offer.plainerOnly) : null;
    if (plainerNote) {
      plainerNote.id = 'ct-plainer';
      rewrites.setAttribute('aria-describedby', plainerNote.id);
    }
    const sentenceFirst = !!(plainerNote && sentenceBox);
    if (sentenceFirst) sentenceBox?.querySelector('button.primary')?.setAttribute('data-offered-first', '');

    const refresh = () => {
      for (const c of choices) {
        const text = fillRewrite(c.template, this.slots, c.capitalize);
        c.label.textContent = text;
        c.preview.textContent = `${c.before}${text}${c.after}`;
        // A rewrite of the whole sentence needs no second line saying the same.
        c.preview.hidden = c.preview.textContent.trim() === text.trim();
        const missing = missingSlots(c.template, this.slots);
        c.button.setAttribute(
          'aria-label',
          `${copyOnly ? 'Copy' : 'Use'}: ${text}${missing.length ? ` (fill in ${missing.map((m) => BLANK_LABELS[m as keyof typeof BLANK_LABELS] ?? m).join(' and ')} first)` : ''}`,
        );
      }
      refreshSentence();
      refreshLine();
    };

    const templates = [
      ...choices.map((c) => c.template),
      sentence?.template ?? '',
      offer?.customerLine && fitsBox?.querySelector('button') ? offer.customerLine : '',
    ];
    // Always in the same order, whichever rewrite names them first.
    const slotNames = [...new Set(templates.flatMap(slotsIn))].sort((a, b) => slotRank(a) - slotRank(b));
    const slotBox = el('div', 'slots');
    for (const name of slotNames) {
      const label = el('label', 'slot');
      const input = document.createElement('input');
      input.type = 'text';
      input.name = name;
      input.value = this.slots[name] ?? '';
      input.placeholder = SLOT_HINTS[name] ?? '';
      input.addEventListener('input', () => {
        this.slots[name] = input.value;
        this.actions.remember({ [name]: input.value });
        refresh();
      });
      input.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        const ready = choices.find((c) => missingSlots(c.template, this.slots).length === 0) ?? choices[0];
        const applySentence = sentenceBox?.querySelector<HTMLButtonElement>('button.primary');
        if (applySentence && (sentenceFirst || !ready)) applySentence.click();
        else ready?.button.click();
      });
      label.append(el('span', '', SLOT_LABELS[name] ?? name), input);
      slotBox.append(label);
    }
    refresh();

    const actions = el('div', 'actions');
    actions.append(
      button('Dismiss', 'Hide this occurrence', () => this.actions.dismiss(finding)),
      button('Ignore', `Stop flagging “${finding.text}”`, () => this.actions.ignore(finding)),
    );
    if (this.actions.openWriteUp) {
      actions.append(
        button(
          'Open write-up',
          'Open the four-part write-up in the side panel',
          this.actions.openWriteUp.bind(this.actions),
        ),
      );
    }
    if (this.actions.addToMap) {
      const add = button(
        'Add to phrase map',
        'Add the selected words (or this phrase) to your phrase map, and open it in the settings',
        () => void this.addToMap(finding, add),
      );
      actions.append(add);
    }
    const nav = el('div', 'nav');
    nav.append(
      button('‹', 'Previous phrase (Alt+Shift+K)', () => this.actions.move(-1), 'Previous phrase'),
      el('span', 'counter', `${position.index + 1} of ${position.total}`),
      button('›', 'Next phrase (Alt+Shift+J)', () => this.actions.move(1), 'Next phrase'),
      button('×', 'Close (Escape)', () => this.close(), 'Close'),
    );
    // Why a rewrite is copied, not applied: only said when there is one to copy.
    const hint = copyOnly && (choices.length || sentenceBox) ? el('p', 'hint', copyOnly) : null;
    // Dismiss, Ignore and moving on stay near the top, so a long offer never pushes them off screen.
    const parts = [
      heading,
      reason ? why : null,
      actions,
      ...(sentenceFirst
        ? [slotNames.length ? slotBox : null, sentenceBox, rewrites, plainerNote]
        : [choices.length ? rewrites : null, plainerNote, slotNames.length ? slotBox : null, sentenceBox]),
      fitsBox,
      hint,
      this.status,
      nav,
    ];
    d.replaceChildren(...parts.filter((n): n is HTMLElement => n !== null));
  }

  private choiceButton(template: string, capitalize: boolean, before: string, after: string, target: Target): Choice {
    const b = el('button', 'rewrite') as HTMLButtonElement;
    b.type = 'button';
    const label = el('span', 'rewrite-text');
    const preview = el('span', 'rewrite-in');
    preview.setAttribute('aria-hidden', 'true');
    b.append(label, preview);
    // Where it lands, for tests and for assistive tools that read data attributes.
    b.dataset.start = String(target.start);
    b.dataset.end = String(target.end);
    const choice: Choice = { button: b, label, preview, template, capitalize, before, after, target };
    b.addEventListener('click', () => void this.use(template, fillRewrite(template, this.slots, capitalize), target));
    return choice;
  }

  /** Says how "Add to phrase map" went, unless the card has moved on to another phrase meanwhile. */
  private async addToMap(finding: Finding, control: HTMLButtonElement) {
    const context = this.current;
    if (!context || !this.actions.addToMap || control.getAttribute('aria-disabled') === 'true') return;
    // One add at a time: a second click would open a second settings tab.
    control.setAttribute('aria-disabled', 'true');
    this.status.textContent = 'Adding it to your phrase map…';
    try {
      const said = await this.actions.addToMap(finding);
      if (this.current === context) this.status.textContent = said;
    } finally {
      control.removeAttribute('aria-disabled');
    }
  }

  /** Applies (or copies) finished text; a blank still empty is asked for first. */
  private async use(template: string, text: string, target: Target) {
    const context = this.current;
    if (!context) return;
    const missing = missingSlots(template, this.slots);
    if (missing.length) {
      this.status.textContent = `Fill in ${missing.map((m) => (SLOT_LABELS[m] ?? m).toLowerCase()).join(' and ')} first.`;
      this.dialog.querySelector<HTMLInputElement>(`input[name="${missing[0]}"]`)?.focus();
      return;
    }
    if (context.copyOnly || !this.actions.apply) {
      const copied = await copy(text.trim());
      this.status.textContent = copied
        ? `Copied “${text.trim()}”.`
        : 'Could not copy: select the text and copy it by hand.';
      return;
    }
    const problem = await this.actions.apply(target, text);
    if (problem) this.status.textContent = problem;
  }

  private place(anchor: DOMRect) {
    const width = Math.min(360, window.innerWidth - 16);
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
    const below = anchor.bottom + 6;
    // The width first: the height it is measured at depends on it.
    this.dialog.style.width = `${width}px`;
    this.dialog.style.maxHeight = '';
    const height = this.dialog.offsetHeight || 220;
    const roomBelow = window.innerHeight - 8 - below;
    const roomAbove = anchor.top - 6 - 8;
    let top: number;
    if (height <= roomBelow) top = below;
    else if (height <= roomAbove) top = anchor.top - 6 - height;
    else if (Math.max(roomBelow, roomAbove) >= MIN_CARD_HEIGHT) {
      // Too tall for either side: it scrolls within the larger one rather than cover its phrase.
      const room = Math.max(roomBelow, roomAbove);
      this.dialog.style.maxHeight = `${room}px`;
      top = roomBelow >= roomAbove ? below : anchor.top - 6 - room;
    } else {
      // The phrase is off screen or the window is tiny: keep the card on screen.
      top = Math.max(8, Math.min(below, window.innerHeight - height - 8));
    }
    this.host.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }
}

/** The least height a card is given beside its phrase before it may cover it instead. */
const MIN_CARD_HEIGHT = 240;

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
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
