// The ticket open in the panel's tab, following navigation and the field being edited.
import { useEffect, useState } from 'react';
import type { TicketSnapshot } from '../messages';
import { NO_ANSWER, type TicketConnection } from './connection';

export type TicketState =
  | { status: 'loading' }
  | { status: 'ready'; ticket: TicketSnapshot }
  | { status: 'no-ticket' }
  | { status: 'unreachable'; message: string };

export function useTicket(connection: TicketConnection): TicketState {
  const [state, setState] = useState<TicketState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const show = (ticket: TicketSnapshot | null) =>
      live && setState(ticket ? { status: 'ready', ticket } : { status: 'no-ticket' });
    const stop = connection.onTicketChanged(show);
    connection.getTicket().then(show, () => live && setState({ status: 'unreachable', message: NO_ANSWER }));
    return () => {
      live = false;
      stop();
    };
  }, [connection]);
  return state;
}
