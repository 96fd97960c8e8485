// Reads the text of rendered or rich content as one string and maps offsets
// back to DOM positions, so findings can be highlighted with DOM ranges.

export interface TextMap {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data starts. */
  starts: number[];
}

const BLOCK = new Set(
  'P DIV LI UL OL H1 H2 H3 H4 H5 H6 BLOCKQUOTE TR TD TH TABLE SECTION ARTICLE DETAILS SUMMARY HR DL DT DD FIGURE FIGCAPTION'.split(
    ' ',
  ),
);
const NEVER_READ = new Set(['STYLE', 'SCRIPT']);
const NONE: ReadonlySet<Element> = new Set();
/** Stands in for skipped content so that words around it never join into one phrase. */
const SKIPPED = ' \uFFFC ';
const PARAGRAPH = '\n\n';

export function readText(root: Element, skip: string): TextMap {
  // Most list-row titles and many short fields are one text node: nothing to walk or skip.
  const only = root.firstChild;
  if (only && only === root.lastChild && only.nodeType === Node.TEXT_NODE && (only as Text).data) {
    return { text: (only as Text).data, nodes: [only as Text], starts: [0] };
  }
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  // The skipped elements in one query, not a selector match per element (a long thread has thousands).
  const skipped = skip ? new Set(root.querySelectorAll(skip)) : NONE;
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
        const tag = el.tagName;
        if (tag === 'BR') push('\n');
        else if (skipped.has(el)) push(SKIPPED);
        else if (NEVER_READ.has(tag) || el.getAttribute('aria-hidden') === 'true') continue;
        else if (BLOCK.has(tag)) {
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

/** Where text[start, end) starts and ends in the DOM, as read; null when outside the mapped text. */
export function boundsFor(map: TextMap, start: number, end: number): [Text, number, Text, number] | null {
  const from = locate(map, start, false);
  const to = locate(map, end, true);
  return from && to ? [from[0], from[1], to[0], to[1]] : null;
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
 * A range over bounds from boundsFor: live in an editor (it follows typing until the next
 * check), else a StaticRange where the browser has them: cheaper to make, and nothing the
 * browser must keep up to date on every change to the page (hundreds on a long thread).
 * Read-only text is checked again when it changes.
 */
export function rangeOver(
  [startNode, startOffset, endNode, endOffset]: [Text, number, Text, number],
  live: boolean,
): AbstractRange | null {
  if (!live && hasStaticRange)
    return new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset });
  if (!startNode.isConnected || !endNode.isConnected) return null;
  const range = document.createRange();
  try {
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
  } catch {
    return null;
  }
  return range;
}

/** The offset in `text` of a DOM position, or -1 when it is outside the mapped text. */
export function offsetOf(map: TextMap, node: Node, offset: number): number {
  const index = map.nodes.indexOf(node as Text);
  return index === -1 ? -1 : map.starts[index]! + offset;
}
