import { github } from './github';
import { jira } from './jira';
import { linear } from './linear';
import type { TrackerAdapter } from './types';

export const trackers: TrackerAdapter[] = [github, jira, linear];

export { FIELD_ROLES, isInsertRole } from './types';
export type { FieldKind, FieldRole, FieldSpec, InsertRole, TrackerAdapter } from './types';
