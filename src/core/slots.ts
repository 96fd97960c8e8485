// Slots a rewrite may contain; the card asks the user to fill them. No zod here:
// the content script imports this.
export const SLOTS = {
  action: 'the customer action, e.g. sign in',
  moment: 'when it happens, e.g. during a live demo',
  who: 'who feels it, e.g. trial users',
  number: 'a number, e.g. 3 in 100',
} as const;
export type SlotName = keyof typeof SLOTS;

export function slotsIn(template: string): string[] {
  return [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
}
