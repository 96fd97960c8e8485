// Schemas for the demo pages' editors: a rich one (paragraphs, headings, lists, code
// blocks; marks strong, em, code, link), as in Jira's and Linear's descriptions and
// comments, and a single-line one (doc > text) for Linear's issue title.
import { Schema } from 'prosemirror-model';
import { schema as basic } from 'prosemirror-schema-basic';
import { addListNodes } from 'prosemirror-schema-list';

export const richSchema = new Schema({
  nodes: addListNodes(basic.spec.nodes.remove('image'), 'paragraph block*', 'block'),
  marks: basic.spec.marks,
});

export const lineSchema = new Schema({
  nodes: {
    doc: { content: 'text*' },
    text: {},
  },
});
