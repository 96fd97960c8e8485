// The in-page experience on one tracker page: owns the page's field registry (the
// fields the tracker adapter names, which the side panel bridge reads too) and keeps
// them checked as they appear, change and disappear; the suggestion card is driven
// by CardControl. Cleans everything up on stop().
import { analyzeWith, isIgnored } from '../core/analyze';
import type { CardSuggestions, SlotValues } from '../core/rewrite';
import type { AddedEntry, SuggestRequest } from '../messages';
import { readTicket } from './ticket-read';
import type { CompiledMap } from '../core/phrase-map/compiled';
import type { Finding } from '../core/types';
import type { Settings } from '../storage';
import type { FieldSpec, TrackerAdapter } from '../trackers';
import { CardControl } from './card-control';
import { Counts } from './counts';
import { DomField } from './dom-field';
import type { Field, FieldHost } from './field';
import { guard, report } from './guard';
import { HighlightLayer, isNear, nearBand } from './highlights';
import { createLayer, type Layer } from './layer';
import { ListRows } from './list-rows';
import { PlainField } from './plain-field';
import { type AskReasons, Reasons } from './reasons';
import { FieldRegistry } from './registry';
import { RowField, rowTicketKey } from './row-field';
import { LAYER_CSS } from './styles';

export interface SessionOptions {
  tracker: TrackerAdapter;
  /** The page's field list, kept by the session while it runs; the side panel bridge reads it too. */
  registry?: FieldRegistry;
  map: CompiledMap;
  ignored: readonly string[];
  settings: Settings;
  /** The page's total of flagged phrases changed. */
  onTotal(total: number): void;
  /** Persist "Ignore" for a phrase key. */
  onIgnore(key: string): void;
  openWriteUp?(): void;
  /** What the card offers for a finding (asked of the background). */
  suggest?(request: SuggestRequest): Promise<CardSuggestions | null>;
  /** Every built-in entry's reason by id, asked once (the built-in map reaches pages without them). */
  reasons?: AskReasons;
  /** Blanks typed in the card, kept per ticket. */
  remember?(ticketKey: string, slots: SlotValues): void;
  /** "Add to phrase map" on the card (see CardHost.addToMap). */
  addToMap?(phrase: string, entryId?: string): Promise<AddedEntry | null>;
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
/** On a list, how long the first slice may take in all (rows near the window first, then the rest). */
const LIST_FIRST_SLICE_MS = 30;
/**
 * While read-only text is being checked, highlights are painted at once when it is all done,
 * or every this many milliseconds on a very long page (the fields near the window come first).
 */
const PAINT_EVERY_MS = 250;

const boxKey = (box: { inlineSize: number; blockSize: number }) => `${box.inlineSize}x${box.blockSize}`;

export class PageSession implements FieldHost {
  readonly maxChars = MAX_CHARS;
  /** Every field on the page, with its role; the side panel bridge reads it and hears of changes. */
  readonly registry: FieldRegistry;
  /** The fields being checked: the registry's, less rendered text when reading highlights are off. */
  private readonly fields = new Map<HTMLElement, Field>();
  private readonly layer: Layer;
  private readonly highlights = new HighlightLayer();
  private readonly counts: Counts;
  /** Markers, summary and filter for list rows (issue lists, backlogs, boards). */
  private readonly rows: ListRows;
  private readonly cards: CardControl;
  private readonly abort = new AbortController();
  private readonly bodyObserver: MutationObserver;
  private readonly resizeObserver: ResizeObserver;
  private ignored: Set<string>;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private layoutFrame = 0;
  /** The size of the body and of each editor at the last layout (see the ResizeObserver). */
  private readonly laidOutBoxes = new WeakMap<Element, string>();
  private lastTotal = -1;
  private totalQueued = false;
  /** Each checked field's number of findings, and their sum: kept as fields change, not summed each time. */
  private readonly counted = new Map<Field, number>();
  private total = 0;
  /** Read-only fields waiting to be checked, those near the window first (the first `nearPending`). */
  private pending: Field[] = [];
  private nearPending = 0;
  /** When highlights started waiting for the end of a check of read-only text (see PAINT_EVERY_MS), or 0. */
  private heldSince = 0;
  /** Fields checked while highlights wait, whose chips and markers are shown with them. */
  private readonly unshown = new Set<Field>();
  /** List rows the page changed (a virtual list reusing them), checked again in the next frame. */
  private readonly changedRows = new Set<RowField>();
  private rowCount = 0;

