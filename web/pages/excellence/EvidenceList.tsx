import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';
import { useFormat } from '../../i18n/format.ts';

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
const fileKinds: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
};

/** A short, readable kind of file ("PDF · 12 KB") instead of its media type. */
export function useFileLabel() {
  const { t } = useTranslation('excellence');
  const format = useFormat();
  return (mimeType: string | null, sizeBytes: number | null) => {
    const kind = (mimeType && fileKinds[mimeType]) ?? t('evidence.file');
    if (sizeBytes === null) return kind;
    const kb = Math.max(1, Math.round(sizeBytes / 1024));
    return `${kind} · ${t('evidence.kb', { size: format.number(kb) })}`;
  };
}

/**
 * One criterion's evidence: notes, links, and files to preview (PDFs, images and text open in
 * the browser) or download; removable while the self-assessment is open, after a confirmation.
 */
export function EvidenceList({ items, onRemove }: { items: readonly EvidenceItem[]; onRemove?: (evidenceId: string) => void }) {
  const { t } = useTranslation('excellence');
  const label = useFileLabel();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (items.length === 0) return null;
  return (
    <ul className="exc-evidence" aria-label={t('selfAssessment.evidence')}>
      {items.map((e) => (
        <li key={e.id} className="exc-evidence__item" data-testid="evidence-item">
          {e.kind === 'file' && e.fileId ? (
            <>
              <span>
                <span className="exc-evidence__name">{e.fileName}</span>{' '}
                <span className="exc-muted">({label(e.mimeType, e.sizeBytes)})</span>
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
