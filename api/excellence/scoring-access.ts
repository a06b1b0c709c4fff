import { AppError } from '../trpc/app-error.ts';
import type { SessionUser } from '../trpc/context.ts';
import { hasRole } from '../access/grants.ts';
import { isProgramme, type LoadedAssessment } from './assessment-access.ts';

/** Only an assessor on the assessment's team works on a score sheet. */
export function assertTeamAssessor(user: SessionUser, a: LoadedAssessment): void {
  if (!hasRole(user, 'assessor') || !a.context.assessorIds.includes(user.id)) throw new AppError('FORBIDDEN', 'errors.forbidden');
}

/** The lead (or the programme) may work on consensus and site visits. */
export function assertLeadOrProgramme(user: SessionUser, a: LoadedAssessment): void {
  if (isProgramme(user)) return;
  if (a.context.leadAssessorId !== user.id) throw new AppError('FORBIDDEN', 'errors.excellence.leadOnly');
}

/** Scores and visit records are for the programme and assessors; entities read the feedback report. */
export function assertProgrammeOrAssessor(user: SessionUser, messageKey = 'errors.excellence.scoresHidden'): void {
  if (!isProgramme(user) && !hasRole(user, 'assessor')) throw new AppError('FORBIDDEN', messageKey);
}
