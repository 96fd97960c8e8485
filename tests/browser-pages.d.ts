// What the browser suites, the bench and the scripts read and set inside pages and the
// extension's worker (the callbacks they pass to evaluate()), for their type check
// (tsconfig.scripts.json). The extension's own type check leaves this file out.
import type * as Axe from 'axe-core';
import type { EditorView } from 'prosemirror-view';
import type { browser } from 'wxt/browser';

/** What the bench's paint watcher records in each page (bench/browser.mjs, WATCH_HIGHLIGHTS). */
interface PaintWatch {
  /** The load event's time, null before it. */
  load: number | null;
  /** When the frame with the last change of the highlight registry had been rendered. */
  last: number | null;
  size: number;
  changes: number;
  stop: boolean;
}

/** What the bench's marker watcher records in the list page (bench/browser.mjs, WATCH_MARKERS). */
interface ListWatch {
  load: number | null;
  /** When the frame with the last change to a row marker had been rendered. */
  last: number | null;
  changes: number;
  seen: number;
  /** The summary's text, as of the last frame. */
  summary: string;
  long: { start: number; duration: number }[];
  stop: boolean;
}

declare global {
  interface Window {
    /** The demo's ProseMirror editors by name (demo/editor/editor.ts). */
    demoEditors: Map<string, EditorView>;
    // Set by a suite or the bench before it reads them.
    /** Survives a soft navigation, not a reload. */
    __demoNoReload: boolean;
    __oldTitle: EditorView | undefined;
    /** tests/e2e/stored-state.test.mjs: every highlight's text and whether our layer was shown, at every frame. */
    __ctSeen: { texts: string[]; layerShown: boolean };
    __mutations: { type: string; target: string; attribute: string | null; from?: string | null; to?: string | null }[];
    __inputs: number;
    /** Set only by markup that must never run. */
    __pwned: number | undefined;
    axe: typeof Axe;
    __ctTick: (() => void) | undefined;
    __ctRechecks: (() => number) | undefined;
    __cardOpen: Promise<number>;
    __ctPaint: PaintWatch;
    __ctList: ListWatch;
  }

  /** The extension APIs, inside the extension's service worker and pages. */
  const chrome: typeof browser;
  /** The review handlers the background puts on its worker's global for the e2e tests (src/background/reviews.ts). */
  var customerTermsReviews: {
    alarm: typeof import('../src/background/reviews').reviewAlarm;
    click: typeof import('../src/background/reviews').reviewClicked;
    schedule: typeof import('../src/background/reviews').scheduleReviews;
  };
}
