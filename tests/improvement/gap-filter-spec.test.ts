import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productDb, type DB } from '../../api/db/schema.ts';
import { gapFilterQuery } from '../../api/improvement/gap-search.ts';
import { gapSeverities, gapSourceKinds, gapStatuses, gapSchema, type Gap } from '../../workflows/improvement/gap.ts';
import { filterGaps, gapSearchText, type GapFilter } from '../../workflows/improvement/gap-query.ts';
import { raiseGapRow } from '../../api/improvement/gap-register.ts';
import { loadSeeds } from '../../seeds/loader.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';

/**
 * The register's SQL filter (`gapFilterQuery`) against its specification (`filterGaps`):
 * the same gaps go into the database and into the pure function, and every filter must
 * select the same ids from both.
 */

const entities = ['ent-moi', 'ent-moh', 'ent-mun'] as const;
const owners = ['usr-coord-moi', 'usr-coord-moh', 'usr-pm'] as const;
const criteria = ['1.1', '2.3', 'C'] as const;

function gap(over: Partial<Gap> & Pick<Gap, 'id' | 'title'>): Gap {
  return gapSchema.parse({
    code: `FIX-${over.id.slice(1).padStart(4, '0')}`,
    description: '',
    entityId: 'ent-moi',
    criterionCode: null,
    severity: 'medium',
    ownerId: null,
    status: 'open',
    sources: [{ kind: 'assessment_afi', containerId: 'asm-1', itemId: `afi-${over.id}` }],
    mergedIntoId: null,
    raisedAt: '2026-03-01T08:00:00.000Z',
    closedAt: null,
    ...over,
  });
}

/** Varied on every field the filter reads, with the texts people actually paste: diacritics, tatweel, alef forms, PDF ligatures, no-break spaces. */
const fixtures: Gap[] = [
  gap({ id: 'g1', title: 'فَجْوَة في زمن الانتظار', description: 'الانتظـــار أطول من المعيار', criterionCode: '2.3', severity: 'high' }),
  gap({
    id: 'g2',
    title: 'No SLA with partner entity',
    description: 'Partner  SLA\tmissing',
    entityId: 'ent-moh',
    criterionCode: '1.1',
    ownerId: 'usr-coord-moh',
    status: 'in_progress',
    sources: [
      { kind: 'workshop_pain_point', containerId: 'ws-1', itemId: 'pp-1' },
      { kind: 'journey_difference', containerId: 'j-1', itemId: 'd-1' },
    ],
  }),
  gap({ id: 'g3', title: 'إدارة الشكاوى', description: 'لا يوجد إجراء موثّق', status: 'closed', closedAt: '2026-05-01T00:00:00.000Z' }),
  gap({ id: 'g4', title: 'Duplicate of the waiting gap', criterionCode: '2.3', status: 'merged', mergedIntoId: 'g1' }),
  gap({
    id: 'g5',
    title: 'Mystery shopper: counter closed',
    entityId: 'ent-mun',
    severity: 'critical',
    sources: [{ kind: 'mystery_shopper_finding', containerId: 'v-1', itemId: 'f-1' }],
  }),
  gap({
    id: 'g6',
    title: 'ﻻ توجد متابعة للطلبات',
    description: 'نص منسوخ من ملف PDF',
    entityId: 'ent-mun',
    ownerId: 'usr-pm',
    severity: 'low',
  }),
  gap({
    id: 'g7',
    title: 'Customer\u00a0charter not published',
    description: 'CAFÉ-style kiosk; ÉCRAN unreadable',
    entityId: 'ent-moh',
    criterionCode: 'C',
    severity: 'high',
    ownerId: 'usr-coord-moh',
  }),
  gap({
    id: 'g8',
    title: 'آلية الاعتراض غير واضحة',
    description: 'ٱلاعتراض',
    criterionCode: '1.1',
    status: 'in_progress',
    ownerId: 'usr-coord-moi',
    sources: [
      { kind: 'journey_difference', containerId: 'j-2', itemId: 'd-2' },
      { kind: 'assessment_afi', containerId: 'asm-2', itemId: 'afi-g8' },
    ],
  }),
  gap({
    id: 'g9',
    title: 'Ｏｎｌｉｎｅ ﬁling form',
    description: '',
    entityId: 'ent-mun',
    criterionCode: 'C',
    severity: 'critical',
    status: 'closed',
    closedAt: '2026-06-01T00:00:00.000Z',
  }),
  gap({
    id: 'g10',
    title: 'Merged into the SLA gap',
    entityId: 'ent-moh',
    status: 'merged',
    mergedIntoId: 'g2',
    ownerId: 'usr-coord-moh',
    sources: [{ kind: 'workshop_pain_point', containerId: 'ws-1', itemId: 'pp-2' }],
  }),
  gap({ id: 'g11', title: 'ΣΥΣΤΗΜΑ  İstanbul office', description: 'Straße', severity: 'low', criterionCode: '2.3' }),
];

