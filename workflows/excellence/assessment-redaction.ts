import type { ReadRedaction } from '../../engine/workflow/definition.ts';
import type { assessmentMachine } from './assessment-machine.ts';

/** Who runs the programme; they see every reason given on an assessment. */
const programmeRoles = ['programme_manager', 'administrator'];

/**
 * What the generic history shows of an assessment's payloads. The reason a sheet was reopened
 * speaks about unpublished scores: the programme and the assessor whose sheet it is read it;
 * the entity sees that a sheet was reopened, not why. Other reasons (a reopened self-assessment,
 * an extension) are addressed to the entity and stay visible.
 */
export const assessmentRedaction: ReadRedaction<typeof assessmentMachine> = {
  payload: (event, reader) => {
    if (event.type !== 'REOPEN_SCORES') return event.payload;
    if (reader.roles.some((r) => programmeRoles.includes(r)) || reader.id === event.payload.assessorId) return event.payload;
    return null;
  },
};
