/** The one message both the global setup and the test workers print when the server suite cannot run. */
export function postgresSkippedBanner(reason: string): string {
  const line = '!'.repeat(78);
  return [
    '',
    line,
    `!!! PostgreSQL server suite SKIPPED: ${reason}.`,
    '!!! Only the embedded PGlite target ran. Install postgresql-15 (or set',
    '!!! TAMAYUZ_TEST_POSTGRES_URL to a superuser URL) to test against a real server.',
    line,
    '',
  ].join('\n');
}
