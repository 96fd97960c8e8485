// Imported first by every extension entrypoint whose bundle uses zod (the side panel,
// the settings page and the background): zod 4 reads this setting when a schema is created, so it must run before any
// module that defines one. Jitless, zod parses with its interpreter and never generates
// code with `new Function` (which extension pages' CSP and store reviewers reject);
// src/build/zod-no-eval-plugin.ts also keeps that code out of the bundles.
import { z } from 'zod';

z.config({ jitless: true });
