import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { useFormat } from '../../i18n/format.ts';
import { evidenceFileUrl } from './EvidenceList.tsx';
import { useEvidenceFileDetails } from './evidence-label.ts';

/**
 * The entity's evidence library beside its self-assessment: every file it uploaded in any
 * cycle, where each is used, and a way to use it for one more criterion (a link, not a copy).
 */
export function EvidenceLibrary({ assessmentId, leaves }: { assessmentId: string; leaves: readonly string[] }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const format = useFormat();
  const details = useEvidenceFileDetails();
  const library = useQuery(trpc.excellence.evidence.library.queryOptions({ id: assessmentId }));
  const invalidate = () => client.invalidateQueries();
  const reuse = useMutation(trpc.excellence.evidence.reuse.mutationOptions({ onSuccess: invalidate }));
  const removeFile = useMutation(trpc.excellence.evidence.removeFile.mutationOptions({ onSuccess: invalidate }));
  const [target, setTarget] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const selectId = useId();
  const files = library.data ?? [];
  return (
    <Card title={t('evidence.library')} subtitle={t('evidence.libraryHint')}>
      <ErrorMessage error={library.error ?? reuse.error ?? removeFile.error} />
      {files.length === 0 ? (
        <p className="exc-muted">{t('evidence.libraryEmpty')}</p>
      ) : (
        <ul className="exc-library" data-testid="evidence-library">
          {files.map((f, i) => (
            <li key={f.id} className="exc-library__file" data-testid="library-file">
              <span>
                <span className="exc-evidence__name">{f.fileName}</span> <span className="exc-muted">({details(f)})</span>
              </span>
              <span className="exc-muted">
                {f.links.length === 0
                  ? t('evidence.unused')
                  : t('evidence.usedFor', {
                      where: f.links.map((l) => `${l.nodeCode} (${t('cycles.number')} ${format.number(l.cycleNumber)})`).join('، '),
                    })}
              </span>
              <span className="exc-row">
                <a href={evidenceFileUrl(f.id)} target="_blank" rel="noopener noreferrer">
                  {t('evidence.preview')}
                  <span className="visually-hidden"> {f.fileName}</span>
                </a>
                <label className="exc-row" htmlFor={`${selectId}-${i}`}>
                  {t('evidence.useFor')}
                  <select
                    id={`${selectId}-${i}`}
                    className="select"
                    value={target[f.id] ?? ''}
                    onChange={(e) => setTarget({ ...target, [f.id]: e.target.value })}
                  >
                    <option value="">—</option>
                    {leaves.map((code) => (
                      <option key={code} value={code}>
                        {code}
                      </option>
                    ))}
                  </select>
                </label>
                <Button
                  variant="secondary"
                  disabled={!target[f.id] || reuse.isPending}
                  onClick={() => reuse.mutate({ id: assessmentId, nodeCode: target[f.id] ?? '', fileId: f.id })}
                >
                  {t('evidence.link')}
                  <span className="visually-hidden"> {f.fileName}</span>
                </Button>
                {confirming === f.id ? (
                  <span className="exc-row" role="alert">
                    <span>{t('evidence.confirmDelete')}</span>
                    <Button variant="secondary" onClick={() => removeFile.mutate({ id: assessmentId, fileId: f.id })}>
                      {t('evidence.yesDelete')}
                    </Button>
                    <Button variant="ghost" onClick={() => setConfirming(null)}>
                      {t('evidence.cancel')}
                    </Button>
                  </span>
                ) : (
                  <Button variant="ghost" onClick={() => setConfirming(f.id)}>
                    {t('evidence.delete')}
                    <span className="visually-hidden"> {f.fileName}</span>
                  </Button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
