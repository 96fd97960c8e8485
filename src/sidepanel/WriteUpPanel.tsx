// The side panel: the open ticket, the four-part write-up and planning note,
// the quick checks, and the way back into the ticket. The ticket connection and
// draft store are passed in, so the extension and the tests wire their own.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { runChecks, readiness, summarySentence, type WriteUpDraft } from '../core/writeup';
import { copyText } from '../ui/clipboard';
import type { TicketConnection } from './connection';
import type { DraftStore } from './draft-store';
import type { CompiledMap } from '../core/phrase-map/compiled';
import { jargonFinder } from './jargon';
import { localToday, ticketHints } from './prefill';
import { remindingDraftStore, type Reviews } from './review-store';
import { useDraft, type SaveState } from './use-draft';
import { useReviews } from './use-reviews';
import { useTicket } from './use-ticket';
import { EffectStep } from './components/EffectStep';
import { EvidenceForm } from './components/EvidenceForm';
import { NumberStep } from './components/NumberStep';
import { OutputSection } from './components/OutputSection';
import { PlanningNote } from './components/PlanningNote';
import { ProblemStep } from './components/ProblemStep';
import { QuickChecks } from './components/QuickChecks';
import { ReadinessMeter } from './components/ReadinessMeter';
import { ReviewList } from './components/ReviewList';
import { ReviewStep } from './components/ReviewStep';
import { StartOver } from './components/StartOver';
import { SummaryLine } from './components/SummaryLine';
import { TaskStep } from './components/TaskStep';
import { TicketOverview } from './components/TicketOverview';

export interface WriteUpPanelProps {
  connection: TicketConnection;
  store: DraftStore;
  /** "YYYY-MM-DD"; today on the user's calendar unless a test fixes it. */
  today?: string;
  /** Phrases ignored on the page are not flagged here either. */
  ignored?: ReadonlySet<string>;
  /** The phrase map in use (with the team's and the user's layers); the built-in one when absent. */
  map?: CompiledMap;
  copy?: (text: string) => Promise<boolean>;
  /** Review reminders: listed at the start, kept in step with the review date, reviewed on the day. Off when absent. */
  reviews?: Reviews;
}

type Note = { text: string; ok: boolean; where: 'output' | 'evidence' | 'top' | 'review' };

const SAVE_TEXT: Record<SaveState, string> = {
  unchanged: '',
  pending: 'Saving…',
  saved: 'Draft saved on this device.',
  failed: 'The draft could not be saved; keep this panel open and copy your text.',
};

/** Always in the page, so what it says later is announced (politely: it follows the user's own action). */
function NoteArea({ note, where }: { note: Note | null; where: Note['where'] }) {
  const shown = note?.where === where ? note : null;
  return (
    <div className="note-area" aria-live="polite">
      {shown ? <p className={`note ${shown.ok ? 'ok' : 'failed'}`}>{shown.text}</p> : null}
    </div>
  );
}

