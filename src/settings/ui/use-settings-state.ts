// Everything the settings page shows, read from storage and the organisation's policy,
// and kept current as they change (another tab, the background, a policy update).
import { useEffect, useMemo, useState } from 'react';
import { compiledMapItem, ignoredPhrasesItem, personalMapItem, settingsItem, teamMapItem } from '../../storage';
import { useStorageItem } from '../../ui/use-storage-item';
import { EMPTY_LAYER, parseStoredLayer, type Layers } from '../phrase-layers';
import { managedSettings, type ManagedSettings } from '../policy';

/**
 * Policy settings, read from storage.managed, again whenever the browser reports a change.
 * Undefined until the browser answers: Chromium can take seconds after start-up to, so the
 * page does not wait (an import checks the policy again before it stores anything).
 */
export function useManagedSettings(): ManagedSettings | undefined {
  const [managed, setManaged] = useState<ManagedSettings | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = () => void managedSettings().then((m) => live && setManaged(m));
    read();
    const onChanged = (_changes: unknown, area: string) => area === 'managed' && read();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return managed;
}

/** Who to name beside a locked setting. */
export const setBy = (managed: ManagedSettings | undefined) => managed?.managedBy ?? 'your organisation';

export function useSettingsState() {
  const [settings, setSettings] = useStorageItem(settingsItem);
  const [ignored] = useStorageItem(ignoredPhrasesItem);
  const [teamStored] = useStorageItem(teamMapItem);
  const [personalStored] = useStorageItem(personalMapItem);
  const [compiled] = useStorageItem(compiledMapItem);
  const managed = useManagedSettings();

  const policyTeam = useMemo(
    () => (managed?.teamMap === undefined ? null : parseStoredLayer(managed.teamMap)),
    [managed?.teamMap],
  );
  const importedTeam = useMemo(() => parseStoredLayer(teamStored?.map), [teamStored]);
  const team = policyTeam ? policyTeam.layer : importedTeam.layer;
  const personal = useMemo(() => parseStoredLayer(personalStored?.map, team), [personalStored, team]);
  const layers: Layers = useMemo(() => ({ team, personal: personal.layer ?? EMPTY_LAYER }), [team, personal]);
  const loaded =
    settings !== undefined &&
    ignored !== undefined &&
    teamStored !== undefined &&
    personalStored !== undefined &&
    compiled !== undefined;
  return {
    loaded,
    settings,
    setSettings,
    ignored: ignored ?? [],
    managed: managed ?? {},
    /** The team map comes from policy: locked. */
    teamLocked: managed?.teamMap !== undefined,
    teamStored: teamStored ?? null,
    personalStored: personalStored ?? null,
    compiled: compiled ?? null,
    layers,
  };
}

export type SettingsState = ReturnType<typeof useSettingsState>;
