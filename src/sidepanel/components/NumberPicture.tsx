// A small before/target picture: two bars on one scale, so the change reads at a glance.

function amount(value: string): number {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(value);
  return m ? Number(m[0].replace(/,/g, '')) : NaN;
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
