import * as z from 'zod/v4';

// Zod tries `Function('')` when a schema is built, to see whether it may compile faster parsers;
// the server's Content-Security-Policy forbids eval, so skip the probe and the violation it reports.
// The web build resolves `zod` to this module (vite.config.ts), so the setting is made before any
// schema is built (ES modules run their imports first) and zod is fetched with the first page that
// uses a schema, not with the shell.
z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };
