// A real ProseMirror editor for the demo pages, set up the way trackers set theirs up:
// undo history, base keymap, list keys, mark shortcuts. Every live view is listed in
// window.demoEditors by name so tests can read view.state from the page's main world.
import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { DOMParser, DOMSerializer, Fragment, Slice, type Node as PMNode } from 'prosemirror-model';
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list';
import { EditorState, type Command, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { lineSchema, richSchema } from './schema';

export type EditorName =
  | 'jira-description'
  | 'jira-comment'
  | 'jira-create'
  | 'linear-new-title'
  | 'linear-new-description'
  | 'linear-title'
  | 'linear-description'
  | 'linear-comment';

declare global {
  interface Window {
    demoEditors: Map<EditorName, EditorView>;
  }
}

window.demoEditors ??= new Map();
export const demoEditors: Map<EditorName, EditorView> = window.demoEditors;

export interface EditorOptions {
  name: EditorName;
  /** Attributes of the editable element (ProseMirror adds contenteditable and class="ProseMirror"). */
  attributes: Record<string, string>;
  /** Initial content: the children of this element (rich) or its text (single line). */
  content?: Element;
  /** One line of plain text (doc > text), as Linear's title. */
  singleLine?: boolean;
  placeholder?: string;
  /** Enter in a single-line editor. */
  onEnter?: (view: EditorView) => void;
  /** Mod-Enter. */
  onSubmit?: (view: EditorView) => void;
}

const optionsOf = new WeakMap<EditorView, EditorOptions>();

/** Creates an editor inside `place` (appended to it) and lists it in window.demoEditors. */
export function createEditor(place: Element, options: EditorOptions): EditorView {
  const view = new EditorView(place, {
    state: initialState(options),
    attributes: (state) => attributesFor(state, options),
    clipboardTextParser: options.singleLine ? oneLine : undefined,
  });
  optionsOf.set(view, options);
  demoEditors.get(options.name)?.destroy();
  demoEditors.set(options.name, view);
  return view;
}

/** Destroys the named editor (its DOM is removed) and drops it from window.demoEditors. */
export function destroyEditor(name: EditorName): void {
  demoEditors.get(name)?.destroy();
  demoEditors.delete(name);
}

/** Starts the editor afresh (empty unless content is given), with an empty undo history. */
export function resetEditor(view: EditorView, content?: Element): void {
  const options = optionsOf.get(view);
  if (!options) return;
  view.updateState(initialState({ ...options, content }));
}

/** The document as rendered HTML, for a read-only view of what was saved. */
export function toDOM(doc: PMNode): DocumentFragment {
  return DOMSerializer.fromSchema(doc.type.schema).serializeFragment(doc.content) as DocumentFragment;
}

export function isEmpty(doc: PMNode): boolean {
  if (doc.inlineContent) return doc.content.size === 0;
  return doc.childCount === 1 && doc.firstChild!.isTextblock && doc.firstChild!.content.size === 0;
}

export const markCommands: Record<'strong' | 'em' | 'code', Command> = {
  strong: toggleMark(richSchema.marks.strong!),
  em: toggleMark(richSchema.marks.em!),
  code: toggleMark(richSchema.marks.code!),
};

function initialState(options: EditorOptions): EditorState {
  const schema = options.singleLine ? lineSchema : richSchema;
  return EditorState.create({ schema, doc: parseContent(options), plugins: plugins(options) });
}

function parseContent({ singleLine, content }: EditorOptions): PMNode | undefined {
  if (!content) return undefined;
  if (singleLine) {
    const text = (content.textContent ?? '').replace(/\s+/g, ' ').trim();
    return lineSchema.node('doc', null, text ? [lineSchema.text(text)] : []);
  }
  return DOMParser.fromSchema(richSchema).parse(content);
}

function plugins(options: EditorOptions): Plugin[] {
  const submit: Command = (_state, _dispatch, view) => {
    if (options.onSubmit && view) options.onSubmit(view);
    return Boolean(options.onSubmit);
  };
  const common = { 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo, 'Mod-Enter': submit };
  if (options.singleLine) {
    const enter: Command = (_state, _dispatch, view) => {
      if (options.onEnter && view) options.onEnter(view);
      return true; // one line: never split
    };
    return [history(), keymap({ ...common, Enter: enter, 'Shift-Enter': enter }), keymap(baseKeymap)];
  }
  const item = richSchema.nodes.list_item!;
  return [
    history(),
    keymap({
      ...common,
      'Mod-b': markCommands.strong,
      'Mod-i': markCommands.em,
      'Mod-e': markCommands.code,
      Enter: splitListItem(item),
      'Mod-[': liftListItem(item),
      'Mod-]': sinkListItem(item),
    }),
    keymap(baseKeymap),
  ];
}

function attributesFor(state: EditorState, options: EditorOptions): Record<string, string> {
  const attrs = { ...options.attributes };
  if (options.placeholder) {
    attrs['data-placeholder'] = options.placeholder;
    if (isEmpty(state.doc)) attrs.class = [attrs.class, 'is-empty'].filter(Boolean).join(' ');
  }
  return attrs;
}

// Pasting several lines into a one-line editor joins them with spaces.
function oneLine(text: string): Slice {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ');
  return new Slice(line ? Fragment.from(lineSchema.text(line)) : Fragment.empty, 0, 0);
}
