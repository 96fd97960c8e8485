// The one message protocol between the extension's parts, discriminated on `kind`.

export type Message =
  /** Content script -> background: the page's number of flagged phrases, for the badge. */
  | { kind: 'badge'; count: number };

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}
