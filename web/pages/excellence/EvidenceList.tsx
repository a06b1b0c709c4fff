import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';
import { useEvidenceFileDetails } from './evidence-label.ts';

export interface EvidenceItem {
  id: string;
  kind: string;
  body: string;
  fileId: string | null;
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
}

/** Where a library file is served; `download` asks for an attachment instead of a preview. */
export const evidenceFileUrl = (fileId: string, download = false) =>
  `/files/evidence/${encodeURIComponent(fileId)}${download ? '?download=1' : ''}`;

const previewable = new Set(['application/pdf', 'image/png', 'image/jpeg', 'text/plain']);
/**
 * One criterion's evidence: notes, links, and files to preview (PDFs, images and text open in
 * the browser) or download; removable while the self-assessment is open, after a confirmation.
 */
export function EvidenceList({ items, onRemove }: { items: readonly EvidenceItem[]; onRemove?: (evidenceId: string) => void }) {
  const { t } = useTranslation('excellence');
  const details = useEvidenceFileDetails();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (items.length === 0) return null;
  return (
    <ul className="exc-evidence" aria-label={t('selfAssessment.evidence')}>
      {items.map((e) => (
        <li key={e.id} className="exc-evidence__item" data-testid="evidence-item">
          {e.kind === 'file' && e.fileId ? (
            <>
              <span>
                <span className="exc-evidence__name">{e.fileName}</span> <span className="exc-muted">({details(e)})</span>
              </span>
              <span className="exc-row">
                {e.mimeType && previewable.has(e.mimeType) && (
                  <a href={evidenceFileUrl(e.fileId)} target="_blank" rel="noopener noreferrer">
                    {t('evidence.preview')}
                    <span className="visually-hidden"> {e.fileName}</span>
                  </a>
                )}
                <a href={evidenceFileUrl(e.fileId, true)} download={e.fileName ?? true}>
                  {t('evidence.download')}
                  <span className="visually-hidden"> {e.fileName}</span>
                </a>
              </span>
            </>
          ) : e.kind === 'link' ? (
            <a href={e.body} target="_blank" rel="noopener noreferrer">
              {e.body}
            </a>
          ) : (
            <span>{e.body}</span>
          )}
          {onRemove &&
            (confirming === e.id ? (
              <span className="exc-row" role="alert">
                <span>{t('evidence.confirmRemove')}</span>
                <Button variant="secondary" onClick={() => onRemove(e.id)}>
                  {t('evidence.yesRemove')}
                </Button>
                <Button variant="ghost" onClick={() => setConfirming(null)}>
                  {t('evidence.cancel')}
                </Button>
              </span>
            ) : (
              <Button variant="ghost" onClick={() => setConfirming(e.id)}>
                {t('evidence.remove')}
                <span className="visually-hidden"> {e.fileName ?? e.body}</span>
              </Button>
            ))}
        </li>
      ))}
    </ul>
  );
}
