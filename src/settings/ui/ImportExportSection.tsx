// Import and export: the team map (a file or pasted text, in the --map format), the
// personal layer and all settings, each saved as a file through an <a download> link.
import { useEffect, useState } from 'react';
import { PolicyNotReadyError } from '../policy';
import { PhraseMapError } from '../../core/phrase-map/errors';
import { layerFile, MAP_LIMITS, type Layers } from '../phrase-layers';
import { exportSettingsFile, importSettingsFile, SETTINGS_FILE_LIMITS } from '../settings-file';
import { ImportRefused, importTeamMap } from '../team-layer';
import { useBlobUrl } from './download';
import { FileImport, type ImportResult } from './FileImport';
import { LockedNote } from './Locked';
import type { SettingsState } from './use-settings-state';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

async function runTeamImport(text: string, source: string): Promise<ImportResult> {
  try {
    const map = await importTeamMap(text, source);
    const name = map.name ? `“${map.name}”` : 'the team map';
    return {
      ok: true,
      message: `Imported ${name} from ${source}: ${plural(map.entries.length, 'entry', 'entries')}, ${plural(map.disable.length, 'id', 'ids')} disabled. Open tabs use it now.`,
    };
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    return {
      ok: false,
      message: `Team map not imported: nothing was changed. ${plural(error.issues.length, 'problem', 'problems')}:`,
      issues: error.issues,
    };
  }
}

async function runSettingsImport(text: string, source: string): Promise<ImportResult> {
  try {
    await importSettingsFile(text, source);
    return { ok: true, message: `Imported the settings from ${source}.` };
  } catch (error) {
    if (error instanceof PolicyNotReadyError)
      return { ok: false, message: `Settings not imported. ${error.message}`, issues: [] };
    if (!(error instanceof PhraseMapError)) throw error;
    return {
      ok: false,
      message: `Settings not imported: nothing was changed. ${plural(error.issues.length, 'problem', 'problems')}:`,
      issues: error.issues,
    };
  }
}

function Download({ text, file, children }: { text: string | null; file: string; children: string }) {
  const url = useBlobUrl(text);
  if (text === null) return <li>{children}: nothing to export yet.</li>;
  return (
    <li>
      {url ? (
        <a href={url} download={file}>
          {children}
        </a>
      ) : (
        children
      )}{' '}
      <span className="hint">({file})</span>
    </li>
  );
}

function safeLayerFile(layer: Layers['team'], name?: string): string | null {
  if (!layer) return null;
  try {
    return layerFile(layer, name);
  } catch {
    return null;
  }
}

export function ImportExportSection({ state }: { state: SettingsState }) {
  const { layers, teamLocked, managed, teamStored, personalStored, settings, ignored } = state;
  const by = managed.managedBy ?? 'your organisation';
  const [allSettings, setAllSettings] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the file is read from storage; these are what it holds, so it is made again when one changes
  useEffect(() => {
    let live = true;
    void exportSettingsFile().then((text) => live && setAllSettings(text));
    return () => {
      live = false;
    };
  }, [settings, ignored, teamStored, personalStored]);
  const personal =
    layers.personal.entries.length || layers.personal.disable.length ? safeLayerFile(layers.personal) : null;
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import and export</h2>
      <h3>Import a team map</h3>
      <p className="hint">
        The same format as <code>customer-terms check --map</code>: entries to add or replace, and ids to disable. At
        most 1 MB and {MAP_LIMITS.entries.toLocaleString('en')} entries. A map with any problem is not imported, and the
        map in use stays as it is.
      </p>
      {teamLocked ? <LockedNote by={by} id="team-import-locked" /> : null}
      {teamLocked ? (
        <p className="hint">The organisation’s team map is used on every tab; a team map cannot be imported over it.</p>
      ) : null}
      <FileImport
        what="Team map"
        limit={MAP_LIMITS.bytes}
        paste
        disabled={teamLocked}
        describedBy={teamLocked ? 'team-import-locked' : undefined}
        run={runTeamImport}
      />
      <h3>Export</h3>
      <ul className="downloads">
        <Download text={safeLayerFile(layers.team, layers.team?.name)} file="team-map.json">
          The team map
        </Download>
        <Download text={personal} file="personal-map.json">
          My personal changes
        </Download>
        <Download text={allSettings} file="customer-terms-settings.json">
          All settings
        </Download>
      </ul>
      <h3>Import all settings</h3>
      <p className="hint">
        A file exported with “All settings”, from this or another machine. Every part is checked first; nothing changes
        when any part is wrong.
      </p>
      <FileImport what="Settings" limit={SETTINGS_FILE_LIMITS.bytes} run={runSettingsImport} />
    </section>
  );
}
