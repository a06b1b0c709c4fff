import type { ColumnType } from 'kysely';

/** A moment that may not have happened yet (archived, retired): null until set, optional on insert. */
export type OptionalTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
