import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPCClient } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';

export type DashboardTable = 'stages' | 'top' | 'bottom' | 'stars' | 'tiers' | 'overdue' | 'gaps' | 'underWay';

/** Downloads one dashboard table as the server writes it. */
export function CsvButton({ table, cycleId }: { table: DashboardTable; cycleId?: string }) {
  const { t } = useTranslation('improvement');
  const client = useTRPCClient();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="ghost"
      className="no-print"
      disabled={busy}
      data-csv={table}
      onClick={async () => {
        setBusy(true);
        try {
          const { filename, csv } = await client.dashboard.csv.query({ table, cycleId });
          const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
          const link = document.createElement('a');
          link.href = url;
          link.download = filename;
          link.click();
          URL.revokeObjectURL(url);
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('dashboard.csv')}
    </Button>
  );
}
