import { SettingsPage } from '../../src/settings/ui/SettingsPage';

export function SettingsApp() {
  return <SettingsPage />;
}