export function WriteUpPanel({
  connection,
  store,
  today = localToday(),
  ignored,
  map,
  copy = copyText,
  reviews,
}: WriteUpPanelProps) {
  const ticketState = useTicket(connection);
  const ticket = ticketState.status === 'ready' ? ticketState.ticket : null;
  // Tickets whose write-up (not only their evidence) was edited here: only those get a new reminder.
  const wroteUp = useRef(new Set<string>());
  const drafts = useMemo(
    () => (reviews ? remindingDraftStore(store, reviews.store, (key) => wroteUp.current.has(key)) : store),
    [store, reviews],
  );
  const { loaded, saveState, update, setDraft: setAnyDraft, startOver } = useDraft(drafts, ticket, today);
  const loadedKey = loaded?.key;
  const setDraft = useCallback(
    (change: (draft: WriteUpDraft) => WriteUpDraft) => {
      if (loadedKey) wroteUp.current.add(loadedKey);
      setAnyDraft(change);
    },
    [loadedKey, setAnyDraft],
  );
  const review = useReviews(reviews, ticket?.key, loaded, setDraft, today, store);
  const findJargon = useMemo(() => jargonFinder(ignored, map), [ignored, map]);
  const hints = useMemo(() => ticketHints(ticket, findJargon), [ticket, findJargon]);
  const [note, setNote] = useState<Note | null>(null);
  const [selection, setSelection] = useState<string | null>(null);
  // The summary of the write-up this panel last put into the description, so the next insert replaces it.
  const inserted = useRef(new Map<string, string>());
  const topNote = useRef<HTMLDivElement>(null);
  // The review list stays open or closed as the user left it while the tab moves between tickets.
  const [reviewsOpen, setReviewsOpen] = useState<boolean | undefined>(undefined);
  useEffect(() => connection.onSelection(setSelection), [connection]);
  // Text chosen with "Rewrite in customer terms" fills an empty field; next to a filled one it is only offered.
  const [offer, setOffer] = useState<string | null>(null);
  useEffect(() => {
    if (!loaded || selection === null) return;
    const text = selection.trim();
    setSelection(null);
    if (!text) return;
    if (!loaded.value.draft.problem.trim()) {
      setDraft((d) => ({ ...d, problem: text }));
      setOffer(null);
      setNote({
        text: 'The selected text is now in “What goes wrong today”: rewrite it in customer terms.',
        ok: true,
        where: 'top',
      });
    } else {
      setOffer(text);
      setNote({
        text: 'Your text in “What goes wrong today” is kept; the selected text is shown next to it if you want to use it instead.',
        ok: true,
        where: 'top',
      });
    }
  }, [loaded, selection, setDraft]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another ticket is the trigger: its note and offer go
  useEffect(() => {
    setNote(null);
    setOffer(null);
  }, [ticket?.key]);

  const draft = loaded?.value.draft;
  const checks = useMemo(() => (draft ? runChecks(draft, { today, findJargon }) : []), [draft, today, findJargon]);
  const score = readiness(checks);

  const reviewList = review.list ? (
    <ReviewList
      reviews={review.list}
      today={today}
      currentKey={ticket?.key}
      onOpen={review.openFromList}
      onImport={review.importReviews}
      open={reviewsOpen}
      onOpenChange={setReviewsOpen}
    />
  ) : null;

  if (ticketState.status !== 'ready' || !ticket) {
    const text =
      ticketState.status === 'loading'
        ? 'Reading the ticket…'
        : ticketState.status === 'unreachable'
          ? ticketState.message
          : 'This tab does not show a ticket. Open an issue on GitHub, Jira or Linear to write it up in customer terms.';
    return (
      <main className="panel">
        <h1>Customer terms write-up</h1>
        <p role={ticketState.status === 'loading' ? undefined : 'alert'}>{text}</p>
        {reviewList}
      </main>
    );
  }
  if (!loaded || !draft) {
    return (
      <main className="panel">
        <h1>Customer terms write-up</h1>
        <p>Loading the draft…</p>
      </main>
    );
  }

  const copyWith = (where: Note['where']) => (text: string, what: string) =>
    void copy(text).then((ok) =>
      setNote(
        ok
          ? { text: `${what} copied.`, ok, where }
          : { text: 'The browser did not allow copying. Select the preview text and copy it yourself.', ok, where },
      ),
    );
  const noteFor = (where: Note['where']) => (text: string, ok: boolean) => setNote({ text, ok, where });
  // The step goes once the review is done; focus goes to what it says, not to the page's start.
  const reviewDone = (text: string) => {
    setNote({ text, ok: true, where: 'top' });
    topNote.current?.focus();
  };
  const insert: typeof connection.insert = async (request) => {
    const result = await connection.insert(request);
    if (result.ok && request.prefer === 'description') inserted.current.set(ticket.key, summarySentence(draft));
    return result;
  };

  return (
    <main className="panel">
      <header className="panel-head">
        <h1>Customer terms write-up</h1>
        <ReadinessMeter passed={score.passed} total={score.total} />
        <p className="save-state">
          {loaded.restored && saveState === 'unchanged' ? 'Your saved draft for this ticket.' : SAVE_TEXT[saveState]}
        </p>
      </header>
      <div ref={topNote} tabIndex={-1} className="focus-target">
        <NoteArea note={note} where="top" />
      </div>
      {reviewList}
      {review.showStep && review.current ? (
        <ReviewStep
          key={`${review.current.ticket.key} ${review.current.date}`}
          review={review.current}
          today={today}
          ticket={ticket}
          insert={insert}
          onResult={noteFor('review')}
          onRecord={(value) => void review.record(value)}
          onNext={(date, value) => void review.next(date, value).then(() => reviewDone(`Next review set for ${date}.`))}
          onClose={() => void review.close().then(() => reviewDone('Review closed; its reminder is removed.'))}
          focus={review.focusSignal}
        />
      ) : null}
      <NoteArea note={note} where="review" />
      <TicketOverview ticket={ticket} hints={hints} slots={{ action: draft.task.action, moment: draft.task.detail }} />
      <form className="steps" aria-label="The four-part write-up" onSubmit={(e) => e.preventDefault()}>
        <TaskStep
          task={draft.task}
          onChange={(task) => setDraft((d) => ({ ...d, task }))}
          ticketActions={hints.actions}
        />
        <ProblemStep
          draft={draft}
          onChange={(problem) => setDraft((d) => ({ ...d, problem }))}
          findJargon={findJargon}
          offer={offer}
          onUseOffer={() => {
            if (offer === null) return;
            setDraft((d) => ({ ...d, problem: offer }));
            setOffer(null);
          }}
          onDismissOffer={() => setOffer(null)}
        />
        <EffectStep effect={draft.effect} onChange={(effect) => setDraft((d) => ({ ...d, effect }))} />
        <NumberStep
          number={draft.number}
          onChange={(number) => setDraft((d) => ({ ...d, number }))}
          suggestions={hints.numbers}
        />
        <PlanningNote plan={draft.plan} onChange={(plan) => setDraft((d) => ({ ...d, plan }))} today={today} />
      </form>
      <SummaryLine
        summary={summarySentence(draft)}
        onCopy={() => copyWith('output')(summarySentence(draft), 'The summary')}
      />
      <QuickChecks checks={checks} />
      <OutputSection
        draft={draft}
        ticket={ticket}
        oldSummary={inserted.current.get(ticket.key) ?? hints.existingSummary}
        insert={insert}
        copy={copyWith('output')}
        onResult={noteFor('output')}
      />
      <NoteArea note={note} where="output" />
      <EvidenceForm
        evidence={loaded.value.evidence}
        onChange={(evidence) => update((v) => ({ ...v, evidence }))}
        ticket={ticket}
        insert={insert}
        copy={copyWith('evidence')}
        onResult={noteFor('evidence')}
      />
      <NoteArea note={note} where="evidence" />
      <footer className="panel-foot">
        <StartOver
          onConfirm={() =>
            void startOver().then(() => setNote({ text: 'Started over from the ticket.', ok: true, where: 'top' }))
          }
        />
      </footer>
    </main>
  );
}
