// Step 2: what goes wrong today, in one short sentence, with its jargon marked live.
import { useId, useMemo } from 'react';
import type { WriteUpDraft } from '../../core/writeup';
import { countWords } from '../../core/writeup/text';
import { TextArea } from '../../ui/fields';
import type { FindJargonFindings } from '../jargon';
import { JargonEcho } from './JargonEcho';

interface Props {
  draft: WriteUpDraft;
  onChange(problem: string): void;
  findJargon: FindJargonFindings;
  /** Text chosen on the page while this field already held the user's own words. */
  offer?: string | null;
  onUseOffer?(): void;
  onDismissOffer?(): void;
}

const LONG_WORDS = 25;

export function ProblemStep({ draft, onChange, findJargon, offer, onUseOffer, onDismissOffer }: Props) {
  const id = useId();
  const findings = useMemo(() => findJargon(draft.problem), [draft.problem, findJargon]);
  const words = countWords(draft.problem);
  return (
    <section className="step" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <span className="step-number">2</span> What goes wrong today
      </h2>
      <TextArea
        label="In one short sentence"
        value={draft.problem}
        onChange={onChange}
        rows={2}
        placeholder="e.g. Prospects get logged out in the middle of checkout during their trial."
        hint={
          words > LONG_WORDS
            ? `${words} words: shorter is easier to repeat.`
            : 'Say what the customer sees, not what the system does.'
        }
      />
      {offer ? (
        // biome-ignore lint/a11y/useSemanticElements: a labelled box of quoted text and one button: a fieldset would bring its border, padding and legend rules
        <div className="selection-offer" role="group" aria-labelledby={`${id}-offer`}>
          <p id={`${id}-offer`}>Selected on the page:</p>
          <blockquote>{offer}</blockquote>
          <button type="button" onClick={onUseOffer}>
            Use the selected text
          </button>{' '}
          <button type="button" onClick={onDismissOffer}>
            Keep mine
          </button>
        </div>
      ) : null}
      <JargonEcho
        text={draft.problem}
        findings={findings}
        slots={{ action: draft.task.action, moment: draft.task.detail }}
        onRewrite={onChange}
        label="Jargon in what goes wrong"
      />
    </section>
  );
}
