import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input } from '../../design/components/Field.tsx';
import { useFormat } from '../../i18n/format.ts';
import type { PublicConsultation } from './outputs.ts';

type Contribution = PublicConsultation['contributions'][number];

/** A report asks why; a visitor sends it once. */
function ReportButton({ contributionId }: { contributionId: string }) {
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const report = useMutation(trpc.participation.public.report.mutationOptions());
  if (report.isSuccess) return <p role="status">{t('contributions.reported')}</p>;
  if (!open)
    return (
      <Button variant="ghost" onClick={() => setOpen(true)}>
        {t('contributions.report')}
      </Button>
    );
  return (
    <div className="stack">
      <Field label={t('contributions.reportReason')}>
        {(id) => <Input id={id} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <ErrorMessage error={report.error} />
      <Button
        variant="secondary"
        disabled={reason.trim() === '' || report.isPending}
        onClick={() => report.mutate({ contributionId, reason })}
      >
        {t('contributions.reportSend')}
      </Button>
    </div>
  );
}

/** Published comments, shown as plain text (React escapes it; nothing is parsed as markup). */
export function ContributionList({ contributions }: { contributions: readonly Contribution[] }) {
  const { t } = useTranslation('participation');
  const format = useFormat();
  if (contributions.length === 0) return <p>{t('contributions.none')}</p>;
  return (
    <ul className="participate__list" data-testid="contributions">
      {contributions.map((c) => (
        <li key={c.id} className="participate__contribution">
          <div className="participate__meta">
            <strong>{c.authorName || t('contributions.anonymous')}</strong>
            <time dateTime={c.createdAt}>{format.date(c.createdAt)}</time>
          </div>
          <p>{c.body}</p>
          <ReportButton contributionId={c.id} />
        </li>
      ))}
    </ul>
  );
}
