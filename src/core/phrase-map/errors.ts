export interface MapIssue {
  /** The entry's id, or its position when it has no usable id. */
  entry: string;
  field: string;
  message: string;
}

/** Thrown when a phrase map cannot be loaded; nothing from it is used. */
export class PhraseMapError extends Error {
  constructor(readonly issues: MapIssue[]) {
    super(
      `The phrase map has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((i) => `  - ${i.entry}, ${i.field}: ${i.message}`).join('\n'),
    );
    this.name = 'PhraseMapError';
  }
}
