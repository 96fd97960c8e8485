// Styles for our shadow roots. Colours work on light and dark themes, and the
// marks are underlined as well as tinted so they do not rely on colour alone.

export const LAYER_CSS = `
:host { all: initial; }
.mirror { position: absolute; overflow: hidden; pointer-events: none; margin: 0; }
.mirror-content { position: absolute; top: 0; left: 0; color: transparent; margin: 0; }
.mark {
  color: transparent;
  text-decoration: underline wavy #c2410c;
  text-decoration-thickness: 1.5px;
  text-underline-offset: 3px;
  text-decoration-skip-ink: none;
  background: rgba(234, 88, 12, 0.12);
  border-radius: 2px;
}
.mark.active { background: rgba(234, 88, 12, 0.3); }
.count {
  position: absolute;
  font: 600 11px/16px system-ui, -apple-system, "Segoe UI", sans-serif;
  padding: 0 6px;
  border-radius: 8px;
  background: #fff7ed;
  color: #9a3412;
  border: 1px solid #fdba74;
  white-space: nowrap;
  pointer-events: none;
  transform: translateX(-100%);
}
.count:empty { display: none; }
.row-marker {
  position: absolute;
  z-index: 2;
  transform: translate(-100%, -50%);
  pointer-events: auto;
  cursor: pointer;
  font: 600 11px/16px system-ui, -apple-system, "Segoe UI", sans-serif;
  min-width: 20px;
  padding: 0 6px;
  border-radius: 8px;
  background: #fff7ed;
  color: #9a3412;
  border: 1px solid #fdba74;
}
.row-marker:focus-visible, .list-summary button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
/* In the layer, from the bottom: the dimming, the markers, the summary, a marker's details. */
.row-dim { position: absolute; z-index: 1; pointer-events: none; background: rgba(255, 255, 255, 0.65); }
.row-tip {
  position: absolute;
  z-index: 4;
  box-sizing: border-box;
  width: 320px;
  padding: 8px 10px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1f2328;
  background: #fff;
  border: 1px solid #d0d7de;
  border-radius: 8px;
  box-shadow: 0 8px 24px rgba(31, 35, 40, 0.18);
}
.row-tip ul { margin: 0; padding-left: 16px; }
.row-rewrite { margin: 6px 0 0; }
.row-rewrite:empty { margin: 0; }
.list-summary {
  position: fixed;
  z-index: 3;
  right: 16px;
  bottom: 16px;
  display: flex;
  gap: 8px;
  align-items: center;
  pointer-events: auto;
  padding: 6px 10px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1f2328;
  background: #fff7ed;
  border: 1px solid #fdba74;
  border-radius: 8px;
}
.list-summary button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #d0d7de; background: #fff; padding: 2px 8px; }
.list-summary button[aria-pressed="true"] { background: #9a3412; color: #fff; border-color: #9a3412; }
[hidden] { display: none !important; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .mark { text-decoration-color: #fb923c; background: rgba(251, 146, 60, 0.18); }
  .count, .row-marker { background: #431407; color: #fed7aa; border-color: #9a3412; }
  .row-dim { background: rgba(13, 17, 23, 0.65); }
}
:host([data-theme="dark"]) .mark { text-decoration-color: #fb923c; background: rgba(251, 146, 60, 0.18); }
:host([data-theme="dark"]) .count { background: #431407; color: #fed7aa; border-color: #9a3412; }
:host([data-theme="light"]) .mark { text-decoration-color: #c2410c; background: rgba(234, 88, 12, 0.12); }
:host([data-theme="light"]) .count { background: #fff7ed; color: #9a3412; border-color: #fdba74; }
`;

