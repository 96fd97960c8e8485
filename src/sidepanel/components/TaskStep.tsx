// Step 1: the one customer action, picked from plain verbs or typed, and when or where it happens.
import { useId } from 'react';
import { CUSTOMER_ACTIONS, type CustomerAction, type WriteUpDraft } from '../../core/writeup';
import { TextField } from '../../ui/fields';
import { joinList } from '../text';

const ACTION_LABELS: Record<CustomerAction, string> = {
  'sign in': 'Sign in / log in',
  'sign up': 'Sign up',
  search: 'Search',
  upload: 'Upload',
  pay: 'Pay / check out / renew',
  export: 'Export',
  import: 'Import',
  invite: 'Invite',
  sync: 'Sync',
  'open a page': 'Open a page or report',
  'get help': 'Get help',
};

interface Props {
  task: WriteUpDraft['task'];
  onChange(task: WriteUpDraft['task']): void;
  /** Actions the ticket names; several means the ticket should pick one. */
  ticketActions: readonly CustomerAction[];
}

export function TaskStep({ task, onChange, ticketActions }: Props) {
  const name = useId();
  const chosen = task.action.trim().toLowerCase();
  return (
    <section className="step" aria-labelledby={`${name}-h`}>
      <h2 id={`${name}-h`}>
        <span className="step-number">1</span> Customer task
      </h2>
      {ticketActions.length > 1 ? (
        <p className="notice" role="note">
          This ticket names {ticketActions.length} customer actions: {joinList(ticketActions.map((a) => `“${a}”`))}. One
          task per ticket: which one is this about? Move the others to their own tickets.
        </p>
      ) : null}
      <fieldset className="chips">
        <legend>What are customers trying to do?</legend>
        {CUSTOMER_ACTIONS.map((action) => (
          <label key={action} className="chip">
            <input
              type="radio"
              name={name}
              value={action}
              checked={chosen === action}
              onChange={() => onChange({ ...task, action })}
            />
            {ACTION_LABELS[action]}
          </label>
        ))}
      </fieldset>
      <TextField
        label="Action, in plain words"
        value={task.action}
        onChange={(action) => onChange({ ...task, action })}
        placeholder="e.g. book a meeting"
        hint="Pick one above or type your own: one action customers finish faster or with fewer errors."
      />
      <TextField
        label="When or where"
        value={task.detail}
        onChange={(detail) => onChange({ ...task, detail })}
        placeholder="e.g. during a live demo"
      />
    </section>
  );
}
