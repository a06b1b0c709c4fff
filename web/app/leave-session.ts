import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../trpc/client.ts';

/** After the session has ended: to the sign-in page first, then forget, so no ?next= leads back into the previous user's page. */
export function useLeaveSession(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    queryClient.setQueryData(trpc.auth.me.queryKey(), null);
    await navigate('/login', { replace: true });
    await queryClient.resetQueries();
  };
}
