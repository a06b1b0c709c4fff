import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../api/http/logger.ts';
import { TimerScheduler } from '../../engine/workflow/scheduler.ts';
import { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { productRegistry } from '../../api/workflow-registry.ts';
import { raiseGapRow } from '../../api/improvement/gap-register.ts';
import { createActionPlan } from '../../api/improvement/action-plans.ts';
import { createAction } from '../../api/improvement/create-action.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { refusal, signIn } from '../support/api-client.ts';
import { hasErrorText } from '../support/error-texts.ts';
import { clientFrom, consultationFields, type AddressedClient } from './consultation-fixture.ts';

const hour = 60 * 60 * 1000;
const coordinatorActor: Actor = { id: 'usr-coord-moh', label: 'coord.moh', roles: ['entity_coordinator'], entityId: 'ent-moh' };
const managerActor: Actor = { id: 'usr-pm', label: 'pm', roles: ['programme_manager'], entityId: 'ent-gdb' };

/**
 * A consultation from draft to published response: the owner drafts and opens it, durable
 * timers open and close it, visitors comment (moderated) and vote once per verified e-mail
 * address, and the response links a gap whose action's progress the public page follows.
 */
describe.each(testDatabases())('consultation from draft to response on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;
  let coordinator: AddressedClient;
  let outsider: AddressedClient;
  let visitor: AddressedClient;
  let scheduler: TimerScheduler;
  let id = '';
  const start = new Date();

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle, { trustProxy: true, logger: createLogger({ level: 'error' }) });
    coordinator = clientFrom(running.url, '10.0.0.1', await signIn(running.url, 'coord.moh', 'coord-demo-2026'));
    outsider = clientFrom(running.url, '10.0.0.2', await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
    visitor = clientFrom(running.url, '10.0.0.3');
    scheduler = new TimerScheduler(new WorkflowEngine(handle.db, productRegistry()));
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await handle?.close();
  });

  const codeMailed = async (address: string) => {
    const mail = await running.db
      .selectFrom('mail_outbox')
      .select(['params', 'recipient_address', 'template'])
      .where('recipient_address', '=', address.trim().toLowerCase())
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(mail.template).toBe('participationCode');
    return String((mail.params as { code: string }).code);
  };
  const verified = async (address: string) => {
    await visitor.participation.public.requestCode.mutate({ id, email: address });
    return (await visitor.participation.public.verifyCode.mutate({ id, email: address, code: await codeMailed(address) })).token;
  };
  const ballots = async () =>
    Number(
      (
        await running.db
          .selectFrom('consultation_ballots')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('consultation_id', '=', id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('drafts with one language, keeps the draft from the public and from other entities', async () => {
    id = (await coordinator.participation.manage.create.mutate({ entityId: 'ent-moh', ...consultationFields(start) })).id;
    const draft = await coordinator.participation.manage.get.query({ id });
    // English left blank takes the Arabic text: either language is enough.
    expect([draft.phase, draft.body.en]).toEqual(['draft', 'نقترح تمديد ساعات العمل مساءً.']);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(32, 32)]);
    await coordinator.participation.manage.addAttachment.mutate({
      id,
      name: 'draft-regulation.pdf',
      mimeType: 'application/pdf',
      base64: pdf.toString('base64'),
    });
    // A renamed executable is refused as evidence files are.
    expect(
      await refusal(
        coordinator.participation.manage.addAttachment.mutate({
          id,
          name: 'x.pdf',
          mimeType: 'application/pdf',
          base64: Buffer.from('MZ').toString('base64'),
        }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.excellence.fileType' });
    expect(await refusal(visitor.participation.public.get.query({ id }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.participation.notFound',
    });
    expect(await refusal(outsider.participation.manage.get.query({ id }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.participation.notFound',
    });
    expect(await refusal(outsider.participation.manage.create.mutate({ entityId: 'ent-moh', ...consultationFields(start) }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.participation.notFound',
    });
  });

  it('opens and closes by the durable timers, not before their dates', async () => {
    expect((await coordinator.participation.manage.schedule.mutate({ id })).phase).toBe('scheduled');
    expect(await scheduler.fireDue(new Date(start.getTime() + hour - 60_000))).toBe(0);
    expect((await visitor.participation.public.list.query()).map((c) => c.id)).not.toContain(id);
    expect(await scheduler.fireDue(new Date(start.getTime() + hour + 1000))).toBe(1);
    const open = await visitor.participation.public.get.query({ id });
    expect(open.phase).toBe('open');
    expect(open.attachments.map((a) => a.fileName)).toEqual(['draft-regulation.pdf']);
    const file = await visitor.participation.public.attachment.query({ id, attachmentId: open.attachments[0]!.id });
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await visitor.participation.public.list.query()).map((c) => c.id)).toContain(id);
    // Editing is for drafts only.
    expect(await refusal(coordinator.participation.manage.update.mutate({ id, ...consultationFields(start) }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.participation.draftOnly',
    });
  });

  it('moderates contributions: pending until published, hidden with a reason, reports queue it again', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const first = await visitor.participation.public.contribute.mutate({ id, body: hostile, authorName: 'Visitor' });
    const second = await visitor.participation.public.contribute.mutate({ id, body: 'Spam spam', authorName: '' });
    expect(first.status).toBe('pending');
    expect((await visitor.participation.public.get.query({ id })).contributions).toEqual([]);
    const queue = await coordinator.participation.manage.queue.query();
    expect(queue.map((q) => q.id).sort()).toEqual([first.id, second.id].sort());
    expect(await outsider.participation.manage.queue.query()).toEqual([]);
    expect(await refusal(outsider.participation.manage.moderate.mutate({ contributionId: first.id, decision: 'publish' }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.participation.contributionNotFound',
    });
    expect(await refusal(coordinator.participation.manage.moderate.mutate({ contributionId: second.id, decision: 'hide' }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.participation.reasonRequired',
    });
    await coordinator.participation.manage.moderate.mutate({ contributionId: first.id, decision: 'publish' });
    await coordinator.participation.manage.moderate.mutate({ contributionId: second.id, decision: 'hide', reason: 'Advertising' });
    const shown = (await visitor.participation.public.get.query({ id })).contributions;
    // Stored and returned exactly as typed: the page renders it as text.
    expect(shown.map((c) => c.body)).toEqual([hostile]);
    await visitor.participation.public.report.mutate({ contributionId: first.id, reason: 'Looks like code' });
    await visitor.participation.public.report.mutate({ contributionId: first.id, reason: 'Again' });
    const reported = (await coordinator.participation.manage.queue.query()).find((q) => q.id === first.id);
    expect(reported?.reports).toBe(1);
    expect(await refusal(visitor.participation.public.report.mutate({ contributionId: second.id, reason: 'hidden one' }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.participation.contributionNotFound',
    });
  });

  it('counts one voice per verified e-mail: a second vote is refused and changes nothing', async () => {
    expect(await refusal(visitor.participation.public.vote.mutate({ id, answers: [{ questionId: 'q1', optionIds: ['yes'] }] }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.participation.emailRequired',
    });
    const token = await verified('Citizen@Example.org');
    const voted = await visitor.participation.public.vote.mutate({
      id,
      emailToken: token,
      answers: [
        { questionId: 'q1', optionIds: ['yes'] },
        { questionId: 'q2', rating: 4 },
        { questionId: 'q3', text: '<b>more buses</b>' },
      ],
    });
    // Results after voting, as configured.
    expect(voted.results?.ballots).toBe(1);
    expect(voted.results?.questions[0]?.options).toEqual([
      { optionId: 'yes', count: 1, percent: 100 },
      { optionId: 'no', count: 0, percent: 0 },
    ]);
    // The same address in other letters, with a fresh code: still the same person.
    const again = await verified('citizen@example.ORG ');
    expect(
      await refusal(
        visitor.participation.public.vote.mutate({ id, emailToken: again, answers: [{ questionId: 'q1', optionIds: ['no'] }] }),
      ),
    ).toEqual({ code: 'CONFLICT', messageKey: 'errors.participation.alreadyVoted' });
    expect(await ballots()).toBe(1);
    const wrong = await refusal(visitor.participation.public.verifyCode.mutate({ id, email: 'other@example.org', code: '000000' }));
    expect(wrong).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.participation.codeExpired' });
    const second = await verified('second@example.org');
    await visitor.participation.public.vote.mutate({ id, emailToken: second, answers: [{ questionId: 'q1', optionIds: ['no'] }] });
    expect(await ballots()).toBe(2);
  });

  it('refuses bad ballots with their own messages and stores nothing', async () => {
    const token = await verified('third@example.org');
    const cases = [
      [[{ questionId: 'q1', optionIds: ['yes', 'no'] }], 'errors.participation.oneOptionOnly'],
      [[{ questionId: 'q1', optionIds: ['maybe'] }], 'errors.participation.unknownOption'],
      [
        [
          { questionId: 'q1', optionIds: ['yes'] },
          { questionId: 'q2', rating: 9 },
        ],
        'errors.participation.ratingRange',
      ],
      [[{ questionId: 'q2', rating: 3 }], 'errors.participation.answerRequired'],
      [[{ questionId: 'nope', optionIds: ['yes'] }], 'errors.participation.unknownQuestion'],
    ] as const;
    for (const [answers, key] of cases) {
      expect(await refusal(visitor.participation.public.vote.mutate({ id, emailToken: token, answers: answers as never }))).toEqual({
        code: 'BAD_REQUEST',
        messageKey: key,
      });
      expect(hasErrorText(key)).toBe(true);
    }
    expect(await ballots()).toBe(2);
  });

  it('closes at its close date, then exports and answers with linked gaps whose actions move on the public page', async () => {
    expect(await scheduler.fireDue(new Date(start.getTime() + 2 * hour + 1000))).toBe(1);
    const closed = await visitor.participation.public.get.query({ id });
    expect(closed.phase).toBe('closed');
    expect(closed.results?.ballots).toBe(2);
    expect(await refusal(visitor.participation.public.contribute.mutate({ id, body: 'late' }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.participation.notOpen',
    });

    const csv = await coordinator.participation.manage.exportCsv.query({ id, locale: 'en' });
    const lines = csv.csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Ballot,Voted at,Question,Option,Rating,Text');
    expect(lines.filter((l) => l.includes('Do you support the change?')).length).toBe(2);
    expect(csv.csv).not.toContain('citizen@example.org');
    expect(await refusal(outsider.participation.manage.exportCsv.query({ id }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.participation.notFound',
    });

    const gap = await raiseGapRow(running.db, {
      title: 'Evening opening hours',
      entityId: 'ent-moh',
      severity: 'medium',
      source: { kind: 'consultation', containerId: id, itemId: 'q1', labelAr: 'استطلاع مرئيات', labelEn: 'Consultation' },
    });
    const otherGap = await raiseGapRow(running.db, {
      title: 'Not ours',
      entityId: 'ent-moi',
      severity: 'low',
      source: { kind: 'consultation', containerId: 'elsewhere', itemId: 'x', labelAr: 'x', labelEn: 'x' },
    });
    const response = { id, heard: { ar: 'طلبتم ساعات مسائية', en: '' }, willDo: { ar: '', en: 'We will open until 9 pm' } };
    expect(await refusal(coordinator.participation.manage.publishResponse.mutate({ ...response, gapIds: [otherGap.id] }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.participation.gapUnknown',
    });
    // The generic workflow API cannot publish a response that says nothing.
    expect(await refusal(coordinator.workflows.send.mutate({ id, type: 'PUBLISH_RESPONSE' }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.participation.responseMissing',
    });
    expect((await coordinator.participation.manage.get.query({ id })).phase).toBe('closed');
    expect((await coordinator.participation.manage.publishResponse.mutate({ ...response, gapIds: [gap.id] })).phase).toBe('responded');

    const engine = running.app.services.engine;
    const plan = await createActionPlan(running.db, { entityId: 'ent-moh', title: 'Evening hours', origin: 'manual' });
    const action = await createAction(
      { engine, db: running.db },
      {
        planId: plan.id,
        entityId: 'ent-moh',
        ownerId: 'usr-coord-moh',
        title: 'Pilot evening shift',
        dueAt: new Date(Date.now() + 30 * 24 * hour).toISOString(),
        gapIds: [gap.id],
      },
      coordinatorActor,
    );
    const progressOnPage = async () =>
      (await visitor.participation.public.get.query({ id })).response?.gaps[0]?.actions.map((a) => [a.status, a.progress]);
    // A draft action is not yet a promise to the public.
    expect(await progressOnPage()).toEqual([]);
    await engine.send({ instanceId: action.id, event: { type: 'APPROVE' }, actor: managerActor });
    await engine.send({ instanceId: action.id, event: { type: 'START' }, actor: coordinatorActor });
    await engine.send({ instanceId: action.id, event: { type: 'UPDATE_PROGRESS', progress: 40 }, actor: coordinatorActor });
    expect(await progressOnPage()).toEqual([['in_progress', 40]]);
    await engine.send({ instanceId: action.id, event: { type: 'UPDATE_PROGRESS', progress: 70 }, actor: coordinatorActor });
    expect(await progressOnPage()).toEqual([['in_progress', 70]]);
    const page = await visitor.participation.public.get.query({ id });
    expect([page.phase, page.response?.heard.en, page.response?.willDo.ar]).toEqual([
      'responded',
      'طلبتم ساعات مسائية',
      'We will open until 9 pm',
    ]);
  });
});