export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1f2328;
  background: #fff;
  border: 1px solid #d0d7de;
  border-radius: 10px;
  box-shadow: 0 8px 24px rgba(31, 35, 40, 0.18);
  padding: 12px;
  max-height: calc(100vh - 16px);
  overflow-y: auto;
}
.phrase { margin: 0 0 4px; font-weight: 600; }
.category { font-weight: 400; font-size: 12px; color: #59636e; text-transform: capitalize; }
.why { margin: 0 0 10px; color: #3d444d; }
.rewrites { display: flex; flex-direction: column; gap: 6px; margin-bottom: 8px; }
button {
  font: inherit; color: inherit; cursor: pointer; border-radius: 6px;
  border: 1px solid #d0d7de; background: #f6f8fa; padding: 4px 10px;
}
button.rewrite { text-align: left; background: #fff7ed; border-color: #fdba74; color: #7c2d12; font-weight: 500; }
.rewrite-text { display: block; }
.rewrite-in { display: block; margin-top: 2px; font-size: 12px; font-weight: 400; color: #59636e; }
.rewrite-in[hidden] { display: none; }
.sentence, .nothing-fits { border-top: 1px solid #d0d7de; padding-top: 8px; margin-bottom: 8px; }
.section-title { margin: 0 0 4px; font-size: 12px; font-weight: 600; color: #59636e; }
.preview { margin: 0 0 6px; padding: 6px 8px; border-radius: 6px; background: #f6f8fa; }
.keep { display: block; margin-bottom: 6px; font-size: 12px; color: #59636e; }
button.primary { background: #fff7ed; border-color: #fdba74; color: #7c2d12; font-weight: 500; }
button:hover { filter: brightness(0.96); }
button:focus-visible, input:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.slots { display: grid; gap: 6px; margin-bottom: 8px; }
.slot { display: grid; gap: 2px; font-size: 12px; color: #59636e; }
.slot input { font: inherit; font-size: 14px; padding: 4px 6px; border: 1px solid #d0d7de; border-radius: 6px; color: #1f2328; background: #fff; }
.hint { margin: 0 0 8px; font-size: 12px; color: #59636e; }
.status { margin: 0 0 8px; font-size: 12px; color: #9a3412; min-height: 0; }
.status:empty { position: absolute; width: 1px; height: 1px; margin: 0; overflow: hidden; clip-path: inset(50%); }
.actions { display: flex; gap: 6px; flex-wrap: wrap; margin-bottom: 8px; }
/* Kept in view at the bottom of a card that scrolls: moving on and closing are always at hand. */
.nav {
  display: flex; align-items: center; gap: 6px; font-size: 12px; color: #59636e;
  position: sticky; bottom: -12px; margin: 0 -12px -12px; padding: 6px 12px 12px; background: inherit;
}
.nav .counter { flex: 1; text-align: center; }
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme="light"])) .card { color: #e6edf3; background: #161b22; border-color: #30363d; }
  :host(:not([data-theme="light"])) .category, :host(:not([data-theme="light"])) .hint, :host(:not([data-theme="light"])) .slot, :host(:not([data-theme="light"])) .nav { color: #9198a1; }
  :host(:not([data-theme="light"])) .why { color: #c9d1d9; }
  :host(:not([data-theme="light"])) button { background: #21262d; border-color: #30363d; }
  :host(:not([data-theme="light"])) button.rewrite { background: #431407; border-color: #9a3412; color: #fed7aa; }
  :host(:not([data-theme="light"])) .slot input { background: #0d1117; color: #e6edf3; border-color: #30363d; }
  :host(:not([data-theme="light"])) .status { color: #fdba74; }
  :host(:not([data-theme="light"])) .preview { background: #0d1117; }
  :host(:not([data-theme="light"])) .rewrite-in, :host(:not([data-theme="light"])) .keep, :host(:not([data-theme="light"])) .section-title { color: #9198a1; }
  :host(:not([data-theme="light"])) button.primary { background: #431407; border-color: #9a3412; color: #fed7aa; }
}

:host([data-theme="dark"]) .card { color: #e6edf3; background: #161b22; border-color: #30363d; }
:host([data-theme="dark"]) .category, :host([data-theme="dark"]) .hint, :host([data-theme="dark"]) .slot, :host([data-theme="dark"]) .nav { color: #9198a1; }
:host([data-theme="dark"]) .why { color: #c9d1d9; }
:host([data-theme="dark"]) button { background: #21262d; border-color: #30363d; }
:host([data-theme="dark"]) button.rewrite { background: #431407; border-color: #9a3412; color: #fed7aa; }
:host([data-theme="dark"]) .slot input { background: #0d1117; color: #e6edf3; border-color: #30363d; }
:host([data-theme="dark"]) .status { color: #fdba74; }
:host([data-theme="dark"]) .preview { background: #0d1117; }
:host([data-theme="dark"]) .rewrite-in, :host([data-theme="dark"]) .keep, :host([data-theme="dark"]) .section-title { color: #9198a1; }
:host([data-theme="dark"]) button.primary { background: #431407; border-color: #9a3412; color: #fed7aa; }
`;
