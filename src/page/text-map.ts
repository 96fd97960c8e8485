// Reads the text of rendered or rich content as one string and maps offsets
// back to DOM positions, so findings can be highlighted with DOM ranges.

export interface TextMap {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data starts. */
  starts: number[];
}

const BLOCK = /^(?:P|DIV|LI|UL|OL|H[1-6]|BLOCKQUOTE|TR|TD|TH|TABLE|SECTION|ARTICLE|DETAILS|SUMMARY|HR|DL|DT|DD|FIGURE|FIGCAPTION)$/;
/** Stands in for skipped content so that words around it never join into one phrase. */
const SKIPPED = ' \uFFFC ';
const PARAGRAPH = '\n\n';

export function readText(root: Element, skip: string): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const walk = (element: Element) => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (!data) continue;
        nodes.push(child as Text);
        starts.push(length);
        push(data);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as Element;
        if (el.tagName === 'BR') push('\n');
        else if (el.matches(skip)) push(SKIPPED);
        else if (el.getAttribute('aria-hidden') === 'true' || el.tagName === 'STYLE' || el.tagName === 'SCRIPT') continue;
        else if (BLOCK.test(el.tagName)) {
          push(PARAGRAPH);
          walk(el);
          push(PARAGRAPH);
        } else walk(el);
      }
    }
  };
  walk(root);
  return { text: parts.join(''), nodes, starts };
}

/** The node holding `offset`; at a boundary between nodes, the earlier one when `preferEnd`. */
function locate(map: TextMap, offset: number, preferEnd: boolean): [Text, number] | null {
  const { starts, nodes } = map;
  let low = 0;
  let high = starts.length - 1;
  if (high < 0) return null;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const before = preferEnd ? starts[mid]! < offset : starts[mid]! <= offset;
    if (before) low = mid;
    else high = mid - 1;
  }
  const node = nodes[low]!;
  const inner = offset - starts[low]!;
  if (inner < 0 || inner > node.data.length) return null;
  return [node, inner];
}

/** A DOM range over text[start, end), or null when the DOM changed since reading. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const from = locate(map, start, false);
  const to = locate(map, end, true);
  if (!from || !to || !from[0].isConnected || !to[0].isConnected) return null;
  const range = document.createRange();
  try {
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
  } catch {
    return null;
  }
  return range;
}

const hasStaticRange = typeof StaticRange === 'function';

/**
 * As rangeFor, but a StaticRange where the browser has them: cheaper to make, and nothing the
 * browser must keep up to date on every change to the page (hundreds on a long thread).
 * For read-only text, which is checked again when it changes.
 */
export function staticRangeFor(map: TextMap, start: number, end: number): AbstractRange | null {
  if (!hasStaticRange) return rangeFor(map, start, end);
  const from = locate(map, start, false);
  const to = locate(map, end, true);
  if (!from || !to) return null;
  return new StaticRange({ startContainer: from[0], startOffset: from[1], endContainer: to[0], endOffset: to[1] });
}

/** The offset in `text` of a DOM position, or -1 when it is outside the mapped text. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const index = map.nodes.indexOf(node as Text);
  return index === -1 ? -1 : map.starts[index]! + offset;
}
