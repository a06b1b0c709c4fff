import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Card } from '../../design/components/Card.tsx';
import { Table } from '../../design/components/Table.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Select } from '../../design/components/Field.tsx';
import { useLocalName } from '../../app/display-name.ts';
import { useFormat } from '../../i18n/format.ts';
import { boardWindows, type BoardWindow } from '../../../workflows/command-centre/windows.ts';
import type { CentreDetail } from '../../../api/command-centre/centre-detail.ts';
import { FigureTiles, shownMetrics, useFigureText } from './figures.tsx';
import { LiveStatus } from './CommandCentrePage.tsx';
import './command-centre.css';

type Counter = CentreDetail['counters'][number];
type Transaction = CentreDetail['transactions'][number];

/** The drill-down's last steps: a centre's counters, then the day's transactions one by one. */
export function CentrePage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('commandCentre');
  const trpc = useTRPC();
  const localName = useLocalName();
  const format = useFormat();
  const text = useFigureText();
  const [window, setWindow] = useState<BoardWindow>('today');
  const detail = useQuery({ ...trpc.commandCentre.centre.queryOptions({ code }), refetchInterval: 15_000 });
  const d = detail.data;
  const time = (v: string | null) => (v ? format.time(v) : t('unit.none'));
  const minutes = (v: number | null) => (v === null ? t('unit.none') : t('unit.minutes', { count: Math.round(v), value: format.score(v) }));

  return (
    <div className="stack">
      <PageHeader
        title={d ? localName(d) : t('centre')}
        subtitle={d ? localName({ nameAr: d.entityNameAr, nameEn: d.entityNameEn }) : undefined}
      />
      <Link to="/command-centre">{t('back')}</Link>
      {detail.error && <ErrorMessage error={detail.error} />}
      {d && (
        <>
          <LiveStatus at={d.at} />
          <Field label={t('window.label')}>
            {(id) => (
              <Select id={id} value={window} onChange={(e) => setWindow(e.target.value as BoardWindow)}>
                {boardWindows.map((w) => (
                  <option key={w} value={w}>
                    {t(`window.${w}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Card title={t('centre')}>
            <FigureTiles figures={d.figures[window]} testId="cc-centre" />
          </Card>
          <Card title={t('counters')}>
            <Table<Counter>
              testId="cc-counters"
              rowKey={(r) => r.counter}
              rows={d.counters}
              columns={[
                { key: 'counter', header: t('counter'), cell: (r) => r.counter || t('noCounter') },
                ...shownMetrics.map((m) => ({
                  key: m,
                  header: t(`metric.${m}`),
                  numeric: true,
                  cell: (r: Counter) => text(m, r.figures[window]),
                })),
              ]}
            />
          </Card>
          <Card title={t('transactions.title')}>
            {d.transactions.length === 0 && <p className="muted">{t('transactions.none')}</p>}
            {d.transactionCount > d.transactions.length && (
              <p className="muted">
                {t('transactions.shown', { shown: format.number(d.transactions.length), total: format.number(d.transactionCount) })}
              </p>
            )}
            <Table<Transaction>
              testId="cc-transactions"
              rowKey={(r) => r.ticket}
              rows={d.transactions}
              columns={[
                { key: 'ticket', header: t('transactions.ticket'), cell: (r) => r.ticket },
                { key: 'counter', header: t('counter'), cell: (r) => r.counter ?? t('noCounter') },
                { key: 'issued', header: t('transactions.issued'), numeric: true, cell: (r) => time(r.issuedAt) },
                { key: 'called', header: t('transactions.called'), numeric: true, cell: (r) => time(r.calledAt) },
                {
                  key: 'finished',
                  header: t('transactions.finished'),
                  numeric: true,
                  cell: (r) => (r.abandonedAt ? `${t('transactions.abandoned')} · ${time(r.abandonedAt)}` : time(r.completedAt)),
                },
                { key: 'wait', header: t('transactions.wait'), numeric: true, cell: (r) => minutes(r.waitMinutes) },
                { key: 'serviceTime', header: t('transactions.serviceTime'), numeric: true, cell: (r) => minutes(r.serviceMinutes) },
                {
                  key: 'satisfaction',
                  header: t('transactions.satisfaction'),
                  numeric: true,
                  cell: (r) => (r.satisfaction === null ? t('unit.none') : format.number(r.satisfaction)),
                },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
