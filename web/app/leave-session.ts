import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../trpc/client.ts';

// Set while a sign-out is on its way to the sign-in page (whose code may still be loading).
let leaving = false;

/** Whether the user is being taken to the sign-in page after signing out: no "come back here" redirect then. */
export function leavingSession(): boolean {
  return leaving;
}

/** After the session has ended: to the sign-in page first, then forget, so no ?next= leads back into the previous user's page. */
export function useLeaveSession(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    leaving = true;
    try {
      queryClient.setQueryData(trpc.auth.me.queryKey(), null);
      await navigate('/login', { replace: true });
    } finally {
      leaving = false;
    }
    await queryClient.resetQueries();
  };
}
