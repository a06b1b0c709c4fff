import { z } from 'zod';

// Zod tries `Function('')` when a schema is built, to see whether it may compile faster parsers;
// the server's Content-Security-Policy forbids eval, so skip the probe and the violation it reports.
z.config({ jitless: true });
