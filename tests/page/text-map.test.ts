// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offsetOf, rangeFor, readText } from '../../src/page/text-map';

const SKIP = 'pre, code, a.user-mention';

function render(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('reading rendered text', () => {
  it('keeps words of one paragraph together and separates blocks', () => {
    const map = readText(render('<p>Tune the <strong>retry</strong> logic</p><p>cache</p>'), SKIP);
    expect(map.text).toBe('\n\nTune the retry logic\n\n\n\ncache\n\n');
  });

  it('reads an element of one text node as that text, mapped to it', () => {
    const root = render('Fix race condition in token refresh');
    const map = readText(root, SKIP);
    expect(map).toEqual({ text: 'Fix race condition in token refresh', nodes: [root.firstChild], starts: [0] });
    expect(rangeFor(map, 4, 18)?.toString()).toBe('race condition');
  });

  it('stands skipped content in with a marker that no phrase crosses', () => {
    const map = readText(render('<p>retry <code>x</code> logic by <a class="user-mention">@ana</a></p>'), SKIP);
    expect(map.text).toBe('\n\nretry  \uFFFC  logic by  \uFFFC \n\n');
  });

  it('maps offsets to DOM ranges and back, across element boundaries', () => {
    const root = render('<p>Tune the <strong>retry</strong> logic</p>');
    const map = readText(root, SKIP);
    const start = map.text.indexOf('retry logic');
    const range = rangeFor(map, start, start + 'retry logic'.length)!;
    expect(range.toString()).toBe('retry logic');
    const strongText = root.querySelector('strong')!.firstChild!;
    expect(offsetOf(map, strongText, 2)).toBe(start + 2);
  });

  it('gives no range once the text is gone', () => {
    const root = render('<p>cache</p>');
    const map = readText(root, SKIP);
    root.innerHTML = '';
    expect(rangeFor(map, 2, 7)).toBeNull();
  });
});
