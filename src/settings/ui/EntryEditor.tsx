// One entry's fields, checked as you type with the map's own rules and its examples
// run; saved into the personal layer only when nothing is wrong. Until then the map
// in use stays as it was.
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CompiledMap } from '../../core/phrase-map/compiled';
import { PolicyNotReadyError } from '../policy';
import { PhraseMapError, type MapIssue } from '../../core/phrase-map/errors';
import { CATEGORIES, checkDraft, issuesFor, withEntry, type EntryDraft } from '../entry-draft';
import type { EntryRow } from '../map-rows';
import { updatePersonalLayer } from '../personal-layer';
import type { Layers } from '../phrase-layers';
import { ExamplesEditor } from './ExamplesEditor';
import { FieldError, fieldErrorProps } from './form-bits';
import { IssueList } from './IssueList';
import { RewritesEditor } from './RewritesEditor';

interface Props {
  layers: Layers;
  /** The entry edited; null for a new one. */
  row: EntryRow | null;
  initial: EntryDraft;
  onClose(): void;
  onSaved(message: string, id: string): void;
  /** The map with this draft in it, while it compiles (for the test box); null otherwise. */
  onTrial(map: CompiledMap | null): void;
}

const TOP_FIELDS = ['id', 'category', 'match', 'phrases', 'exceptions', 'why', 'rewrites', 'examples'];

const FROM: Record<EntryRow['layer'], string> = {
  'built-in': 'This entry is built in. Saving keeps your version in your personal layer, in its place.',
  team: 'This entry comes from the team map. Saving keeps your version in your personal layer, in its place.',
  personal: 'This entry is in your personal layer.',
};

