import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill, toneOfState, type Tone } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useEntityNames } from '../../app/entity-names.ts';
import { useLocalName } from '../../app/display-name.ts';
import { gapSeverities, type GapSeverity } from '../../../workflows/improvement/gap.ts';
import { ProgressBar } from '../actions/ProgressBar.tsx';
import '../improvement.css';
import { Code } from '../../design/components/Code.tsx';

const severityTone: Record<GapSeverity, Tone> = { low: 'neutral', medium: 'info', high: 'warning', critical: 'danger' };

interface Draft {
  severity: GapSeverity;
  ownerId: string;
  criterionCode: string;
}

/** One gap: where it came from, who owns it, the actions working on it and what was merged into it. */
export function GapPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('improvement');
  const name = useLocalName();
  const pick = useBilingual();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const entityName = useEntityNames();
  const gap = useQuery(trpc.gaps.get.queryOptions({ id }));
  const canEdit = gap.data?.canEdit ?? false;
  const owners = useQuery({ ...trpc.gaps.owners.queryOptions({ id }), enabled: canEdit });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.gaps.update.mutationOptions({
      onSuccess: async () => {
        setDraft(null);
        setSaved(true);
        await queryClient.invalidateQueries({ queryKey: trpc.gaps.pathKey() });
      },
    }),
  );
  if (gap.isPending) return <p className="muted">{t('common:status.loading')}</p>;
  if (gap.isError) return <ErrorMessage error={gap.error} />;
  const g = gap.data;
  const form: Draft = draft ?? { severity: g.severity, ownerId: g.ownerId ?? '', criterionCode: g.criterionCode ?? '' };
  const change = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...form, ...patch });
  };

  return (
    <div className="stack">
      <PageHeader
        title={
          <>
            <Code>{g.code}</Code> {g.title}
          </>
        }
        subtitle={entityName(g.entityId)}
        actions={<Link to="/gaps">{t('gap.backToRegister')}</Link>}
      />
      <Card>
        <div className="improvement__node">
          <StatusPill tone={severityTone[g.severity]}>{t(`severity.${g.severity}`)}</StatusPill>
          <StatusPill tone={toneOfState(g.status)}>{t(`gapStatus.${g.status}`)}</StatusPill>
          <span>
            {t('gaps.criterion')}:{' '}
            {g.criterionCode ? (
              <span data-testid="gap-criterion">
                <Code>{g.criterionCode}</Code> {pick(g.criterionName)}
              </span>
            ) : (
              t('gaps.unmapped')
            )}
          </span>
          <span>
            {t('gap.owner')}: {g.owner ? name(g.owner) : t('gap.noOwner')}
          </span>
          <span>
            {t('gaps.raised')}: {format.date(g.raisedAt)}
          </span>
          {g.closedAt && (
            <span>
              {t('gap.closedAt')}: {format.date(g.closedAt)}
            </span>
          )}
        </div>
        {g.description && g.description !== g.title && <p>{g.description}</p>}
        <p className="muted">{t('gap.statusRule')}</p>
      </Card>

      {g.mergedInto && (
        <Card>
          <p data-testid="merged-into">
            {t('gap.mergedInto')}{' '}
            <Link to={`/gaps/${g.mergedInto.id}`}>
              <Code>{g.mergedInto.code}</Code> {g.mergedInto.title}
            </Link>
          </p>
        </Card>
      )}

      {canEdit && (
        <Card title={t('gap.edit')}>
          <form
            className="improvement__form"
            onSubmit={(e) => {
              e.preventDefault();
              update.mutate({
                id: g.id,
                severity: form.severity,
                ownerId: form.ownerId || null,
                criterionCode: form.criterionCode.trim() || null,
              });
            }}
          >
            <Field label={t('gaps.severity')}>
              {(fid) => (
                <Select id={fid} value={form.severity} onChange={(e) => change({ severity: e.target.value as GapSeverity })}>
                  {gapSeverities.map((s) => (
                    <option key={s} value={s}>
                      {t(`severity.${s}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('gap.owner')}>
              {(fid) => (
                <Select id={fid} value={form.ownerId} onChange={(e) => change({ ownerId: e.target.value })}>
                  <option value="">{t('gap.noOwner')}</option>
                  {(owners.data ?? []).map((o) => (
                    <option key={o.id} value={o.id}>
                      {name(o)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('gaps.criterion')} hint={t('gap.criterionHint')}>
              {(fid) => (
                <Input
                  id={fid}
                  dir="ltr"
                  value={form.criterionCode}
                  maxLength={40}
                  onChange={(e) => change({ criterionCode: e.target.value })}
                />
              )}
            </Field>
            <div>
              <Button type="submit" disabled={draft === null || update.isPending}>
                {t('gap.save')}
              </Button>{' '}
              {saved && <span role="status">{t('gap.saved')}</span>}
            </div>
          </form>
          <ErrorMessage error={update.error ?? owners.error} />
        </Card>
      )}

      <Card title={t('gaps.sources')}>
        <ul className="improvement__sources" data-testid="gap-sources">
          {g.sources.map((s) => (
            <li key={`${s.kind}:${s.itemId}`}>
              <Link to={s.link}>{name({ nameAr: s.labelAr, nameEn: s.labelEn })}</Link>{' '}
              <span className="muted">({t(`source.${s.kind}`)})</span>
            </li>
          ))}
        </ul>
      </Card>

      <Card title={t('gap.actions')}>
        {g.actions.length === 0 ? (
          <p className="muted">{t('gap.noActions')}</p>
        ) : (
          <Table
            rows={g.actions}
            rowKey={(a) => a.id}
            columns={[
              {
                key: 'code',
                header: t('gaps.code'),
                cell: (a) => (
                  <Link to={`/actions/${a.id}`}>
                    <Code>{a.code ?? '—'}</Code>
                  </Link>
                ),
              },
              { key: 'title', header: t('actions.actionTitle'), cell: (a) => a.title },
              {
                key: 'status',
                header: t('gaps.status'),
                cell: (a) => <StatusPill tone={toneOfState(a.status)}>{t(`actionStatus.${a.status}`)}</StatusPill>,
              },
              { key: 'progress', header: t('actions.progress'), cell: (a) => <ProgressBar value={a.progress} /> },
              { key: 'due', header: t('actions.dueAt'), numeric: true, cell: (a) => format.date(a.due_at) },
            ]}
          />
        )}
      </Card>

      <Card title={t('gap.mergeHistory')}>
        {g.mergedFrom.length === 0 ? (
          <p className="muted">{t('gap.noMerges')}</p>
        ) : (
          <ul data-testid="merged-from">
            {g.mergedFrom.map((m) => (
              <li key={m.id}>
                <Link to={`/gaps/${m.id}`}>
                  <Code>{m.code}</Code>
                </Link>{' '}
                {m.title}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
