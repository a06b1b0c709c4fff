import type { consultationSubjects } from '../../workflows/participation/identification.ts';
import type { ApiClient } from './api-client.ts';

const hour = 60 * 60 * 1000;

/** What a consultation says; everything else is the one open consultation the tests need. */
export interface ConsultationText {
  entityId: string;
  subjectKind: (typeof consultationSubjects)[number];
  title: { ar: string; en: string };
  body: { ar: string; en: string };
}

/**
 * A consultation opened an hour ago and closing in a day: anonymous comments, results after it
 * closes, no questions. Created and scheduled through the real API by `staff` (who manages it).
 */
export async function openConsultation(staff: ApiClient, text: ConsultationText): Promise<string> {
  const { id } = await staff.participation.manage.create.mutate({
    ...text,
    subjectRef: '',
    identification: 'anonymous',
    resultsVisibility: 'after_close',
    commentsEnabled: true,
    questions: [],
    opensAt: new Date(Date.now() - hour).toISOString(),
    closesAt: new Date(Date.now() + 24 * hour).toISOString(),
  });
  await staff.participation.manage.schedule.mutate({ id });
  return id;
}
