import { afterAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/test-databases.ts';
import { startSmtpCapture } from '../support/smtp-capture.ts';
import { cycleFixture } from '../excellence/cycle-stages.ts';
import { remindSelfAssessmentDeadlines } from '../../api/excellence/self-assessment-reminders.ts';
import { MailSender } from '../../api/mail/sender.ts';
import { createLogger } from '../../api/http/logger.ts';

const day = 24 * 60 * 60 * 1000;

/**
 * Coordinators hear that a cycle opened their self-assessment, and are reminded before its
 * deadline once per deadline; both reach them by e-mail in their language.
 */
describe.each(testDatabases())('self-assessment notices on $name', (target) => {
  const cycle = cycleFixture(target);
  afterAll(() => cycle.dispose());

  it('tells each coordinator when the cycle opens their self-assessment', async () => {
    const { running, assessment } = await cycle.at('opened');
    const opened = await running.db
      .selectFrom('notifications')
      .select(['recipient_user_id', 'link', 'params'])
      .where('kind', '=', 'excellence.notices.selfAssessmentOpened')
      .orderBy('recipient_user_id')
      .execute();
    expect(opened.map((n) => [n.recipient_user_id, n.link])).toEqual([
      ['usr-coord-moh', `/excellence/assessments/${assessment.MOH}`],
      ['usr-coord-moi', `/excellence/assessments/${assessment.MOI}`],
      ['usr-coord-mun', `/excellence/assessments/${assessment.MUN}`],
    ]);
    expect(opened[0]?.params).toMatchObject({ number: 1, year: 2026 });
    // Building the opened cycle through the API takes a while on a loaded machine.
  }, 240_000);

  it('reminds coordinators before the deadline once per deadline, an extension brings a new one, and mails it', async () => {
    const { running, as, assessment } = await cycle.at('opened');
    const smtp = await startSmtpCapture();
    await running.db.updateTable('users').set({ email: 'mun@mun.example', locale: 'en' }).where('username', '=', 'coord.mun').execute();
    await running.db.updateTable('users').set({ email: 'moi@moi.example', locale: 'ar' }).where('username', '=', 'coord.moi').execute();
    // Deadlines are a day ahead: not yet inside a 12-hour window, inside a 3-day one.
    expect(await remindSelfAssessmentDeadlines(running.db, new Date(), 0.5)).toBe(0);
    expect(await remindSelfAssessmentDeadlines(running.db, new Date(), 3)).toBe(3);
    expect(await remindSelfAssessmentDeadlines(running.db, new Date(), 3)).toBe(0);
    const reminders = () =>
      running.db
        .selectFrom('notifications')
        .select('recipient_user_id')
        .where('kind', '=', 'excellence.notices.selfAssessmentDueSoon')
        .orderBy('recipient_user_id')
        .execute();
    expect((await reminders()).map((r) => r.recipient_user_id)).toEqual(['usr-coord-moh', 'usr-coord-moi', 'usr-coord-mun']);

    // A new deadline is a new reminder, for that assessment only.
    const extended = new Date(Date.now() + 2 * day).toISOString();
    await as.pm.excellence.assessments.extendDeadline.mutate({ id: assessment.MUN, dueAt: extended, reason: 'Data migration' });
    expect(await remindSelfAssessmentDeadlines(running.db, new Date(), 3)).toBe(1);
    expect((await reminders()).filter((r) => r.recipient_user_id === 'usr-coord-mun')).toHaveLength(2);

    const sender = new MailSender(running.db, {
      config: smtp.config('https://tamayuz.example.gov'),
      logger: createLogger({ level: 'silent' }),
    });
    await sender.sendDue();
    await smtp.stop();
    const toMun = smtp.messages.filter((m) => JSON.stringify(m.to).includes('mun@mun.example')).map((m) => m.subject);
    const toMoi = smtp.messages.filter((m) => JSON.stringify(m.to).includes('moi@moi.example')).map((m) => m.subject);
    // Notices from before the address was set were not mailed; the reminders after it were, each once.
    expect(toMun).toHaveLength(2);
    expect(toMun.every((s) => s?.startsWith('Tamayuz: Reminder: the self-assessment for cycle 1 (2026) is due on '))).toBe(true);
    expect(toMoi).toEqual([expect.stringMatching(/^تميّز: تذكير: يحين الموعد النهائي للتقييم الذاتي للدورة 1 \(2026\) في /)]);
    for (const m of smtp.messages) expect(m.text).toMatch(/https:\/\/tamayuz\.example\.gov\/excellence\/assessments\//);
  }, 240_000);
});
