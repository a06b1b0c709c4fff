import { randomBytes } from 'node:crypto';
import type { RunningApp } from '../../support/test-app.ts';
import { apiClient, type ApiClient } from '../../support/api-client.ts';
import { openConsultation as openConsultationFor } from '../../support/open-consultation.ts';
import { joinAsGuest } from '../../workshops/guest-session.ts';
import { testFramework } from '../../excellence/test-framework.ts';
import { createSession, sessionCookieName } from '../../../api/accounts/sessions.ts';
import { raiseGapRow } from '../../../api/improvement/gap-register.ts';
import { notify } from '../../../api/notifications/inbox.ts';
import { loadDemoResults } from '../../../seeds/improvement/demo-results.ts';
import { issueToken } from '../../../api/api-tokens/token-store.ts';
import type { ObjectName } from './objects.ts';
import { addThreshold } from '../../../api/command-centre/threshold-store.ts';
import { ingestTicketEvents } from '../../../api/command-centre/ingest.ts';
import { checkThresholds } from '../../../api/command-centre/threshold-check.ts';

/** The world the matrix probes: entity X's objects, each with its id and the strings only it holds. */
export interface World {
  ids: Record<ObjectName, string | number>;
  /** Strings that appear in one object's data and nowhere else (its id among them). */
  canaries: Partial<Record<ObjectName, string[]>>;
  /** Other values inputs need: not probed themselves. */
  ref: {
    cycleId: string;
    evidenceId: string;
    /** The library file behind `evidenceId`. */
    evidenceFileId: string;
    publishedCycleId: string;
    frameworkCode: string;
    mohService: string;
    mohActionCode: string;
    moiUserId: string;
    mohCentre: string;
  };
  guestCookie: string;
}

export async function sessionCookie(running: RunningApp, userId: string): Promise<string> {
  const { token } = await createSession(running.db, userId);
  return `${sessionCookieName}=${token}`;
}

const day = 24 * 60 * 60 * 1000;
const future = (days: number) => new Date(Date.now() + days * day).toISOString();

/**
 * Builds entity X's (MOH's) objects once, through the API as the people who own them:
 * an unpublished assessment with self-scores, evidence and an assessor's draft; a gap
 * register with a plan, actions, a milestone, evidence and a comment; a journey; a workshop
 * run by another facilitator with MOH's representative; an import; an inbox notice; and
 * published results of two closed demo cycles.
 */
