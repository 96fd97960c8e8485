// Step 3: the effect on sales or support: common effects to tick, plus free text.
import { useId } from 'react';
import { EFFECT_LABELS, EFFECT_PICKS, type EffectPick, type WriteUpDraft } from '../../core/writeup';
import { TextArea } from '../../ui/fields';

interface Props {
  effect: WriteUpDraft['effect'];
  onChange(effect: WriteUpDraft['effect']): void;
}

export function EffectStep({ effect, onChange }: Props) {
  const id = useId();
  const toggle = (pick: EffectPick, on: boolean) =>
    onChange({
      ...effect,
      picks: on ? [...effect.picks.filter((p) => p !== pick), pick] : effect.picks.filter((p) => p !== pick),
    });
  return (
    <section className="step" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <span className="step-number">3</span> Effect on sales and support
      </h2>
      <fieldset className="chips">
        <legend>What does it cost?</legend>
        {EFFECT_PICKS.map((pick) => (
          <label key={pick} className="chip">
            <input
              type="checkbox"
              checked={effect.picks.includes(pick)}
              onChange={(e) => toggle(pick, e.target.checked)}
            />
            {EFFECT_LABELS[pick]}
          </label>
        ))}
      </fieldset>
      <TextArea
        label="In your own words (optional)"
        value={effect.detail}
        onChange={(detail) => onChange({ ...effect, detail })}
        rows={2}
        placeholder="e.g. Sales lost 20 minutes of a live demo twice last month."
      />
    </section>
  );
}
