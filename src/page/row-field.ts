// A ticket's title as a row of a list, backlog or board. Read like rendered text, but marked
// by ListRows in our layer instead of highlighted: a list has hundreds of rows, and every
// change to the registered highlights repaints the whole page, on load and while scrolling.
// For the same reason it has no observer of its own: the session re-reads the rows the page
// changes (a virtual list reusing a row for another item) from its one observer of the page.
import type { TrackerAdapter } from '../trackers';
import { DomField } from './dom-field';
import type { Field } from './field';

export class RowField extends DomField {
  protected override get watchesItself() {
    return false;
  }

  protected override paint() {}
}

/**
 * The ticket a list row stands for, from the first link in or around the row that the adapter
 * knows as a ticket (GitHub's rows hold their issue's link, Linear's rows are one), or null.
 */
export function rowTicketKey(
  tracker: Pick<TrackerAdapter, 'ticketKey'>,
  field: Pick<Field, 'el' | 'spec'>,
): string | null {
  const box = (field.spec.row && field.el.closest(field.spec.row)) || field.el;
  const links = [field.el.closest<HTMLAnchorElement>('a[href]'), ...box.querySelectorAll<HTMLAnchorElement>('a[href]')];
  for (const link of links) {
    const href = link?.getAttribute('href');
    const key = href ? tracker.ticketKey(new URL(href, location.href)) : null;
    if (key) return key;
  }
  return null;
}