  constructor(private options: SessionOptions) {
    this.ignored = new Set(options.ignored);
    this.registry = options.registry ?? new FieldRegistry(options.tracker);
    this.layer = createLayer(LAYER_CSS);
    this.counts = new Counts(this.layer);
    const reasons = new Reasons(options.reasons);
    this.rows = new ListRows(this.layer, {
      titleRewrite: (field) => this.titleRewrite(field),
      withReasons: (findings) => reasons.fill(findings),
    });
    this.cards = new CardControl({
      fields: () => this.fields.values(),
      highlights: this.highlights,
      ignore: (key) => this.ignore(key),
      openWriteUp: options.openWriteUp,
      suggest: (field, finding) => this.suggest(field, finding),
      reasonFor: (finding) => reasons.of(finding),
      addToMap: options.addToMap,
      remember: (slots) => {
        const key = readTicket(options.tracker, null, this.registry.fields)?.key;
        if (key) options.remember?.(key, slots);
      },
    });
    this.bodyObserver = new MutationObserver(
      guard((records: MutationRecord[]) => {
        if (this.rows.sweep()) this.scheduleLayout();
        if (this.rowCount) this.noteChangedRows(records);
        // Typing in an editor changes nothing but the editor, which watches itself: no new field can be there;
        // nor can text changed in place.
        if (records.every((record) => record.type === 'characterData' || this.insideEditor(record.target))) return;
        this.registry.invalidate();
        this.scheduleScan();
      }),
    );
    const resized = guard(() => {
      this.rows.resized();
      this.scheduleLayout();
    });
    // The body and each editor report their size once when first observed, and again whenever it
    // changes: a size our last layout already saw moves nothing (on a list, 500 rows measured again).
    const seen = (e: ResizeObserverEntry) => {
      const box = e.borderBoxSize?.[0];
      return box !== undefined && boxKey(box) === this.laidOutBoxes.get(e.target);
    };
    this.resizeObserver = new ResizeObserver(
      guard((entries: ResizeObserverEntry[]) => {
        if (!entries.every(seen)) resized();
      }),
    );
    const on = { signal: this.abort.signal, capture: true, passive: true };
    window.addEventListener('resize', resized, on);
    document.addEventListener(
      'scroll',
      guard((event: Event) => {
        this.rows.scrolled(event.target);
        this.scheduleLayout();
      }),
      on,
    );
    document.addEventListener(
      'click',
      guard((e: MouseEvent) => this.cards.onClick(e)),
      on,
    );
    document.addEventListener(
      'keydown',
      guard((e: KeyboardEvent) => this.cards.onKey(e)),
      { signal: this.abort.signal, capture: true },
    );
  }

  start() {
    const began = performance.now();
    this.registry.keep();
    // Text changed in place too: a list row's title rewritten by the page (React sets a text node's data).
    this.observeBody();
    this.resizeObserver.observe(document.body);
    this.scan();
    // A user-timing entry, so the benchmark (and anyone in devtools) can see what the first check cost.
    performance.measure('customer-terms:first-scan', { start: began, end: performance.now() });
  }

  /** Looks at the page's fields again: checks new ones and drops the ones that left the page. */
  scan() {
    clearTimeout(this.scanTimer);
    this.applyTheme();
    const reading = this.options.settings.highlightWhileReading;
    const found = new Map<HTMLElement, FieldSpec>();
    for (const { el, spec } of this.registry.update()) if (reading || spec.kind !== 'rendered') found.set(el, spec);
    for (const [el, field] of this.fields) if (!found.has(el) || !el.isConnected) this.detach(el, field);
    for (const [el, spec] of found) if (!this.fields.has(el)) this.attach(el, spec);
    // Pages also set a text box's value without an input event (a comment box cleared after posting).
    // (Editors are watched by their own MutationObserver; only plain boxes need this look.)
    for (const field of this.fields.values()) if (field instanceof PlainField && !field.isCurrent()) field.schedule();
    this.orderPending();
    const laidOut = this.checkPending();
    this.updateTotal();
    // The page changed: what we draw beside its fields may have to move.
    if (!this.heldSince && !laidOut) this.scheduleLayout();
  }

