// The in-page experience on one tracker page: finds the fields the tracker
// adapter names, keeps them checked as they appear, change and disappear, and
// drives the suggestion card. Cleans everything up on stop().
import { analyzeWith, phraseKey } from '../core/analyze';
import type { CompiledMap } from '../core/phrase-map/compiled';
import type { Finding } from '../core/types';
import { findingStillHolds, startsSentence } from '../core/rewrite';
import type { Settings } from '../storage';
import type { FieldSpec, TrackerAdapter } from '../trackers';
import { SuggestionCard } from './card';
import { Counts } from './counts';
import { DomField } from './dom-field';
import type { Field, FieldHost } from './field';
import { guard, report } from './guard';
import { HighlightLayer } from './highlights';
import { createLayer, type Layer } from './layer';
import { PlainField } from './plain-field';
import { LAYER_CSS } from './styles';

export interface SessionOptions {
  tracker: TrackerAdapter;
  map: CompiledMap;
  ignored: readonly string[];
  settings: Settings;
  /** The page's total of flagged phrases changed. */
  onTotal(total: number): void;
  /** Persist "Ignore" for a phrase key. */
  onIgnore(key: string): void;
  openWriteUp?(): void;
}

/** Text past this many characters in one field is not checked (a clear note says so). */
const MAX_CHARS = 200_000;
const SCAN_DELAY_MS = 80;
/**
 * How long checking read-only text may hold the main thread: briefly while the
 * page starts, then in slices short enough that input is never held up for long.
 */
const FIRST_SLICE_MS = 10;
const SLICE_MS = 40;

export class PageSession implements FieldHost {
  readonly maxChars = MAX_CHARS;
  private readonly fields = new Map<HTMLElement, Field>();
  private readonly layer: Layer;
  private readonly highlights = new HighlightLayer();
  private readonly counts: Counts;
  private readonly card: SuggestionCard;
  private readonly abort = new AbortController();
  private readonly bodyObserver: MutationObserver;
  private readonly resizeObserver: ResizeObserver;
  private ignored: Set<string>;
  private active: { field: Field; finding: Finding } | null = null;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private layoutFrame = 0;
  private lastTotal = -1;
  private pending: Field[] = [];

  constructor(private options: SessionOptions) {
    this.ignored = new Set(options.ignored);
    this.layer = createLayer(LAYER_CSS);
    this.counts = new Counts(this.layer);
    this.card = new SuggestionCard({
      apply: (finding, text) => this.apply(finding, text),
      dismiss: guard((finding: Finding) => this.dismiss(finding)),
      ignore: guard((finding: Finding) => this.ignore(finding)),
      move: guard((step: 1 | -1) => this.move(step)),
      openWriteUp: options.openWriteUp,
      closed: guard(() => this.clearActive()),
    });
    this.bodyObserver = new MutationObserver(guard(() => this.scheduleScan()));
    this.resizeObserver = new ResizeObserver(guard(() => this.scheduleLayout()));
    const on = { signal: this.abort.signal, capture: true, passive: true };
    window.addEventListener('resize', guard(() => this.scheduleLayout()), on);
    document.addEventListener('scroll', guard(() => this.scheduleLayout()), on);
    document.addEventListener('click', guard((e: MouseEvent) => this.onClick(e)), on);
    document.addEventListener('keydown', guard((e: KeyboardEvent) => this.onKey(e)), { signal: this.abort.signal, capture: true });
  }

  start() {
    const began = performance.now();
    this.bodyObserver.observe(document.body, { childList: true, subtree: true });
    this.resizeObserver.observe(document.body);
    this.scan();
    // A user-timing entry, so the benchmark (and anyone in devtools) can see what the first check cost.
    performance.measure('customer-terms:first-scan', { start: began, end: performance.now() });
  }

  /** Finds new fields and drops the ones that left the page. */
  scan() {
    clearTimeout(this.scanTimer);
    this.applyTheme();
    const onTicket = this.options.tracker.isTicketPage(new URL(location.href));
    const found = new Map<HTMLElement, FieldSpec>();
    if (onTicket) {
      for (const spec of this.options.tracker.fields) {
        if (spec.kind === 'rendered' && !this.options.settings.highlightWhileReading) continue;
        for (const el of document.querySelectorAll<HTMLElement>(spec.selector)) if (!found.has(el)) found.set(el, spec);
      }
    }
    // A field inside another (nested markdown bodies) is read as part of the outer one.
    for (const el of found.keys()) if (hasAncestorIn(el, found)) found.delete(el);
    for (const [el, field] of this.fields) if (!found.has(el) || !el.isConnected) this.detach(el, field);
    for (const [el, spec] of found) if (!this.fields.has(el)) this.attach(el, spec);
    this.checkPending();
    this.updateTotal();
  }