export async function buildWorld(running: RunningApp): Promise<World> {
  const tag = randomBytes(4).toString('hex');
  const canary = (name: string) => `zq-${name}-${tag}`;
  const as = async (userId: string): Promise<ApiClient> => apiClient(running.url, await sessionCookie(running, userId));
  await running.db
    .insertInto('users')
    .values({
      id: 'usr-facilitator2',
      username: 'facilitator2',
      display_name_ar: 'ميسر ثان',
      display_name_en: 'Second facilitator',
      password_hash: null,
      locale: 'ar',
      active: true,
    })
    .execute();
  await running.db.insertInto('user_roles').values({ user_id: 'usr-facilitator2', role: 'facilitator', entity_id: 'ent-gdb' }).execute();
  const [pm, moh, moi, assessor2, facilitator, facilitator2] = await Promise.all(
    ['usr-pm', 'usr-coord-moh', 'usr-coord-moi', 'usr-assessor2', 'usr-facilitator', 'usr-facilitator2'].map(as),
  );

  // Excellence: MOH's assessment, unpublished, in independent scoring with assessor2's draft.
  await pm!.excellence.frameworks.import.mutate({ json: JSON.stringify(testFramework()) });
  const { cycleId } = await pm!.excellence.cycles.create.mutate({
    number: 1,
    year: 2026,
    nameAr: 'دورة المصفوفة',
    nameEn: 'Matrix cycle',
    frameworkCode: 'test-model',
    subjectKind: 'entity',
    subjectIds: ['ent-moi', 'ent-moh'],
    entityTypes: { 'ent-moi': 'service_entity', 'ent-moh': 'service_entity' },
    selfAssessmentDueAt: future(10),
  });
  const assessments = (await pm!.excellence.cycles.get.query({ id: cycleId })).assessments;
  const assessment = assessments.find((a) => a.entityId === 'ent-moh')!.id;
  await pm!.excellence.cycles.move.mutate({ id: cycleId, type: 'OPEN' });
  await moh!.excellence.assessments.saveSelfScore.mutate({
    id: assessment,
    nodeCode: 'A',
    entry: { method: 'bands', score: 70 },
    comment: canary('selfscore'),
  });
  await moh!.excellence.assessments.addEvidence.mutate({ id: assessment, nodeCode: 'A', kind: 'text', body: canary('evidence') });
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 32)]).toString('base64');
  const evidenceId = (
    await moh!.excellence.assessments.addEvidence.mutate({
      id: assessment,
      nodeCode: 'B',
      kind: 'file',
      file: { name: `${canary('file')}.pdf`, mimeType: 'application/pdf', base64: pdf },
    })
  ).id;
  const evidenceFileId = (await moh!.excellence.assessments.evidence.query({ id: assessment })).find((e) => e.id === evidenceId)!.fileId!;
  await moh!.excellence.assessments.send.mutate({ id: assessment, type: 'SUBMIT_SELF_ASSESSMENT' });
  await pm!.excellence.assessments.assignTeam.mutate({ id: assessment, assessorIds: ['usr-assessor2'], leadAssessorId: 'usr-assessor2' });
  await pm!.excellence.assessments.send.mutate({ id: assessment, type: 'START_SCORING' });
  await assessor2!.excellence.scoring.saveScore.mutate({
    id: assessment,
    nodeCode: 'A',
    entry: { method: 'bands', score: 55 },
    strengths: [canary('strength')],
    afis: [],
  });

  // Improvement: two gaps, a plan, two actions (one waiting for the other), a milestone, evidence, a comment.
  const source = (item: string) => ({
    kind: 'assessment_afi' as const,
    containerId: `matrix-${tag}`,
    itemId: item,
    labelAr: 'مصدر',
    labelEn: 'Source',
  });
  const gap = (await raiseGapRow(running.db, { title: canary('gap'), entityId: 'ent-moh', severity: 'high', source: source('1') })).id;
  const gap2 = (await raiseGapRow(running.db, { title: canary('gap2'), entityId: 'ent-moh', severity: 'low', source: source('2') })).id;
  const plan = (await moh!.actions.createPlan.mutate({ entityId: 'ent-moh', title: canary('plan') })).id;
  const action2 = await moh!.actions.create.mutate({ planId: plan, title: canary('action2'), ownerId: 'usr-coord-moh', dueAt: future(40) });
  const action = await moh!.actions.create.mutate({
    planId: plan,
    title: canary('action'),
    ownerId: 'usr-coord-moh',
    dueAt: future(30),
    gapIds: [gap],
    dependsOn: [action2.id],
  });
  const milestone = (await moh!.actions.addMilestone.mutate({ actionId: action.id, title: canary('milestone'), dueAt: future(10) })).id;
  await moh!.actions.addEvidence.mutate({ actionId: action.id, title: canary('actionevidence'), url: 'https://example.org/evidence' });
  await moh!.actions.addComment.mutate({ actionId: action.id, body: canary('comment') });

  // The other entity's coordinator's own plan, action and gap; the programme made that action wait for one of MOH's.
  const ownGap = (await raiseGapRow(running.db, { title: 'MOI gap', entityId: 'ent-moi', severity: 'low', source: source('3') })).id;
  const ownPlan = (await moi!.actions.createPlan.mutate({ entityId: 'ent-moi', title: 'MOI plan' })).id;
  const ownAction = (
    await moi!.actions.create.mutate({ planId: ownPlan, title: 'MOI action', ownerId: 'usr-coord-moi', dueAt: future(30) })
  ).id;
  await pm!.actions.addDependency.mutate({ actionId: ownAction, dependsOnId: action2.id, kind: 'data_sharing_agreement' });

  // A journey of MOH's, chosen by the programme.
  const journey = (
    await pm!.journeys.start.mutate({
      key: `matrix-${tag}`,
      entityId: 'ent-moh',
      serviceCodes: ['MOH-MC-001'],
      title: { ar: canary('journey'), en: canary('journey') },
    })
  ).id;

  // A workshop another facilitator runs with MOH's representative; a second one the guest joins.
  const workshop = await facilitator2!.workshops.create.mutate({
    templateId: 'customer-voice',
    title: { ar: canary('workshop'), en: canary('workshop') },
    bundleId: 'bundle.retirement',
  });
  await facilitator2!.workshops.addRepresentative.mutate({ id: workshop.id, userId: 'usr-coord-moh' });
  const guestsWorkshop = await facilitator!.workshops.create.mutate({
    templateId: 'customer-voice',
    title: { ar: 'ورشة الضيف', en: 'Guest workshop' },
    bundleId: 'bundle.retirement',
  });
  const guest = await joinAsGuest(running.url, guestsWorkshop.inviteCode, 'Matrix guest');

  // MOH's own import, and a notice in its coordinator's inbox.
  const csv = `service_code,channel,date,category,text\nMOH-MC-001,counter,2026-09-01,long_waiting,${canary('complaint')}\n`;
  const imported = await moh!.cx.importCsv.mutate({ kind: 'complaints', mode: 'refuse', csv, fileName: `${canary('import')}.csv` });
  await notify(running.db, [{ userId: 'usr-coord-moh' }], {
    kind: 'improvement.notices.dueSoon',
    params: { title: canary('notification') },
    link: `/actions/${action.id}`,
  });
  const notification = await running.db
    .selectFrom('notifications')
    .select('id')
    .where('recipient_user_id', '=', 'usr-coord-moh')
    .executeTakeFirstOrThrow();

  await loadDemoResults(running.db);

  // An API token of MOH's system.
  const apiToken = await issueToken(running.db, {
    entityId: 'ent-moh',
    name: canary('apitoken'),
    capabilities: ['push_complaints'],
    expiresAt: null,
    actorId: 'usr-admin',
    at: new Date(),
  });

  // E-participation: MOH's draft consultation, and a visitor's pending comment on an open one of MOH's.
  const hour = 60 * 60 * 1000;
  const consultation = (
    await moh!.participation.manage.create.mutate({
      entityId: 'ent-moh',
      subjectKind: 'policy',
      subjectRef: '',
      title: { ar: canary('consultation'), en: canary('consultation') },
      body: { ar: canary('consultationbody'), en: '' },
      identification: 'verified_email',
      resultsVisibility: 'after_close',
      commentsEnabled: true,
      questions: [],
      opensAt: new Date(Date.now() + hour).toISOString(),
      closesAt: new Date(Date.now() + 2 * hour).toISOString(),
    })
  ).id;
  const openConsultation = await openConsultationFor(moh!, {
    entityId: 'ent-moh',
    subjectKind: 'service',
    title: { ar: 'استطلاع مفتوح', en: 'Open consultation' },
    body: { ar: 'نص', en: 'Text' },
  });
  const contribution = (
    await apiClient(running.url, null).participation.public.contribute.mutate({ id: openConsultation, body: canary('contribution') })
  ).id;
  // MOH's centre in the command centre: a target on it, a long wait, and the alert it raised.
  const mohTarget = await addThreshold(
    running.db,
    {
      scope: { kind: 'centre', centreCode: 'MOH-C01' },
      metric: 'average_wait',
      window: 'last60',
      comparison: 'above',
      target: 15,
      sustainMinutes: 0,
      escalateAfterMinutes: 60,
    },
    'usr-pm',
    new Date(),
  );
  const ago = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
  await ingestTicketEvents(
    running.db,
    [
      { external_id: 'mx-1', centre_code: 'MOH-C01', channel: 'counter', ticket: 'MX1', event: 'issued', at: ago(40) },
      { external_id: 'mx-2', centre_code: 'MOH-C01', counter: 'H1', channel: 'counter', ticket: 'MX1', event: 'called', at: ago(5) },
    ],
    { entityId: 'ent-moh', mode: 'refuse', at: new Date() },
  );
  const [mohAlert] = (await checkThresholds(running.app.services, new Date())).raised;

  const ids: World['ids'] = {
    assessment,
    cycle: cycleId,
    gap,
    gap2,
    plan,
    action: action.id,
    action2: action2.id,
    milestone,
    ownPlan,
    ownAction,
    ownGap,
    journey,
    workshop: workshop.id,
    import: imported.importId!,
    notification: Number(notification.id),
    maturity: 'ent-moh',
    self: 'self',
    entity: 'ent-moh',
    programme: 'programme',
    programmeOffice: 'programme-office',
    workshopHost: 'workshop-host',
    administration: 'administration',
    person: 'usr-coord-moh',
    apiToken: apiToken.token.id,
    apiTokens: 'api-tokens',
    register: 'register',
    consultation,
    contribution,
    centreBoard: 'ent-moh',
    centreTargets: 'centre-targets',
    centreTarget: mohTarget.id,
    centreAlert: mohAlert!,
    centreEvents: 'centre-events',
  };
  return {
    ids,
    canaries: {
      assessment: [assessment, canary('selfscore'), canary('evidence'), canary('file'), canary('strength')],
      gap: [gap, canary('gap')],
      gap2: [gap2, canary('gap2')],
      plan: [plan, canary('plan')],
      action: [action.id, action.code, canary('action'), canary('actionevidence'), canary('comment')],
      action2: [action2.id, action2.code, canary('action2')],
      milestone: [milestone, canary('milestone')],
      journey: [journey, canary('journey')],
      workshop: [workshop.id, canary('workshop')],
      // The complaint's text is the journey's data (its readers see it there), not the import's.
      import: [imported.importId!, canary('import')],
      notification: [canary('notification')],
      apiToken: [apiToken.token.id, canary('apitoken'), apiToken.token.secretHint],
      consultation: [consultation, canary('consultation'), canary('consultationbody')],
      contribution: [contribution, canary('contribution')],
      // The alert names its target's id (readers of the alert may see which target it answers): no canary for the target.
      centreAlert: [mohAlert!],
    },
    ref: {
      cycleId,
      evidenceId,
      evidenceFileId,
      publishedCycleId: 'demo-cycle-2025',
      frameworkCode: 'gov-excellence',
      mohService: 'MOH-MC-001',
      mohActionCode: action.code,
      moiUserId: 'usr-coord-moi',
      mohCentre: 'MOH-C01',
    },
    guestCookie: guest.cookie,
  };
}
