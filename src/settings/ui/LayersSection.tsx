// The three layers of the phrase map: how many entries each adds, replaces and
// disables, where the team map came from, problems the background reported, and
// "Reset" for the team and personal layers (asked twice; a policy map cannot be reset).
import type { TeamMap } from '../../core/phrase-map/schema';
import type { StoredCompiledMap, StoredLayer } from '../../storage';
import { builtInEntries, type Layers } from '../phrase-layers';
import { resetPersonalLayer, resetTeamMap } from '../team-layer';
import { ConfirmButton } from './ConfirmButton';
import { IssueList } from './IssueList';
import { LockedNote } from './Locked';

interface Props {
  layers: Layers;
  teamStored: StoredLayer | null;
  teamLocked: boolean;
  by: string;
  compiled: StoredCompiledMap | null;
  onReset(message: string): void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function describe(layer: TeamMap | null, known: Set<string>): string {
  if (!layer || (layer.entries.length === 0 && layer.disable.length === 0)) return 'none';
  const replacing = layer.entries.filter((e) => known.has(e.id)).length;
  const parts = [
    `${plural(layer.entries.length - replacing, 'entry', 'entries')} added`,
    `${plural(replacing, 'replaced', 'replaced')}`,
  ];
  parts.push(`${plural(layer.disable.length, 'disabled', 'disabled')}`);
  return parts.join(', ');
}

export function LayersSection({ layers, teamStored, teamLocked, by, compiled, onReset }: Props) {
  const builtIn = builtInEntries();
  const builtInIds = new Set(builtIn.map((e) => e.id));
  const teamIds = new Set([...builtInIds, ...(layers.team?.entries.map((e) => e.id) ?? [])]);
  const teamName = layers.team?.name;
  return (
    <section aria-labelledby="layers-heading">
      <h2 id="layers-heading">Layers</h2>
      <p className="hint">
        The built-in map, then the team map over it, then your personal changes over both: each can add entries, replace
        one by its id, or disable ids.
      </p>
      <dl className="layers">
        <dt>Built-in</dt>
        <dd data-layer="built-in">{plural(builtIn.length, 'entry', 'entries')}</dd>
        <dt>Team{teamName ? ` (${teamName})` : ''}</dt>
        <dd data-layer="team">
          {describe(layers.team, builtInIds)}
          {teamLocked ? (
            <LockedNote by={by} id="team-locked" />
          ) : teamStored ? (
            <span className="hint">
              {' '}
              · from {teamStored.source}, {new Date(teamStored.savedAt).toLocaleString()}
            </span>
          ) : null}
        </dd>
        <dt>Personal</dt>
        <dd data-layer="personal">{describe(layers.personal, teamIds)}</dd>
        <dt>In use</dt>
        <dd data-layer="in-use">
          {compiled
            ? plural(compiled.map.entries.length, 'entry', 'entries')
            : 'the built-in map (the background has not built one yet)'}
        </dd>
      </dl>
      {compiled && compiled.problems.length > 0 ? (
        <div className="warning" role="alert">
          <p>A stored layer does not load, so the map in use leaves it out:</p>
          <IssueList issues={compiled.problems} label="Problems reported by the background" />
        </div>
      ) : null}
      <div className="actions">
        <ConfirmButton
          label="Reset the team map…"
          question="Remove the team map? Its entries stop being flagged on every tab; import it again to bring them back."
          confirmLabel="Yes, remove the team map"
          disabled={teamLocked || !teamStored}
          describedBy={teamLocked ? 'team-locked' : undefined}
          onConfirm={async () => {
            await resetTeamMap();
            onReset('The team map was removed.');
          }}
        />
        <ConfirmButton
          label="Reset my personal changes…"
          question="Remove every entry you added or edited and every entry you disabled? This cannot be undone."
          confirmLabel="Yes, remove my changes"
          disabled={layers.personal.entries.length === 0 && layers.personal.disable.length === 0}
          onConfirm={async () => {
            await resetPersonalLayer();
            onReset('Your personal changes were removed.');
          }}
        />
      </div>
    </section>
  );
}
