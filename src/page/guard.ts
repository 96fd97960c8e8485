// Our errors stay ours: a failure in the extension is logged once and never
// reaches the host page's handlers or breaks its editor.
let reported = 0;

export function report(error: unknown) {
  if (reported++ < 5) console.warn('[Customer Terms] skipped a step after an error:', error);
}

export function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (error) {
      report(error);
    }
  };
}
