// Small wording helpers for the panel (the core keeps its own for the renderers).
export { joinList, plural } from '../core/writeup/text';
