// The fields on a ticket page, found through the tracker adapter's selectors: one list,
// kept by the page session (which checks the fields) and read by the side panel bridge
// (which reads the ticket and inserts write-ups), so a new kind of text is added in one place.
import {
  FIELD_ROLES,
  isInsertRole,
  type FieldRole,
  type FieldSpec,
  type InsertRole,
  type TrackerAdapter,
} from '../trackers/types';
import { guard } from './guard';

/** One field on the page: its element and the adapter's spec that found it (kind and role). */
export interface PageField {
  readonly el: HTMLElement;
  readonly spec: FieldSpec;
}

/** A field a write-up can go into, open for editing. */
export interface EditableField extends PageField {
  readonly role: InsertRole;
}

/**
 * The fields on the page now, in the adapter's order (then the page's): the first matching
 * spec wins for an element, and a field inside another (nested markdown bodies) is read as
 * part of the outer one. Off ticket pages, only list rows (issue lists, backlogs, boards).
 */
export function findFields(tracker: TrackerAdapter): PageField[] {
  const onTicket = tracker.isTicketPage(new URL(location.href));
  const found = new Map<HTMLElement, FieldSpec>();
  for (const spec of tracker.fields) {
    if (!onTicket && spec.role !== 'list-row') continue;
    for (const el of document.querySelectorAll<HTMLElement>(spec.selector)) if (!found.has(el)) found.set(el, spec);
  }
  const fields: PageField[] = [];
  for (const [el, spec] of found) if (!hasAncestorIn(el, found)) fields.push({ el, spec });
  return fields;
}

/** On screen and usable: hidden fields (a closed create dialog) are not the ticket shown. */
export function isShown(el: HTMLElement): boolean {
  return el.isConnected && !(el as HTMLInputElement).disabled && el.getClientRects().length > 0;
}

/** Description, comment and composer fields shown and open for editing, in the adapter's order. */
export function editableFields(fields: readonly PageField[]): EditableField[] {
  const open: EditableField[] = [];
  for (const { el, spec } of fields) {
    if (spec.kind !== 'rendered' && isInsertRole(spec.role) && isShown(el)) open.push({ el, spec, role: spec.role });
  }
  return open;
}

/** The first shown field with this role, in the adapter's order. */
export function firstShown(fields: readonly PageField[], role: FieldRole): PageField | null {
  return fields.find((f) => f.spec.role === role && isShown(f.el)) ?? null;
}

/** Open fields by the side panel's preference for a write-up (description, then comments, then the composer). */
export function byInsertPreference(fields: readonly EditableField[]): EditableField[] {
  return [...fields].sort((a, b) => FIELD_ROLES[a.role].insert - FIELD_ROLES[b.role].insert);
}

/**
 * The page's fields. A running page session keeps the list (it watches the page, marks the
 * list stale on every change and looks again on each scan, then tells the listeners); with
 * no session running (the tracker switched off) every read looks at the page afresh.
 */
export class FieldRegistry {
  private list: readonly PageField[] = [];
  private stale = true;
  private kept = false;
  private readonly listeners = new Set<() => void>();

  constructor(readonly tracker: TrackerAdapter) {}

  /** The fields on the page, looked up again first when the page may have changed since the last look. */
  get fields(): readonly PageField[] {
    if (this.stale || !this.kept) this.look();
    return this.list;
  }

  /** A session starts keeping the list current. */
  keep() {
    this.kept = true;
    this.stale = true;
  }

  /** The session stopped: reads look at the page themselves again. */
  release() {
    this.kept = false;
    this.list = [];
  }

  /** The page changed (the session's observer saw it); the next read looks again. */
  invalidate() {
    this.stale = true;
  }

  /**
   * Looks at the page again and tells every listener. The session calls this after each burst
   * of page changes, on navigation and when settings change.
   */
  update(): readonly PageField[] {
    this.look();
    for (const listener of this.listeners) guard(listener)();
    return this.list;
  }

  /** Calls `listener` after every update; returns how to stop. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private look() {
    this.stale = false;
    this.list = findFields(this.tracker);
  }
}

function hasAncestorIn(el: HTMLElement, set: { has(e: HTMLElement): boolean }): boolean {
  for (let parent = el.parentElement; parent; parent = parent.parentElement) if (set.has(parent)) return true;
  return false;
}
