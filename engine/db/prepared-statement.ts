/**
 * Hot statements prepared once per connection: PostgreSQL then parses and plans them once, not on
 * every call, and each call sends only its parameters. The SQL carries a leading comment naming it;
 * the pool's client (copying-client.ts) runs such a text as a named prepared statement. Anything
 * else (PGlite, a bare pool) reads the mark as the comment it is.
 */
/** A statement's text opens with this comment to be prepared once per connection (see `preparedStatement`). */
const preparedMark = /^\/\* prepared: ([a-z0-9 _-]+) \*\//;
/** Statement names by text: each distinct text gets its own (pg refuses one name for two texts). */
const preparedNames = new Map<string, string>();

/** Marks a hot statement's SQL so the server parses and plans it once per connection, not on every call. */
export function preparedStatement(name: string, text: string): string {
  return `/* prepared: ${name} */ ${text}`;
}

/** The name a marked statement is prepared under on every connection, or null for an unmarked one. */
export function preparedName(text: string): string | null {
  if (!text.startsWith('/* prepared: ')) return null;
  let name = preparedNames.get(text);
  if (!name) {
    const label = preparedMark.exec(text)?.[1];
    if (!label) return null;
    name = `${label.replaceAll(' ', '_')}_${preparedNames.size + 1}`;
    preparedNames.set(text, name);
  }
  return name;
}
