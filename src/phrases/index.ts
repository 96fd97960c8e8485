// The default phrase map: one data file per category, each entry with examples.
import type { PhraseEntryInput } from '../core/phrase-map/schema';
import type { IdentifierShape } from '../core/phrase-map/compile';
import acronym from './acronym.json';
import component from './component.json';
import delivery from './delivery.json';
import housekeeping from './housekeeping.json';
import identifier from './identifier.json';
import incident from './incident.json';
import metrics from './metrics.json';
import observability from './observability.json';
import reliability from './reliability.json';
import system from './system.json';

interface PhraseFile {
  category: string;
  entries: Omit<PhraseEntryInput, 'category'>[];
}

const files = [
  housekeeping,
  system,
  reliability,
  observability,
  metrics,
  incident,
  delivery,
  component,
  acronym,
] as PhraseFile[];

/** Every default entry with its file's category filled in. */
export const defaultEntries: unknown[] = files.flatMap((file) =>
  file.entries.map((entry) => ({ category: file.category, ...entry })),
);

export const identifierShape: IdentifierShape = identifier;
