import { github } from './github';
import { jira } from './jira';
import { linear } from './linear';
import type { TrackerAdapter } from './types';

export const trackers: TrackerAdapter[] = [github, jira, linear];

export function trackerFor(url: URL): TrackerAdapter | undefined {
  return trackers.find((tracker) => tracker.isTicketPage(url));
}

export type { FieldKind, FieldRole, FieldSpec, TrackerAdapter } from './types';