async function insertGaps(db: DB, gaps: readonly Gap[]): Promise<void> {
  // Survivors before the gaps merged into them (merged_into_id references gaps.id).
  const ordered = [...gaps].sort((a, b) => Number(a.mergedIntoId !== null) - Number(b.mergedIntoId !== null));
  for (const g of ordered) {
    await db
      .insertInto('gaps')
      .values({
        id: g.id,
        code: g.code,
        title: g.title,
        description: g.description,
        entity_id: g.entityId,
        criterion_code: g.criterionCode,
        severity: g.severity,
        owner_id: g.ownerId,
        status: g.status,
        merged_into_id: g.mergedIntoId,
        cycle_id: null,
        raised_at: new Date(g.raisedAt),
        closed_at: g.closedAt ? new Date(g.closedAt) : null,
        // What the register writes with every title and description (gap-register.ts, gaps.update).
        search_text: gapSearchText(g),
      })
      .execute();
    await db
      .insertInto('gap_sources')
      .values(
        g.sources.map((s) => ({
          gap_id: g.id,
          kind: s.kind,
          container_id: s.containerId,
          item_id: s.itemId,
          label_ar: 'مصدر',
          label_en: 'Source',
        })),
      )
      .execute();
  }
}

const specIds = (gaps: readonly Gap[], filter: GapFilter) =>
  filterGaps(gaps, filter)
    .map((g) => g.id)
    .sort();
async function sqlIds(db: DB, filter: GapFilter): Promise<string[]> {
  const rows = await gapFilterQuery(db, filter).select('gaps.id').execute();
  return rows.map((r) => r.id).sort();
}

// ---- generators -------------------------------------------------------------------------

const list = <T>(values: readonly T[]) => fc.subarray([...values]);
/** A search needle cut from a text and disguised as a person might type it: other case, other alef, diacritics, extra spaces. */
function needleFrom(texts: readonly string[]) {
  return fc
    .record({
      text: fc.constantFrom(...texts),
      start: fc.nat(),
      length: fc.integer({ min: 1, max: 12 }),
      disguise: fc.array(fc.constantFrom('upper', 'lower', 'fatha', 'tatweel', 'hamza-alef', 'space', 'none'), {
        minLength: 12,
        maxLength: 12,
      }),
    })
    .map(({ text, start, length, disguise }) => {
      const chars = [...text];
      const from = start % Math.max(1, chars.length);
      return chars
        .slice(from, from + length)
        .map((c, i) => {
          switch (disguise[i]) {
            case 'upper':
              return c.toUpperCase();
            case 'lower':
              return c.toLowerCase();
            case 'fatha':
              return `${c}\u064e`;
            case 'tatweel':
              return `${c}\u0640`;
            case 'hamza-alef':
              return c === 'ا' ? 'أ' : c;
            case 'space':
              return c === ' ' ? ' \u00a0 ' : c;
            default:
              return c;
          }
        })
        .join('');
    });
}

/** Letters and marks from Arabic and Latin text as it arrives: marks, tatweel, alef forms, ligatures, full-width and special-cased letters, odd spaces. */
const alphabet = [
  'a',
  'b',
  'e',
  'i',
  's',
  'S',
  'L',
  'A',
  'I',
  'É',
  'é',
  'İ',
  'ß',
  'Σ',
  'σ',
  'ς',
  '1',
  ' ',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  'ا',
  'أ',
  'إ',
  'آ',
  'ٱ',
  'ل',
  'ج',
  'و',
  'ة',
  'ف',
  'ه',
  '\u064e',
  '\u064b',
  '\u0652',
  '\u0670',
  '\u0640',
  'ﻻ',
  'ﻷ',
  'ﺍ',
  '١',
  '٣',
  'ｓ',
  'Ｌ',
  'ﬁ',
  'ﬀ',
] as const;
const text = (maxLength: number) => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((cs) => cs.join(''));

const filterOver = (texts: readonly string[]): fc.Arbitrary<GapFilter> =>
  fc.record(
    {
      entityIds: list([...entities, 'ent-nowhere']),
      sourceKinds: list(gapSourceKinds),
      criterionCodes: list<string | null>([...criteria, null, '9.9']),
      statuses: list(gapStatuses),
      severities: list(gapSeverities),
      ownerIds: list([...owners, 'usr-nobody']),
      text: fc.oneof(needleFrom(texts), text(6), fc.constant(''), fc.constant('  ')),
    },
    { requiredKeys: [] },
  );

const haystacks = fixtures.map((g) => `${g.code} ${g.title} ${g.description}`);

/** Runs `body` in a transaction that is always rolled back, so each generated register leaves nothing behind. */
async function rolledBack(db: DB, body: (trx: DB) => Promise<void>): Promise<void> {
  const rollback = new Error('rollback');
  await db
    .transaction()
    .execute(async (trx) => {
      await body(trx);
      throw rollback;
    })
    .catch((err: unknown) => {
      if (err !== rollback) throw err;
    });
}

