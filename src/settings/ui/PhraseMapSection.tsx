// The phrase map editor: search every entry of every layer, add, edit, disable,
// enable and delete, and try sentences against the map as edited. Opening the page
// at #entry=<id> (from "Add to phrase map") opens that entry.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CompiledMap } from '../../core/phrase-map/compiled';
import { PolicyNotReadyError } from '../policy';
import { PhraseMapError, type MapIssue } from '../../core/phrase-map/errors';
import type { TeamMap } from '../../core/phrase-map/schema';
import { draftOf, emptyDraft, type EntryDraft } from '../entry-draft';
import { entryRows, searchRows, type EntryRow } from '../map-rows';
import { updatePersonalLayer } from '../personal-layer';
import { compileLayers, layerOf, type Layers } from '../phrase-layers';
import { EntryEditor } from './EntryEditor';
import { EntryList } from './EntryList';
import { IssueList } from './IssueList';
import { TestBox } from './TestBox';

type Editing = { row: EntryRow | null; draft: EntryDraft; key: number } | null;

interface Props {
  layers: Layers;
  /** The map the background compiled and every tab uses. */
  inUse: CompiledMap | null;
}

function hashEntry(): string | null {
  const m = /^#entry=(.+)$/.exec(location.hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}

export function PhraseMapSection({ layers, inUse }: Props) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [trial, setTrial] = useState<CompiledMap | null>(null);
  const [message, setMessage] = useState<{ text: string; issues?: MapIssue[] } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => entryRows(layers), [layers]);
  const found = useMemo(() => searchRows(rows, query), [rows, query]);
  // The map as stored, when the background has not compiled it yet (or it lags a save).
  const current = useMemo(() => inUse ?? compileLayers(layers), [inUse, layers]);
  const keyRef = useRef(0);

  const open = useCallback((row: EntryRow | null) => {
    setMessage(null);
    setEditing({ row, draft: row ? draftOf(row.entry) : emptyDraft(), key: ++keyRef.current });
  }, []);

  // "Add to phrase map" opens the settings page at the entry it added.
  const wanted = useRef<string | null>(hashEntry());
  useEffect(() => {
    const onHash = () => {
      wanted.current = hashEntry();
      setQuery('');
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    const id = wanted.current;
    if (!id) return;
    const row = rows.find((r) => r.id === id);
    if (row) {
      wanted.current = null;
      open(row);
    }
  });

  // Each change applies to the layer as stored when it is made, not as this page last saw it.
  const change = async (edit: (layer: TeamMap) => TeamMap, done: string) => {
    try {
      await updatePersonalLayer(edit);
      setMessage({ text: done });
    } catch (error) {
      if (error instanceof PolicyNotReadyError) setMessage({ text: `Not changed. ${error.message}` });
      else if (!(error instanceof PhraseMapError)) throw error;
      else setMessage({ text: 'Not changed: the map would not load that way.', issues: error.issues });
    }
    messageRef.current?.focus();
  };

  return (
    <section aria-labelledby="map-heading">
      <h2 id="map-heading">Phrase map</h2>
      <div className="map-tools">
        <div className="field-row grow">
          <label htmlFor="map-search">Search entries</label>
          <input
            id="map-search"
            type="search"
            value={query}
            aria-describedby="map-search-hint"
            onChange={(e) => setQuery(e.target.value)}
          />
          <p className="hint" id="map-search-hint">
            By id, phrase or category; “built-in”, “team”, “personal”, “disabled” and “replaced” pick entries by layer.
          </p>
        </div>
        <button type="button" onClick={() => open(null)}>
          Add an entry
        </button>
      </div>
      <div ref={messageRef} tabIndex={-1} role="status" className="note-area">
        {message ? (
          <>
            <p className={`note ${message.issues ? 'failed' : 'ok'}`}>{message.text}</p>
            {message.issues ? <IssueList issues={message.issues} label="Why nothing changed" /> : null}
          </>
        ) : null}
      </div>
      {editing ? (
        <EntryEditor
          key={editing.key}
          layers={layers}
          row={editing.row}
          initial={editing.draft}
          onTrial={setTrial}
          onClose={() => setEditing(null)}
          onSaved={(text) => {
            setEditing(null);
            setMessage({ text });
            requestAnimationFrame(() => messageRef.current?.focus());
          }}
        />
      ) : null}
      <TestBox map={trial ?? current} edited={trial !== null} layerOf={(id) => layerOf(id, layers)} />
      <h3>Entries</h3>
      <EntryList
        rows={found}
        total={rows.length}
        onEdit={open}
        onDisable={(row) =>
          void change(
            (p) => ({ ...p, disable: [...new Set([...p.disable, row.id])] }),
            `“${row.id}” is disabled: it is no longer flagged.`,
          )
        }
        onEnable={(row) =>
          void change(
            (p) => ({ ...p, disable: p.disable.filter((id) => id !== row.id) }),
            `“${row.id}” is enabled again.`,
          )
        }
        onDelete={(row) =>
          change(
            (p) => ({
              ...p,
              entries: p.entries.filter((e) => e.id !== row.id),
              disable: p.disable.filter((id) => id !== row.id),
            }),
            `Deleted your entry “${row.id}”.`,
          )
        }
      />
    </section>
  );
}