  setIgnored(keys: readonly string[]) {
    const next = new Set(keys);
    const more = [...this.ignored].every((key) => next.has(key));
    this.ignored = next;
    // More phrases ignored: what was found stays, less those; fewer: everything is checked again.
    if (more) this.dropIgnored();
    else this.refreshAll();
  }

  /** The phrase map changed (edited, imported, pushed by policy): check every field again. */
  setMap(map: CompiledMap) {
    this.options = { ...this.options, map };
    this.refreshAll();
  }

  setSettings(settings: Settings) {
    this.options = { ...this.options, settings };
    for (const [el, field] of this.fields)
      if (!field.editable && !settings.highlightWhileReading) this.detach(el, field);
    this.scan();
  }

  /** What fits a finding: the field's text and the ticket around it go to the background, which has the tagger. */
  private async suggest(field: Field, finding: Finding): Promise<CardSuggestions | null> {
    if (!this.options.suggest) return null;
    // A list row is its own ticket's title, not part of the page's ticket: what was remembered
    // for that ticket (the customer action named in its card or write-up) is what can fill a rewrite.
    const row = field.spec.role === 'list-row';
    const ticket = row ? null : readTicket(this.options.tracker, null, this.registry.fields);
    const key =
      (row ? rowTicketKey(this.options.tracker, field) : ticket?.key) ??
      `${this.options.tracker.id}:page:${location.host}${location.pathname}`;
    return this.options.suggest({
      text: field.analysedText,
      finding,
      ticket: {
        key,
        title: row ? field.analysedText : (ticket?.title ?? document.title),
        body: ticket?.description ?? '',
      },
      isTitle: row || field.spec.role === 'title',
    });
  }

  /** The one-sentence title rewrite for a list row (titles stay within 80 characters), or null. */
  private async titleRewrite(field: Field): Promise<string | null> {
    const first = field.findings[0];
    if (!first) return null;
    const offer = await this.suggest(field, first);
    return offer?.sentenceRewrite?.text ?? null;
  }

  /** Page navigated: close the card, then follow the new page's fields. */
  navigated() {
    this.cards.close();
    this.scan();
  }

  stop() {
    clearTimeout(this.scanTimer);
    this.pending = [];
    cancelAnimationFrame(this.layoutFrame);
    this.abort.abort();
    this.bodyObserver.disconnect();
    this.resizeObserver.disconnect();
    this.cards.dispose();
    this.nearPending = 0;
    this.heldSince = 0;
    this.unshown.clear();
    this.changedRows.clear();
    this.highlights.flush();
    for (const [el, field] of this.fields) this.detach(el, field);
    this.registry.release();
    this.highlights.dispose();
    this.rows.dispose();
    this.layer.dispose();
    this.options.onTotal(0);
  }

  // FieldHost
  analyze(text: string) {
    return analyzeWith(this.options.map, text, { ignore: this.ignored });
  }

  changed(field: Field) {
    this.count(field);
    // While highlights wait for the end of a check, so do the chips and markers beside them (an editor's never wait).
    if (this.heldSince && !field.editable) {
      this.unshown.add(field);
      return;
    }
    this.show(field);
    this.scheduleLayout();
    // Once per task: a slice checks hundreds of list rows, and each new total re-arms the badge's timer.
    if (!this.totalQueued) {
      this.totalQueued = true;
      queueMicrotask(() => {
        this.totalQueued = false;
        this.updateTotal();
      });
    }
  }

  private show(field: Field) {
    if (field.spec.role === 'list-row') this.rows.update(field);
    else this.counts.update(field);
  }

  /**
   * Paints what waited for the end of a check: the highlights, then the chips and markers. A list's
   * markers are placed at once, while the page's layout is still clean from finding its rows; a
   * frame later, measuring them would lengthen the frame that first shows them.
   */
  private showHeld(placeNow = false) {
    this.heldSince = 0;
    this.highlights.flush();
    for (const field of this.unshown) if (this.fields.get(field.el) === field) this.show(field);
    this.unshown.clear();
    if (placeNow) guard(() => this.layout())();
    else this.scheduleLayout();
    this.updateTotal();
  }

