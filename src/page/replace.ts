// Replacing text through the host editor's own input path, as if typed: the
// page sees ordinary input events and the editor's undo restores the original.

export type TextBox = HTMLTextAreaElement | HTMLInputElement;

/** Replaces field.value[start, end) with `text`; false when the browser refused. */
export function replaceInPlainField(field: TextBox, start: number, end: number, text: string): boolean {
  const expected = field.value.slice(0, start) + text + field.value.slice(end);
  field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  const inserted = document.execCommand('insertText', false, text);
  if (inserted && field.value === expected) return true;
  return false;
}

/** Replaces a DOM range inside a contenteditable editor by selecting it and inserting text. */
export function replaceInRichField(editor: HTMLElement, range: Range, text: string): boolean {
  editor.focus({ preventScroll: true });
  const selection = window.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return document.execCommand('insertText', false, text);
}
