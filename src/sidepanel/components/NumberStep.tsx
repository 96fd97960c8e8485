// Step 4: one number to measure later: what, today's value, the target, the
// unit and the window. Pasting "3% -> below 0.5%" anywhere here fills it.
import { useId, useState, type ClipboardEvent } from 'react';
import { parseNumberInput, type NumberPair, type WriteUpDraft } from '../../core/writeup';
import { TextField } from '../../ui/fields';
import { NumberPicture } from './NumberPicture';

type NumberPart = WriteUpDraft['number'];

interface Props {
  number: NumberPart;
  onChange(number: NumberPart): void;
  /** Pairs found in the ticket, offered rather than filled in. */
  suggestions: readonly NumberPair[];
}

function filled(
  number: NumberPart,
  pair: { before: string; target: string; unit?: string; metric?: string },
): NumberPart {
  // Values keep their unit as written ("3%"); the unit field only carries one a bare value lacks ("12" per 1,000).
  const unit = /\d$/.test(pair.before.trim()) ? (pair.unit ?? '') : '';
  return { ...number, before: pair.before, target: pair.target, metric: pair.metric || number.metric, unit };
}

export function NumberStep({ number, onChange, suggestions }: Props) {
  const id = useId();
  const [quick, setQuick] = useState('');
  const [quickNote, setQuickNote] = useState('');
  const onQuick = (text: string) => {
    setQuick(text);
    const parsed = parseNumberInput(text);
    if (parsed) {
      onChange(filled(number, parsed));
      setQuickNote(`Filled in: today ${parsed.before}, target ${parsed.target}.`);
    } else setQuickNote(text.trim() ? 'Write it as today’s value, an arrow, then the target: 3% -> below 0.5%.' : '');
  };
  const onPaste = (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const parsed = parseNumberInput(event.clipboardData.getData('text/plain'));
    if (!parsed) return;
    event.preventDefault();
    onChange(filled(number, parsed));
    setQuickNote(`Filled in from the paste: today ${parsed.before}, target ${parsed.target}.`);
  };
  const set = (key: keyof NumberPart) => (value: string) => onChange({ ...number, [key]: value });
  return (
    <section className="step" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <span className="step-number">4</span> One number to measure
      </h2>
      <TextField
        label="Quick entry: today → target"
        value={quick}
        onChange={onQuick}
        placeholder="3% -> below 0.5%"
        hint={quickNote || undefined}
      />
      {suggestions.length ? (
        // biome-ignore lint/a11y/useSemanticElements: a labelled row of buttons, laid out as a flex row: a fieldset would bring its border, padding and min-width
        <div className="suggestions" role="group" aria-label="Numbers found in the ticket">
          <span>Found in the ticket:</span>
          {suggestions.map((pair) => (
            <button key={`${pair.start}`} type="button" onClick={() => onChange(filled(number, pair))}>
              Use {pair.metric ? `${pair.metric}: ` : ''}
              {pair.before} → {pair.target}
            </button>
          ))}
        </div>
      ) : null}
      <TextField
        label="What is measured"
        value={number.metric}
        onChange={set('metric')}
        placeholder="e.g. sign-in failures during demos"
      />
      <div className="pair">
        <TextField label="Today" value={number.before} onChange={set('before')} onPaste={onPaste} placeholder="3%" />
        <TextField
          label="Target"
          value={number.target}
          onChange={set('target')}
          onPaste={onPaste}
          placeholder="below 0.5%"
        />
      </div>
      <div className="pair">
        <TextField
          label="Unit (if the values have none)"
          value={number.unit}
          onChange={set('unit')}
          placeholder="per 1,000 exports"
        />
        <TextField label="Time frame" value={number.window} onChange={set('window')} placeholder="e.g. 30 days" />
      </div>
      <NumberPicture before={number.before} target={number.target} />
    </section>
  );
}