  setIgnored(keys: readonly string[]) {
    this.ignored = new Set(keys);
    this.refreshAll();
  }

  setSettings(settings: Settings) {
    this.options = { ...this.options, settings };
    for (const [el, field] of this.fields) if (!field.editable && !settings.highlightWhileReading) this.detach(el, field);
    this.scan();
  }

  setMap(map: CompiledMap) {
    this.options = { ...this.options, map };
    this.refreshAll();
  }

  /** Page navigated: close the card, then follow the new page's fields. */
  navigated() {
    this.card.close({ restoreFocus: false });
    this.scan();
  }

  stop() {
    clearTimeout(this.scanTimer);
    this.pending = [];
    cancelAnimationFrame(this.layoutFrame);
    this.abort.abort();
    this.bodyObserver.disconnect();
    this.resizeObserver.disconnect();
    this.card.dispose();
    for (const [el, field] of this.fields) this.detach(el, field);
    this.highlights.dispose();
    this.layer.dispose();
    this.options.onTotal(0);
  }

  // FieldHost
  analyze(text: string) {
    return analyzeWith(this.options.map, text, { ignore: this.ignored });
  }

  changed(field: Field) {
    this.counts.update(field);
    this.scheduleLayout();
    this.updateTotal();
  }

  activate(field: Field, finding: Finding, how: 'pointer' | 'keyboard') {
    this.openCard(field, finding, how === 'keyboard');
  }

  private attach(el: HTMLElement, spec: FieldSpec) {
    try {
      const field =
        spec.kind === 'plain' && (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)
          ? new PlainField(el, spec, this, this.layer)
          : new DomField(el, spec, this, this.highlights, this.options.tracker.skip);
      this.fields.set(el, field);
      this.resizeObserver.observe(el);
      // Editors are checked at once; read-only text in slices, so a long thread never blocks the page.
      if (field.editable) field.refresh();
      else this.pending.push(field);
    } catch (error) {
      report(error);
    }
  }

  private detach(el: HTMLElement, field: Field) {
    if (this.active?.field === field) this.card.close({ restoreFocus: false });
    field.dispose();
    this.counts.remove(field);
    this.resizeObserver.unobserve(el);
    this.fields.delete(el);
  }

  /** Checks waiting read-only fields, in page order, for a few milliseconds at a time. */
  private checkPending(budget = FIRST_SLICE_MS) {
    const until = performance.now() + budget;
    while (this.pending.length && performance.now() < until) {
      const field = this.pending.shift()!;
      if (this.fields.get(field.el) === field) guard(() => field.refresh())();
    }
    if (this.pending.length) yieldThen(() => this.checkPending(SLICE_MS));
  }

  private refreshAll() {
    for (const field of this.fields.values()) guard(() => field.refresh())();
  }

  private scheduleScan() {
    clearTimeout(this.scanTimer);
    this.scanTimer = setTimeout(guard(() => this.scan()), SCAN_DELAY_MS);
  }

  private scheduleLayout() {
    if (this.layoutFrame) return;
    this.layoutFrame = requestAnimationFrame(
      guard(() => {
        this.layoutFrame = 0;
        for (const field of this.fields.values()) if (field.editable) field.place();
        this.counts.layout();
      }),
    );
  }

  private updateTotal() {
    let total = 0;
    for (const field of this.fields.values()) total += field.findings.length;
    if (total === this.lastTotal) return;
    this.lastTotal = total;
    this.options.onTotal(total);
  }

  private applyTheme() {
    const mode = document.documentElement.getAttribute('data-color-mode');
    const theme = mode === 'dark' || mode === 'light' ? mode : '';
    if (theme) this.layer.host.dataset.theme = theme;
    else delete this.layer.host.dataset.theme;
    this.card.setTheme(theme);
  }

