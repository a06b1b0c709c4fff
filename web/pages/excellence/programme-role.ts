import { useSession } from '../../app/session.ts';

/** Whether the signed-in user runs the programme (write access to cycles, pool, sources). */
export function useIsProgramme(): boolean {
  const role = useSession().data?.role;
  return role === 'programme_manager' || role === 'administrator';
}