  activate(field: Field, finding: Finding, how: 'pointer' | 'keyboard') {
    this.cards.open(field, finding, how === 'keyboard');
  }

  private attach(el: HTMLElement, spec: FieldSpec) {
    try {
      const { skip } = this.options.tracker;
      const field =
        spec.kind === 'plain' && (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)
          ? new PlainField(el, spec, this, this.layer)
          : spec.role === 'list-row'
            ? new RowField(el, spec, this, this.highlights, skip)
            : new DomField(el, spec, this, this.highlights, skip);
      this.fields.set(el, field);
      if (field instanceof RowField && this.rowCount++ === 0) this.observeBody();
      // Editors resize as they are typed in. Read-only text (hundreds of comments, list rows) needs no
      // observer each: it moves with the page, laid out again on scroll, resize and page changes (scan).
      if (field.editable) this.resizeObserver.observe(el);
      // Editors are checked at once; read-only text in slices, so a long thread never blocks the page.
      if (field.editable) field.refresh();
      else this.pending.push(field);
    } catch (error) {
      report(error);
    }
  }

  /**
   * Text changed in place matters only for list rows: without rows, the page's text changes (every
   * key typed in an editor) make no record for the page observer at all.
   */
  private observeBody() {
    this.bodyObserver.observe(document.body, { childList: true, characterData: this.rowCount > 0, subtree: true });
  }

  private detach(el: HTMLElement, field: Field) {
    this.cards.forget(field);
    field.dispose();
    this.counts.remove(field);
    this.rows.remove(field);
    if (field instanceof RowField) {
      if (--this.rowCount === 0) this.observeBody();
      this.changedRows.delete(field);
    }
    this.resizeObserver.unobserve(el);
    this.fields.delete(el);
    this.unshown.delete(field);
    this.total -= this.counted.get(field) ?? 0;
    this.counted.delete(field);
  }

  private count(field: Field) {
    if (this.fields.get(field.el) !== field) return;
    const n = field.findings.length;
    this.total += n - (this.counted.get(field) ?? 0);
    this.counted.set(field, n);
  }

  /** Notes the list rows a burst of page changes touched; the next frame checks them again. */
  private noteChangedRows(records: readonly MutationRecord[]) {
    const seen = new Set<Node>();
    for (const record of records) {
      for (let node: Node | null = record.target; node && node !== document.body; node = node.parentNode) {
        if (seen.has(node)) break;
        seen.add(node);
        const field = this.fields.get(node as HTMLElement);
        if (!field) continue;
        if (field instanceof RowField) this.changedRows.add(field);
        break;
      }
    }
    if (this.changedRows.size) this.scheduleLayout();
  }

  /** Re-checks the rows the page changed, before they are laid out (their markers were hidden meanwhile). */
  private recheckRows() {
    const rows = [...this.changedRows];
    this.changedRows.clear();
    for (const field of rows)
      if (this.fields.get(field.el) === field && !field.isCurrent()) guard(() => field.refresh())();
  }

  /** Whether a node is inside an editor being checked (a text box or rich editor). */
  private insideEditor(node: Node): boolean {
    for (const field of this.fields.values()) if (field.editable && field.el.contains(node)) return true;
    return false;
  }

