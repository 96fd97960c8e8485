// The settings page: the phrase map and its layers, import and export, where the
// extension runs, ignored phrases and shortcuts. Settings the organisation's policy
// sets show as locked, with who set them.
import { useState } from 'react';
import { GeneralSection } from './GeneralSection';
import { IgnoredSection } from './IgnoredSection';
import { ImportExportSection } from './ImportExportSection';
import { KeptAsideSection } from './KeptAsideSection';
import { LayersSection } from './LayersSection';
import { PhraseMapSection } from './PhraseMapSection';
import { SelfHostedSection } from './SelfHostedSection';
import { ShortcutsSection } from './ShortcutsSection';
import { setBy, useSettingsState } from './use-settings-state';

export function SettingsPage() {
  const state = useSettingsState();
  const [resetNote, setResetNote] = useState('');
  if (!state.loaded || !state.settings) {
    return (
      <main className="page">
        <h1>Customer Terms settings</h1>
        <p role="status">Loading…</p>
      </main>
    );
  }
  const by = setBy(state.managed);
  return (
    <main className="page settings">
      <h1>Customer Terms settings</h1>
      <nav aria-label="Sections">
        <ul className="toc">
          <li>
            <a href="#map-heading">Phrase map</a>
          </li>
          <li>
            <a href="#layers-heading">Layers</a>
          </li>
          <li>
            <a href="#import-heading">Import and export</a>
          </li>
          <li>
            <a href="#where-heading">Where it runs</a>
          </li>
          <li>
            <a href="#ignored-heading">Ignored phrases</a>
          </li>
          <li>
            <a href="#self-hosted-heading">Self-hosted trackers</a>
          </li>
          <li>
            <a href="#shortcuts-heading">Shortcuts</a>
          </li>
        </ul>
      </nav>
      {state.managed.managedBy || state.teamLocked ? (
        <p className="locked-banner">Some settings are managed by {by}: they are locked here.</p>
      ) : null}
      <KeptAsideSection />
      <PhraseMapSection layers={state.layers} inUse={state.compiled?.map ?? null} />
      <LayersSection
        layers={state.layers}
        teamStored={state.teamStored}
        teamLocked={state.teamLocked}
        by={by}
        compiled={state.compiled}
        onReset={setResetNote}
      />
      <div role="status" className="note-area">
        {resetNote ? <p className="note ok">{resetNote}</p> : null}
      </div>
      <ImportExportSection state={state} />
      <GeneralSection settings={state.settings} setSettings={state.setSettings} managed={state.managed} />
      <IgnoredSection ignored={state.ignored} />
      <SelfHostedSection />
      <ShortcutsSection />
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>
          Ticket text is checked inside your browser. Customer Terms sends nothing anywhere and makes no network
          requests.
        </p>
      </section>
    </main>
  );
}
