import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { TRPCProvider } from '../trpc/client.ts';
import { queryClient, trpcClient } from './clients.ts';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
