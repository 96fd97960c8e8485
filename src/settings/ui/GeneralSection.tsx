// Where the extension runs and what it highlights: one switch per tracker, and
// highlighting while reading. A setting the organisation's policy sets is locked.
import { useId } from 'react';
import { normalizeSettings, type Settings } from '../../storage';
import { trackers } from '../../trackers';
import type { ManagedSettings } from '../policy';
import { LockedNote } from './Locked';
import { setBy } from './use-settings-state';

/** A self-hosted origin follows its kind's switch, so the switch says so. */
const SWITCH_LABELS: Record<string, string> = {
  github: 'GitHub, and GitHub Enterprise Server origins added below',
  jira: 'Jira Cloud, and Jira Data Center origins added below',
};

interface Props {
  settings: Settings;
  setSettings(next: Settings): Promise<void>;
  managed: ManagedSettings;
}

function Switch({
  label,
  checked,
  locked,
  by,
  onChange,
}: {
  label: string;
  checked: boolean;
  locked: boolean;
  by: string;
  onChange(on: boolean): void;
}) {
  const id = useId();
  return (
    <div className="switch">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={locked}
        aria-describedby={locked ? `${id}-locked` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {locked ? <LockedNote by={by} id={`${id}-locked`} /> : null}
    </div>
  );
}

export function GeneralSection({ settings: raw, setSettings, managed }: Props) {
  const settings = normalizeSettings(raw);
  const by = setBy(managed);
  const policyOff = new Set(managed.disabledTrackers ?? []);
  const setTracker = (id: string, on: boolean) => {
    const off = new Set(settings.disabledTrackers);
    if (on) off.delete(id);
    else off.add(id);
    void setSettings({ ...settings, disabledTrackers: [...off].sort() });
  };
  return (
    <section aria-labelledby="where-heading">
      <h2 id="where-heading">Where Customer Terms runs</h2>
      <fieldset>
        <legend>Trackers</legend>
        <p className="hint">A tracker switched off gets no highlights and no card; open tabs follow at once.</p>
        {trackers.map((tracker) => (
          <Switch
            key={tracker.id}
            label={SWITCH_LABELS[tracker.id] ?? tracker.label}
            checked={!policyOff.has(tracker.id) && !settings.disabledTrackers.includes(tracker.id)}
            locked={policyOff.has(tracker.id)}
            by={by}
            onChange={(on) => setTracker(tracker.id, on)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>While reading</legend>
        <Switch
          label="Highlight jargon in issues and comments I am reading, not only while I edit"
          checked={managed.highlightWhileReading ?? settings.highlightWhileReading}
          locked={managed.highlightWhileReading !== undefined}
          by={by}
          onChange={(on) => void setSettings({ ...settings, highlightWhileReading: on })}
        />
      </fieldset>
    </section>
  );
}