  /** Every finding on the page in reading order, for moving between phrases. */
  private ordered(): { field: Field; finding: Finding }[] {
    const fields = [...this.fields.values()].sort((a, b) =>
      a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    return fields.flatMap((field) => field.findings.map((finding) => ({ field, finding })));
  }

  private openCard(field: Field, finding: Finding, focus: boolean) {
    const anchor = field.rectOf(finding);
    if (!anchor) return;
    const all = this.ordered();
    const index = all.findIndex((item) => item.field === field && item.finding.start === finding.start);
    this.clearActive();
    this.active = { field, finding };
    if (field instanceof PlainField) field.setActive(finding.start);
    else if (field instanceof DomField) this.highlights.setActive(field.rangeOf(finding));
    this.card.open({
      finding,
      position: { index: Math.max(0, index), total: all.length },
      anchor,
      focus,
      capitalize: startsSentence(field.analysedText, finding),
      copyOnly: field.editable
        ? (field.cannotReplace(finding) ?? undefined)
        : 'This text is not being edited, so a rewrite is copied for you to paste.',
    });
  }

  private clearActive() {
    if (this.active?.field instanceof PlainField) this.active.field.setActive(-1);
    this.highlights.setActive(null);
    this.active = null;
  }

  private async apply(finding: Finding, text: string): Promise<string | null> {
    const field = this.active?.field;
    if (!field) return null;
    try {
      if (!field.isCurrent() || !findingStillHolds(field.read(), finding)) {
        field.refresh();
        const moved = field.findings
          .filter((f) => f.text === finding.text)
          .sort((a, b) => Math.abs(a.start - finding.start) - Math.abs(b.start - finding.start))[0];
        if (!moved) {
          this.card.close();
          return null;
        }
        this.openCard(field, moved, true);
        return 'The text changed since it was checked. This is the phrase as it stands now: choose again.';
      }
      if (!field.replace(finding, text)) return 'The editor did not accept the change, and nothing was changed. Copy the rewrite and paste it instead.';
      this.card.close({ restoreFocus: false });
      field.refresh();
      return null;
    } catch (error) {
      report(error);
      return 'Something went wrong, and nothing was changed.';
    }
  }

  private dismiss(finding: Finding) {
    const field = this.active?.field;
    this.card.close();
    field?.dismiss(finding);
  }

  private ignore(finding: Finding) {
    const key = phraseKey(finding.text);
    this.card.close();
    this.ignored.add(key);
    this.options.onIgnore(key);
    this.refreshAll();
  }

  private move(step: 1 | -1) {
    const all = this.ordered();
    if (!all.length) return this.card.close();
    const current = this.active;
    const index = current ? all.findIndex((i) => i.field === current.field && i.finding.start === current.finding.start) : -1;
    const at = index === -1 ? (step > 0 ? 0 : all.length - 1) : (index + step + all.length) % all.length;
    const next = all[at]!;
    next.field.el.scrollIntoView?.({ block: 'nearest' });
    this.openCard(next.field, next.finding, true);
  }

  private onClick(event: MouseEvent) {
    if (event.button !== 0 || this.card.contains(event.target as Node)) return;
    const target = event.target as Element | null;
    if (!target || target.closest('a, button, input, textarea, [contenteditable="true"]')) return;
    const position = caretAt(event.clientX, event.clientY);
    if (!position) return;
    for (const field of this.fields.values()) {
      if (field.editable || !(field instanceof DomField) || !field.el.contains(position.node)) continue;
      const offset = field.offsetAt(position.node, position.offset);
      const finding = offset === -1 ? undefined : field.findingAt(offset);
      if (finding) this.openCard(field, finding, false);
      return;
    }
    if (this.card.isOpen) this.card.close({ restoreFocus: false });
  }

  /** Alt+Shift+J: the phrase at the caret, or the next one; Alt+Shift+K: the previous one. */
  private onKey(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.card.isOpen) {
      event.preventDefault();
      event.stopPropagation();
      return this.card.close();
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const step = event.code === 'KeyJ' ? 1 : event.code === 'KeyK' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    event.stopPropagation();
    if (this.card.isOpen) return this.move(step);
    const field = [...this.fields.values()].find((f) => f.editable && f.el.contains(document.activeElement));
    const caret = field?.caret();
    if (field && caret !== null && caret !== undefined && field.isCurrent()) {
      const here = field.findingAt(caret);
      const next = here ?? (step > 0 ? field.findings.find((f) => f.start >= caret) : [...field.findings].reverse().find((f) => f.end <= caret));
      if (next) return this.openCard(field, next, true);
    }
    this.move(step);
  }
}

/** Runs `next` as a new task right away: lets the page handle input, without setTimeout's clamping. */
function yieldThen(next: () => void) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    next();
  };
  channel.port2.postMessage(null);
}

function hasAncestorIn(el: HTMLElement, set: { has(e: HTMLElement): boolean }): boolean {
  for (let parent = el.parentElement; parent; parent = parent.parentElement) if (set.has(parent)) return true;
  return false;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