describe.each(testDatabases())('gap filter: SQL against its specification on $name', (target) => {
  let handle: TestDatabase;
  let db: DB;
  beforeAll(async () => {
    handle = await target.create();
    db = productDb(handle.db);
    await loadSeeds(db, { demoUsers: true });
    await insertGaps(db, fixtures);
  });
  afterAll(async () => handle?.close());

  it.each<[string, GapFilter, string[]]>([
    ['no filter hides merged gaps', {}, ['g1', 'g11', 'g2', 'g3', 'g5', 'g6', 'g7', 'g8', 'g9']],
    ['statuses asks for merged ones', { statuses: ['merged'] }, ['g10', 'g4']],
    ['empty lists match nothing', { entityIds: [] }, []],
    ['a source kind on any link, not only the primary', { sourceKinds: ['journey_difference'] }, ['g2', 'g8']],
    ['null selects unmapped gaps', { criterionCodes: [null, '1.1'] }, ['g2', 'g3', 'g5', 'g6', 'g8']],
    ['unowned gaps never match an owner', { ownerIds: ['usr-coord-moh', 'usr-pm'] }, ['g2', 'g6', 'g7']],
    [
      'fields AND, values OR',
      { entityIds: ['ent-moh', 'ent-mun'], severities: ['critical', 'high'], statuses: ['open', 'closed'] },
      ['g5', 'g7', 'g9'],
    ],
    ['text ignores diacritics and tatweel', { text: 'فجوة' }, ['g1']],
    ['text unifies alef forms', { text: 'ادارة' }, ['g3']],
    ['text ignores case', { text: 'sla' }, ['g2']],
    ['text finds the code', { text: 'fix-0005' }, ['g5']],
    ['text over the description', { text: 'الانتظار اطول' }, ['g1']],
    ['a lam-alef ligature reads as its letters', { text: 'لا توجد' }, ['g6']],
    ['a no-break space reads as a space', { text: 'customer charter' }, ['g7']],
    ['accented capitals fold', { text: 'café' }, ['g7']],
    ['full-width letters and ligatures fold', { text: 'online filing' }, ['g9']],
    ['blank text is no filter', { text: '   ' }, ['g1', 'g11', 'g2', 'g3', 'g5', 'g6', 'g7', 'g8', 'g9']],
  ])('%s', async (_name, filter, expected) => {
    // The expectation pins the specification; the SQL must give the same.
    expect(specIds(fixtures, filter)).toEqual(expected);
    expect(await sqlIds(db, filter)).toEqual(expected);
  });

  it('stores the specification’s fold with every gap it raises', async () => {
    await rolledBack(db, async (trx) => {
      for (const g of fixtures) {
        const raised = await raiseGapRow(trx, {
          title: g.title,
          description: g.description,
          entityId: g.entityId,
          severity: g.severity,
          source: { kind: 'assessment_afi', containerId: 'raised', itemId: g.id, labelAr: 'مصدر', labelEn: 'Source' },
        });
        const row = await trx
          .selectFrom('gaps')
          .select(['code', 'title', 'description', 'search_text'])
          .where('id', '=', raised.id)
          .executeTakeFirstOrThrow();
        expect(row.search_text).toBe(gapSearchText(row));
        expect(await sqlIds(trx, { text: `${row.code} ${g.title}` })).toEqual([raised.id]);
      }
    });
  });

  it('selects the same gaps as the specification for any generated filter', async () => {
    await fc.assert(
      fc.asyncProperty(filterOver(haystacks), async (filter) => {
        expect(await sqlIds(db, filter)).toEqual(specIds(fixtures, filter));
      }),
      { numRuns: 300 },
    );
  });

  it('folds any generated title and description the way the specification does', async () => {
    const generated = fc.array(fc.record({ title: text(16).filter((t) => t.trim() !== ''), description: text(24) }), {
      minLength: 1,
      maxLength: 5,
    });
    await fc.assert(
      fc.asyncProperty(
        generated.chain((texts) =>
          fc.tuple(fc.constant(texts), fc.oneof(needleFrom(texts.map((t) => `${t.title} ${t.description}`)), text(4))),
        ),
        async ([texts, needle]) => {
          const gaps = texts.map((t, i) =>
            gap({
              id: `p${i}`,
              code: `GAP-PROP-${i}`,
              title: t.title,
              description: t.description,
              sources: [{ kind: 'assessment_afi', containerId: 'prop', itemId: `p${i}` }],
            }),
          );
          await rolledBack(db, async (trx) => {
            await insertGaps(trx, gaps);
            const all = [...fixtures, ...gaps];
            expect(await sqlIds(trx, { text: needle })).toEqual(specIds(all, { text: needle }));
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
