import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useTRPCClient } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { useMay } from '../../app/session.ts';
import { isLocale, defaultLocale } from '../../i18n/locale.ts';

export type LeadershipReport = 'rankings' | 'dashboard' | 'transparency';

/** Saves bytes the server sent (base64) as a file. */
function save(base64: string, mimeType: string, filename: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * A page's leadership brief: the deck the server makes in the reader's language, and the PDF
 * through the page's print view ("save as PDF"). The deck only for those who may download briefs.
 */
export function LeadershipExports({ report, cycleId, printPage }: { report: LeadershipReport; cycleId?: string; printPage?: string }) {
  const { t, i18n } = useTranslation('improvement');
  const client = useTRPCClient();
  const may = useMay();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const language = isLocale(i18n.language) ? i18n.language : defaultLocale;
  return (
    <div className="no-print improvement__exports" data-testid="leadership-exports">
      {may('exportLeadershipBriefs') && (
        <Button
          variant="secondary"
          disabled={busy || (report !== 'dashboard' && !cycleId)}
          aria-busy={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            try {
              const deck = await client.exports.deck.query({ report, language, cycleId });
              save(deck.base64, deck.mimeType, deck.filename);
            } catch (err) {
              setError(err);
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? t('exports.preparing') : t('exports.deck')}
        </Button>
      )}
      {printPage ? (
        <Link to={printPage} className="btn btn--secondary" title={t('exports.pdfHint')}>
          {t('exports.pdf')}
        </Link>
      ) : (
        <Button variant="secondary" title={t('exports.pdfHint')} onClick={() => window.print()}>
          {t('exports.pdf')}
        </Button>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
