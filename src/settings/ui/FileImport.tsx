// One way into the settings page for a JSON file: a file picker and, for a map, a
// box to paste into. The file's size is checked before it is read; what the import
// says (done, or every problem) is announced.
import { useId, useState, type ReactNode } from 'react';
import type { MapIssue } from '../../core/phrase-map/errors';
import { tooLargeIssue } from '../team-layer';
import { IssueList } from './IssueList';

export type ImportResult = { ok: true; message: string } | { ok: false; message: string; issues: MapIssue[] };

interface Props {
  /** "Team map": names the controls. */
  what: string;
  limit: number;
  run(text: string, source: string): Promise<ImportResult>;
  paste?: boolean;
  disabled?: boolean;
  describedBy?: string;
  children?: ReactNode;
}

export function FileImport({ what, limit, run, paste = false, disabled = false, describedBy, children }: Props) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const go = async (read: () => Promise<string>, source: string) => {
    setBusy(true);
    try {
      setResult(await run(await read(), source));
    } catch (error) {
      // Local storage has a quota too (chrome.storage.local: 10 MB): a write past it is said, never dropped.
      const full = /quota/i.test(String(error));
      setResult({
        ok: false,
        message: full
          ? `${what} not imported: the browser's storage for this extension on this device is full. Nothing was changed; reset a layer or discard values kept aside, then try again.`
          : `${what} not imported: the file could not be read or saved.`,
        issues: [{ entry: '(file)', field: '(read)', message: String(error) }],
      });
    } finally {
      setBusy(false);
    }
  };
  const onFile = (file: File | undefined) => {
    if (!file) return;
    const tooLarge = tooLargeIssue(file.size, limit);
    if (tooLarge) {
      setResult({ ok: false, message: `${what} not imported: nothing was changed.`, issues: [tooLarge] });
      return;
    }
    void go(() => file.text(), file.name);
  };
  return (
    <div className="import" aria-busy={busy}>
      <div className="field-row">
        <label htmlFor={`${id}-file`}>{what} file (JSON)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(e) => {
            onFile(e.target.files?.[0]);
            e.target.value = ''; // choosing the same file again imports it again
          }}
        />
      </div>
      {paste ? (
        <div className="field-row">
          <label htmlFor={`${id}-paste`}>Or paste a {what.toLowerCase()}</label>
          <textarea
            id={`${id}-paste`}
            rows={4}
            value={pasted}
            disabled={disabled}
            spellCheck={false}
            aria-describedby={describedBy}
            onChange={(e) => setPasted(e.target.value)}
          />
          <div>
            <button
              type="button"
              disabled={disabled || !pasted.trim() || busy}
              onClick={() => void go(async () => pasted, 'pasted text')}
            >
              Import the pasted {what.toLowerCase()}
            </button>
          </div>
        </div>
      ) : null}
      {children}
      <div aria-live="polite" className="note-area">
        {result?.ok ? <p className="note ok">{result.message}</p> : null}
      </div>
      {result && !result.ok ? (
        <div className="error" role="alert">
          <p>{result.message}</p>
          <IssueList issues={result.issues} label={`Why the ${what.toLowerCase()} was not imported`} />
        </div>
      ) : null}
    </div>
  );
}
