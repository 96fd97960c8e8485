// The quick checks before planning, each with what is true now and what to do.
// One polite status line announces the result once typing pauses.
import { useEffect, useId, useState } from 'react';
import type { CheckId, CheckResult } from '../../core/writeup';
import { joinList } from '../text';

const CHECK_LABELS: Record<CheckId, string> = {
  'one-breath': 'One breath',
  'one-action': 'One action',
  'one-number': 'One number with before and target',
  'effect-named': 'Effect named',
  'no-jargon': 'No jargon left',
  proof: 'Proof from both sides',
  'review-date': 'Review date set',
  scope: 'Scope fits a sprint',
};

const ANNOUNCE_DELAY_MS = 700;

export function checkStatus(checks: readonly CheckResult[]): string {
  const failing = checks.filter((c) => !c.passed).map((c) => CHECK_LABELS[c.id].toLowerCase());
  const passed = checks.length - failing.length;
  if (!failing.length) return `All ${checks.length} quick checks pass: ready for planning.`;
  return `${passed} of ${checks.length} quick checks pass. Still to do: ${joinList(failing)}.`;
}

export function QuickChecks({ checks }: { checks: readonly CheckResult[] }) {
  const id = useId();
  const status = checkStatus(checks);
  const [announced, setAnnounced] = useState(status);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(status), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <section className="checks" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Quick checks</h2>
      <p role="status" className="check-status">
        {announced}
      </p>
      <ul>
        {checks.map((check) => (
          <li key={check.id} className={check.passed ? 'pass' : 'fail'} data-check={check.id}>
            <span className="check-mark" aria-hidden="true">
              {check.passed ? '✓' : '!'}
            </span>
            <div>
              <strong>
                {CHECK_LABELS[check.id]}
                <span className="visually-hidden">{check.passed ? ': passes' : ': not yet'}</span>
              </strong>
              <p>{check.message}</p>
              {check.hint ? <p className="hint">{check.hint}</p> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
