// A ticket's title as a row of a list, backlog or board. Read like rendered text, but marked
// by ListRows in our layer instead of highlighted: a list has hundreds of rows, and every
// change to the registered highlights repaints the whole page, on load and while scrolling.
// For the same reason it has no observer of its own: the session re-reads the rows the page
// changes (a virtual list reusing a row for another item) from its one observer of the page.
import { DomField } from './dom-field';

export class RowField extends DomField {
  protected override get watchesItself() {
    return false;
  }

  protected override paint() {}
}

