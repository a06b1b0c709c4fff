import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { hasErrorText } from '../support/error-texts.ts';
import { namespaces } from '../../web/i18n/namespaces.ts';
import { adminClient, call, issue } from '../api-tokens/entity-system.ts';
import { ticketEvents } from './ticket-fixture.ts';

const now = new Date();
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

/** A translated message for a bad event's key (commandCentre.event.x) in both languages. */
function eventText(key: string, lang: 'en' | 'ar'): string | undefined {
  const [, group, name] = key.split('.');
  const ns = namespaces.commandCentre[lang] as unknown as Record<string, Record<string, string>>;
  return ns[group!]?.[name!];
}

describe.each(testDatabases())('entity systems push ticket events to the command centre on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: ApiClient;
  let moi: { id: string; secret: string };

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    admin = await adminClient(running.url);
    moi = await issue(admin, 'ent-moi', ['push_centre_events']);
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  const events = () => [
    ...ticketEvents('MOI-C01', 'P1', { issued: minutesAgo(20), called: minutesAgo(12), completed: minutesAgo(5) }, 'C1', 5),
    ...ticketEvents('MOI-C02', 'P2', { issued: minutesAgo(9), abandoned: minutesAgo(3) }, null),
  ];

  it('stores a push once: the same push again writes nothing and says unchanged, and the board counts each ticket once', async () => {
    const first = await call(running.url, '/api/v1/centre-events', { secret: moi.secret, body: { rows: events() } });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ status: 'imported', totalRows: 5, createdRows: 5, unchangedRows: 0, badRows: [] });
    const again = await call(running.url, '/api/v1/centre-events', { secret: moi.secret, body: { rows: events() } });
    expect(again.body).toMatchObject({ status: 'imported', totalRows: 5, createdRows: 0, unchangedRows: 5 });
    const stored = await running.db.selectFrom('centre_events').select(['entity_id', 'external_id']).execute();
    expect(stored).toHaveLength(5);
    expect(new Set(stored.map((s) => s.entity_id))).toEqual(new Set(['ent-moi']));

    const supervisor = apiClient(running.url, await signIn(running.url, 'supervisor.moi', 'supervisor-demo-2026'));
    const board = await supervisor.commandCentre.board.query({});
    expect(board.entities.map((e) => e.id)).toEqual(['ent-moi']);
    expect(board.figures.today).toMatchObject({
      served: 1,
      abandoned: 1,
      averageWaitMinutes: 8,
      averageServiceMinutes: 7,
      satisfaction: 1,
    });
  });

  it('refuses another entity’s centre with a translated reason and writes nothing of the push', async () => {
    const rows = [
      ...ticketEvents('MOI-C01', 'Q1', { issued: minutesAgo(4) }, null),
      ...ticketEvents('MOH-C01', 'Q2', { issued: minutesAgo(4) }, null),
    ];
    const before = await running.db.selectFrom('centre_events').select(running.db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    const answer = await call(running.url, '/api/v1/centre-events', { secret: moi.secret, body: { rows } });
    expect(answer.status).toBe(422);
    expect(answer.body.error.messageKey).toBe('errors.apiTokens.rowsRefused');
    expect(hasErrorText(answer.body.error.messageKey)).toBe(true);
    expect(answer.body.badRows).toEqual([{ index: 1, column: 'centre_code', messageKey: 'commandCentre.event.otherEntity' }]);
    expect(eventText('commandCentre.event.otherEntity', 'ar')).toBe('مركز الخدمة هذا يتبع جهة أخرى');
    expect(eventText('commandCentre.event.otherEntity', 'en')).toBeDefined();
    const after = await running.db.selectFrom('centre_events').select(running.db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));

    // Bad cells are each named, in both languages.
    const bad = await call(running.url, '/api/v1/centre-events', {
      secret: moi.secret,
      body: { rows: [{ external_id: 'B1', centre_code: 'MOI-C01', channel: 'pigeon', ticket: 'Z', event: 'teleported', at: 'yesterday' }] },
    });
    expect(bad.status).toBe(422);
    const keys = bad.body.badRows.map((b: { messageKey: string }) => b.messageKey);
    expect(keys).toEqual(['commandCentre.event.invalidTime', 'commandCentre.event.invalidChannel', 'commandCentre.event.invalidKind']);
    for (const k of keys) expect([eventText(k, 'en'), eventText(k, 'ar')].every(Boolean)).toBe(true);
  });

  it('needs the push_centre_events capability', async () => {
    const other = await issue(admin, 'ent-moi', ['push_complaints']);
    const answer = await call(running.url, '/api/v1/centre-events', { secret: other.secret, body: { rows: events() } });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({ messageKey: 'errors.apiTokens.capability', params: { capability: 'push_centre_events' } });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await call(running.url, '/api/v1/openapi.json');
    const op = doc.body.paths['/api/v1/centre-events'].post;
    expect(op['x-capability']).toBe('push_centre_events');
    expect(op.requestBody.content['application/json'].schema.properties.rows.items.properties.event.enum).toEqual([
      'issued',
      'called',
      'completed',
      'abandoned',
    ]);
  });

  it('keeps a supervisor to their own entity: another entity’s centre is not found, the programme reads all', async () => {
    const supervisor = apiClient(running.url, await signIn(running.url, 'supervisor.moi', 'supervisor-demo-2026'));
    expect(await refusal(supervisor.commandCentre.centre.query({ code: 'MOH-C01' }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.commandCentre.centreNotFound',
    });
    expect(hasErrorText('errors.commandCentre.centreNotFound')).toBe(true);
    expect(await refusal(supervisor.commandCentre.board.query({ entityId: 'ent-moh' }))).toMatchObject({ code: 'NOT_FOUND' });
    const detail = await supervisor.commandCentre.centre.query({ code: 'MOI-C01' });
    expect(detail.transactions.map((t) => t.ticket)).toContain('P1');
    const pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    expect((await pm.commandCentre.board.query({})).entities.length).toBeGreaterThan(10);
  });

  it('imports the same events from a CSV, for the supervisor’s own entity only', async () => {
    const supervisor = apiClient(running.url, await signIn(running.url, 'supervisor.moi', 'supervisor-demo-2026'));
    const header = 'external_id,centre_code,counter,service_code,channel,ticket,event,at,satisfaction';
    const csv = `${header}\nCSV-1,MOI-C01,C3,,counter,R1,issued,${minutesAgo(6)},\nCSV-2,MOI-C01,C3,,counter,R1,called,${minutesAgo(2)},\n`;
    expect(await supervisor.commandCentre.importCsv.mutate({ csv })).toMatchObject({ status: 'written', createdRows: 2 });
    const foreign = `${header}\nCSV-3,MOH-C01,H1,,counter,R2,issued,${minutesAgo(6)},\n`;
    expect(await supervisor.commandCentre.importCsv.mutate({ csv: foreign })).toMatchObject({
      status: 'refused',
      badRows: [{ index: 2, column: 'centre_code', messageKey: 'commandCentre.event.otherEntity' }],
    });
  });
});
