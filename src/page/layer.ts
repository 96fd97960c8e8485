// One element of ours at the end of <body>, holding an open shadow root: the
// textarea mirrors and count chips live there, apart from the host's styles.

const HOST_TAG = 'customer-terms-layer';

export interface Layer {
  root: ShadowRoot;
  host: HTMLElement;
  /** Page coordinates of a viewport rect, relative to the layer. */
  toLayer(rect: DOMRect): { top: number; left: number };
  dispose(): void;
}

export function createLayer(css: string): Layer {
  const host = document.createElement(HOST_TAG);
  host.style.cssText =
    'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483000;pointer-events:none;display:block;';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  document.body.append(host);
  return {
    root,
    host,
    toLayer(rect) {
      const origin = host.getBoundingClientRect();
      return { top: rect.top - origin.top, left: rect.left - origin.left };
    },
    dispose: () => host.remove(),
  };
}
