// What the user typed in the card's blanks, per ticket: every tab's card sends its
// blanks here, and they are merged into what the ticket had under the item's lock, so a
// blank typed in one tab is never lost to a write from another made at the same time.
import { cardBlanksItem } from '../storage';

/** Merges `slots` into the ticket's blanks: a value sets its blank, an empty one clears it. */
export function rememberBlanks(ticketKey: string, slots: Record<string, string | undefined>): Promise<unknown> {
  return cardBlanksItem(ticketKey).update((current) => {
    const next = { ...current };
    for (const [name, value] of Object.entries(slots)) {
      if (value?.trim()) next[name] = value.trim();
      else delete next[name];
    }
    return next;
  });
}
