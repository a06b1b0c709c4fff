import type { DB } from '../../api/db/schema.ts';
import { parseFramework } from '../../workflows/excellence/framework-validation.ts';
import { seedFrameworks } from '../frameworks/index.ts';

/**
 * The three reference frameworks, each at its authored version. Existing versions are left
 * alone: a programme may have edited or frozen them since.
 */
export async function loadExcellenceFrameworks(db: DB, at: Date = new Date()): Promise<number> {
  let added = 0;
  for (const input of seedFrameworks) {
    const parsed = parseFramework(input);
    if (!parsed.ok) throw new Error(`seed framework ${input.code} is invalid at ${parsed.errors[0]?.path}`);
    const fw = parsed.framework;
    const exists = await db
      .selectFrom('excellence_frameworks')
      .select('code')
      .where('code', '=', fw.code)
      .where('version', '=', fw.version)
      .executeTakeFirst();
    if (exists) continue;
    await db
      .insertInto('excellence_frameworks')
      .values({
        code: fw.code,
        version: fw.version,
        name_ar: fw.name.ar,
        name_en: fw.name.en,
        document: JSON.stringify(fw),
        frozen: false,
        created_by: null,
        created_at: at,
      })
      .execute();
    added++;
  }
  return added;
}
