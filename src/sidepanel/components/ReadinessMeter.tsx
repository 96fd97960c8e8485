// How ready the write-up is, at a glance: a meter of passing quick checks.
import { useId } from 'react';

export function ReadinessMeter({ passed, total }: { passed: number; total: number }) {
  const id = useId();
  const ratio = total ? passed / total : 0;
  const tone = ratio === 1 ? 'ready' : ratio >= 0.5 ? 'close' : 'early';
  return (
    <div className="meter-wrap">
      <span id={id} className="meter-label">
        Readiness
      </span>
      {/* biome-ignore lint/a11y/useSemanticElements: a drawn bar with one look in every browser; <meter> is styled through vendor pseudo-elements only */}
      <div
        role="meter"
        aria-labelledby={id}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={passed}
        aria-valuetext={`${passed} of ${total} quick checks pass`}
        className={`meter ${tone}`}
      >
        <span className="meter-fill" style={{ width: `${ratio * 100}%` }} />
      </div>
      <span className="meter-count" aria-hidden="true">
        {passed}/{total}
      </span>
    </div>
  );
}
