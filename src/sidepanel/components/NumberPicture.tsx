// A small before/target picture: two bars on one scale, so the change reads at a glance.

/** Durations on one scale, so "180 ms" and "1.4 s" compare as they should. */
const TO_MS: [RegExp, number][] = [
  [/^(?:ms|milliseconds?)\b/i, 1],
  [/^(?:s|secs?|seconds?)\b/i, 1000],
  [/^(?:mins?|minutes?)\b/i, 60_000],
  [/^(?:h|hrs?|hours?)\b/i, 3_600_000],
  [/^days?\b/i, 86_400_000],
];

function amount(value: string): number {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(.*)$/.exec(value);
  if (!m) return NaN;
  const n = Number(m[1]!.replace(/,/g, ''));
  const scale = TO_MS.find(([unit]) => unit.test(m[2]!.trim()))?.[1] ?? 1;
  return n * scale;
}

export function NumberPicture({ before, target }: { before: string; target: string }) {
  const a = amount(before);
  const b = amount(target);
  if (!Number.isFinite(a) || !Number.isFinite(b) || Math.max(a, b) <= 0) return null;
  const max = Math.max(a, b);
  // A zero target still shows a sliver, so the bar is visibly there.
  const width = (n: number) => `${Math.max(2, (n / max) * 100)}%`;
  return (
    <div className="picture" role="img" aria-label={`Today ${before}, target ${target}`}>
      <div className="bar-row">
        <span className="bar-label">Today</span>
        <span className="bar before" style={{ width: width(a) }} />
        <span className="bar-value">{before}</span>
      </div>
      <div className="bar-row">
        <span className="bar-label">Target</span>
        <span className="bar target" style={{ width: width(b) }} />
        <span className="bar-value">{target}</span>
      </div>
    </div>
  );
}