export function EntryEditor({ layers, row, initial, onClose, onSaved, onTrial }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [saveIssues, setSaveIssues] = useState<MapIssue[]>([]);
  const [status, setStatus] = useState('');
  const deferred = useDeferredValue(draft);
  const editing = row?.id ?? null;
  const check = useMemo(() => checkDraft(deferred, layers, editing), [deferred, layers, editing]);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => onTrial(check.map), [check.map, onTrial]);
  useEffect(() => () => onTrial(null), [onTrial]);

  const self = check.self;
  const shown = (field: string) => attempted || touched.has(field) || row !== null;
  const fieldIssues = (field: string) => (shown(field) ? issuesFor(check.issues, field, self) : []);
  const change = (field: keyof EntryDraft, value: EntryDraft[keyof EntryDraft]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setTouched((t) => new Set(t).add(field));
    setStatus('');
    setSaveIssues([]);
  };
  // Problems no field shows: clashes with other entries, a schema issue on the entry as a whole.
  const general = check.issues.filter(
    (i) => i.entry !== self || !TOP_FIELDS.some((f) => i.field === f || i.field.startsWith(`${f}.`)),
  );
  const idFixed = row !== null && (row.builtIn !== null || row.team !== null);

  const save = async () => {
    setAttempted(true);
    // The check of what is on screen now, not the deferred one.
    const now = checkDraft(draft, layers, editing);
    if (now.issues.length || !now.personal || !now.entry) {
      setStatus(
        `Not saved: ${now.issues.length} problem${now.issues.length === 1 ? '' : 's'} to fix first. The map in use is unchanged.`,
      );
      return;
    }
    try {
      // Applied to the layer as stored now: an entry added meanwhile (another tab, the card) stays.
      const entry = now.entry;
      await updatePersonalLayer((layer) => withEntry(layer, entry, editing));
      onSaved(`Saved “${now.entry.id}” in your personal layer. Open tabs use it now.`, now.entry.id);
    } catch (error) {
      if (error instanceof PolicyNotReadyError) return setStatus(`Not saved. ${error.message}`);
      if (!(error instanceof PhraseMapError)) throw error;
      setSaveIssues(error.issues);
      setStatus('Not saved: the map would not load with this entry. The map in use is unchanged.');
    }
  };

  const field = (name: string) => `${id}-${name}`;
  return (
    <form
      className="entry-editor"
      aria-labelledby={field('heading')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <h3 id={field('heading')} ref={heading} tabIndex={-1}>
        {row ? `Edit “${row.id}”` : 'New entry'}
      </h3>
      <p className="hint">
        {row ? FROM[row.layer] : 'A new entry goes into your personal layer; export it to share it with the team.'}
      </p>

      <div className="field-row">
        <label htmlFor={field('id')}>Id</label>
        <input
          id={field('id')}
          type="text"
          value={draft.id}
          readOnly={idFixed}
          placeholder="made from the first phrase when left empty"
          onChange={(e) => change('id', e.target.value)}
          {...fieldErrorProps(field('id'), fieldIssues('id'), field('id-hint'))}
        />
        <p className="hint" id={field('id-hint')}>
          {idFixed
            ? 'The id of the entry this one replaces.'
            : 'Lowercase words joined by hyphens, such as ledger-sync.'}
        </p>
        <FieldError id={field('id')} issues={fieldIssues('id')} base="id" />
      </div>

      <div className="pair">
        <div className="field-row">
          <label htmlFor={field('category')}>Category</label>
          <select id={field('category')} value={draft.category} onChange={(e) => change('category', e.target.value)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className="field-row">
          <label htmlFor={field('match')}>Matching</label>
          <select id={field('match')} value={draft.match} onChange={(e) => change('match', e.target.value)}>
            <option value="words">Words (any case, with plurals and verb forms)</option>
            <option value="exact">Exact (letter case kept, as written: acronyms)</option>
          </select>
        </div>
      </div>

      <div className="field-row">
        <label htmlFor={field('phrases')}>Phrases, one a line</label>
        <textarea
          id={field('phrases')}
          rows={3}
          value={draft.phrases}
          onChange={(e) => change('phrases', e.target.value)}
          {...fieldErrorProps(field('phrases'), fieldIssues('phrases'), field('phrases-hint'))}
        />
        <p className="hint" id={field('phrases-hint')}>
          Base forms: plurals and verb forms are added (refactor, refactors, refactored, refactoring).
        </p>
        <FieldError id={field('phrases')} issues={fieldIssues('phrases')} base="phrases" />
      </div>

      <div className="field-row">
        <label htmlFor={field('exceptions')}>Exceptions, one a line (longer phrases that are fine as they are)</label>
        <textarea
          id={field('exceptions')}
          rows={2}
          value={draft.exceptions}
          onChange={(e) => change('exceptions', e.target.value)}
          {...fieldErrorProps(field('exceptions'), fieldIssues('exceptions'))}
        />
        <FieldError id={field('exceptions')} issues={fieldIssues('exceptions')} base="exceptions" />
      </div>

      <div className="field-row">
        <label htmlFor={field('why')}>Why it reads as internal (one sentence)</label>
        <textarea
          id={field('why')}
          rows={2}
          value={draft.why}
          onChange={(e) => change('why', e.target.value)}
          {...fieldErrorProps(field('why'), fieldIssues('why'))}
        />
        <FieldError id={field('why')} issues={fieldIssues('why')} base="why" />
      </div>

      <RewritesEditor
        rewrites={draft.rewrites}
        onChange={(next) => change('rewrites', next)}
        issues={check.issues.filter((i) => i.entry === self)}
        showErrors={shown('rewrites')}
      />
      <ExamplesEditor
        examples={draft.examples}
        onChange={(next) => change('examples', next)}
        issues={check.issues.filter((i) => i.entry === self)}
        runs={check.map ? check.examples : null}
        showErrors={shown('examples')}
      />

      {general.length > 0 && (attempted || row) ? (
        <div className="error">
          <p>With this entry, the map has these problems:</p>
          <IssueList issues={general} label="Problems with the map" />
        </div>
      ) : null}
      {saveIssues.length ? <IssueList issues={saveIssues} label="Why the entry was not saved" /> : null}
      <div className="actions">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      <div role="status" className="note-area">
        {status ? <p className="note failed">{status}</p> : null}
      </div>
    </form>
  );
}
