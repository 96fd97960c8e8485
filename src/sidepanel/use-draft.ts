// The draft for the ticket on screen: loaded from storage (or prefilled from
// the ticket), saved shortly after each change, flushed before moving to
// another ticket or closing, so nothing typed is lost by navigation.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WriteUpDraft } from '../core/writeup';
import type { TicketSnapshot } from '../messages';
import type { DraftStore, DraftTicket, PanelDraft } from './draft-store';
import { emptyEvidence } from './evidence';
import { prefillDraft } from './prefill';

export const SAVE_DELAY_MS = 400;

export type SaveState = 'unchanged' | 'pending' | 'saved' | 'failed';

interface Loaded {
  key: string;
  value: PanelDraft;
  /** True when the draft came from storage, false when it was prefilled from the ticket. */
  restored: boolean;
}

export function useDraft(store: DraftStore, ticket: TicketSnapshot | null, today: string) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('unchanged');
  const current = useRef<Loaded | null>(null);
  const ticketRef = useRef(ticket);
  ticketRef.current = ticket;
  const pending = useRef<({ key: string; value: PanelDraft } & DraftTicket) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The user changed this ticket's draft (so it is theirs, not a prefill to refresh). */
  const touched = useRef(false);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (!next) return;
    store.save(next.key, next.value, next).then(
      () => !pending.current && setSaveState('saved'),
      () => setSaveState('failed'),
    );
  }, [store]);

  const key = ticket?.key ?? null;
  useEffect(() => {
    flush(); // the previous ticket's last edits first
    current.current = null;
    touched.current = false;
    setLoaded(null);
    if (key === null) return;
    let live = true;
    const fresh = (): PanelDraft => ({ draft: prefillDraft(ticketRef.current, today), evidence: emptyEvidence() });
    store.load(key).then(
      (stored) => {
        if (!live) return;
        current.current = { key, value: stored ?? fresh(), restored: stored !== null };
        setLoaded(current.current);
        setSaveState('unchanged');
      },
      () => {
        if (!live) return;
        current.current = { key, value: fresh(), restored: false };
        setLoaded(current.current);
        setSaveState('failed');
      },
    );
    return () => {
      live = false;
    };
  }, [key, store, today, flush]);

  // An untouched prefill follows the ticket: single-page trackers may fill the page in after the first read.
  const title = ticket?.title;
  const description = ticket?.description;
  // biome-ignore lint/correctness/useExhaustiveDependencies: title and description are the triggers; the effect reads the ticket through ticketRef
  useEffect(() => {
    const now = current.current;
    if (!now || now.restored || pending.current || now.key !== ticketRef.current?.key || touched.current) return;
    current.current = { ...now, value: { ...now.value, draft: prefillDraft(ticketRef.current, today) } };
    setLoaded(current.current);
  }, [title, description, today]);

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (change: (value: PanelDraft) => PanelDraft) => {
      const now = current.current;
      if (!now) return;
      const value = change(now.value);
      touched.current = true;
      current.current = { ...now, value };
      setLoaded(current.current);
      const t = ticketRef.current;
      pending.current = {
        key: now.key,
        value,
        title: t?.title ?? '',
        url: t?.url ?? '',
        tracker: t?.tracker,
        isNew: t?.isNew,
      };
      setSaveState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  const setDraft = useCallback(
    (change: (draft: WriteUpDraft) => WriteUpDraft) => update((v) => ({ ...v, draft: change(v.draft) })),
    [update],
  );

  /** Forgets the saved draft and starts again from the ticket. */
  const startOver = useCallback(async () => {
    const now = current.current;
    if (!now) return;
    clearTimeout(timer.current);
    pending.current = null;
    await store.remove(now.key);
    touched.current = false;
    current.current = {
      key: now.key,
      value: { draft: prefillDraft(ticketRef.current, today), evidence: emptyEvidence() },
      restored: false,
    };
    setLoaded(current.current);
    setSaveState('unchanged');
  }, [store, today]);

  return { loaded, saveState, update, setDraft, startOver };
}