  /**
   * Checks waiting read-only fields, near the window first. Their highlights, chips and markers
   * wait and are painted together: the ones near the window as soon as those are checked, the
   * rest once all are (or every PAINT_EVERY_MS on a very long page). Each change to the
   * highlights repaints the page, so a thread checked in slices is painted twice, not once per slice.
   * True when everything was checked and laid out already (a list checked in one go).
   */
  private checkPending(budget = FIRST_SLICE_MS): boolean {
    if (this.pending.length && !this.heldSince) {
      this.heldSince = performance.now();
      this.highlights.hold();
    }
    const near = this.nearPending > 0;
    // A list is taken in as a whole and its rows are short: its first slice goes on past the rows
    // near the window (30 ms in all), so most lists are laid out and painted once. A thread's reader
    // gets the text near the window first (a longer first task would hold its load event back).
    const list = near && this.pending.every((field) => field instanceof RowField);
    const until = performance.now() + (list ? LIST_FIRST_SLICE_MS : budget);
    // Fields near the window are few, checked in one go however long it takes (the first check
    // also builds the matcher); the rest a slice at a time.
    while (this.pending.length && (this.nearPending > 0 || performance.now() < until)) {
      const field = this.pending.shift()!;
      if (this.nearPending > 0) this.nearPending--;
      if (this.fields.get(field.el) === field) guard(() => field.refresh())();
      if (near && !list && this.nearPending === 0) break;
    }
    const painting =
      this.heldSince > 0 && (near || !this.pending.length || performance.now() - this.heldSince >= PAINT_EVERY_MS);
    if (painting) this.showHeld(list);
    if (!this.pending.length) return painting && list;
    // The next slice waits behind the page's own tasks (its load event among them), and after
    // the frame that paints what was just checked.
    const next = guard(() => this.checkPending(SLICE_MS));
    if (painting) requestAnimationFrame(() => setTimeout(next, 0));
    else setTimeout(next, 0);
    return false;
  }

  /** Puts the waiting fields near the window first: the reader's highlights are painted before the rest are checked. */
  private orderPending() {
    if (!this.pending.length) return;
    const band = nearBand();
    const near: Field[] = [];
    const far: Field[] = [];
    for (const field of this.pending) (isNear(field.el.getBoundingClientRect(), band) ? near : far).push(field);
    this.pending = [...near, ...far];
    this.nearPending = near.length;
  }

  /** "Ignore" on the card: stop flagging the phrase here and everywhere from now on. */
  private ignore(key: string) {
    this.ignored.add(key);
    this.options.onIgnore(key);
    this.dropIgnored();
  }

  /** Drops findings of ignored phrases from every field; checking with them ignored finds the rest, no more. */
  private dropIgnored() {
    for (const field of this.fields.values()) guard(() => field.drop((f) => isIgnored(this.ignored, f.text)))();
  }

  private refreshAll() {
    for (const field of this.fields.values()) guard(() => field.refresh())();
  }

  private scheduleScan() {
    clearTimeout(this.scanTimer);
    this.scanTimer = setTimeout(
      guard(() => this.scan()),
      SCAN_DELAY_MS,
    );
  }

  private scheduleLayout() {
    if (this.layoutFrame) return;
    this.layoutFrame = requestAnimationFrame(guard(() => this.layout()));
  }

  /** Puts what we draw beside the fields where they are now (a layout already asked for is taken with it). */
  private layout() {
    cancelAnimationFrame(this.layoutFrame);
    this.layoutFrame = 0;
    // A body that changed size since the last layout may have moved every row (a font or an image
    // came in while the page scrolled), whether or not its ResizeObserver report has come yet.
    if (this.measureBox(document.body)) this.rows.resized();
    // Every editor measured before any is placed: a read after a write would lay the page out again.
    for (const field of this.fields.values()) if (field.editable) this.measureBox(field.el);
    if (this.changedRows.size) this.recheckRows();
    for (const field of this.fields.values()) if (field.editable) field.place();
    this.highlights.layout();
    this.counts.layout();
    this.rows.layout();
    this.cards.follow();
  }

  /** Notes an element's size at this layout; true when it differs from the last one noted. */
  private measureBox(el: Element): boolean {
    const rect = el.getBoundingClientRect();
    const key = boxKey({ inlineSize: rect.width, blockSize: rect.height });
    const before = this.laidOutBoxes.get(el);
    this.laidOutBoxes.set(el, key);
    return before !== undefined && before !== key;
  }

  private updateTotal() {
    if (this.total === this.lastTotal) return;
    this.lastTotal = this.total;
    this.options.onTotal(this.total);
  }

  private applyTheme() {
    const mode = document.documentElement.getAttribute('data-color-mode');
    const theme = mode === 'dark' || mode === 'light' ? mode : '';
    if (theme) this.layer.host.dataset.theme = theme;
    else delete this.layer.host.dataset.theme;
    this.cards.setTheme(theme);
  }
}
