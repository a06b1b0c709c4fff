import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { Card } from '../../design/components/Card.tsx';
import { Table } from '../../design/components/Table.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Select } from '../../design/components/Field.tsx';
import { useLocalName } from '../../app/display-name.ts';
import { useFormat } from '../../i18n/format.ts';
import { useMay } from '../../app/session.ts';
import { boardWindows, type BoardWindow } from '../../../workflows/command-centre/windows.ts';
import type { CentreRow, EntityRow } from '../../../api/command-centre/board.ts';
import { useLiveBoard } from './live-board.ts';
import { FigureTiles, shownMetrics, useFigureText } from './figures.tsx';
import { AlertsCard } from './AlertsCard.tsx';
import './command-centre.css';

/** Live status line: connecting, or the time of the board shown. */
export function LiveStatus({ at }: { at: string | null }) {
  const { t } = useTranslation('commandCentre');
  const format = useFormat();
  return (
    <p className="muted" aria-live="polite" data-testid="cc-live">
      {at ? `${t('live.live')} · ${t('live.updated', { time: format.dateTime(at) })}` : t('live.connecting')}
    </p>
  );
}

/**
 * The command centre: the watched entities rolled up (the decision maker's line), then each
 * entity, then its centres, live; a centre opens its counters and the day's transactions.
 */
export function CommandCentrePage() {
  const { t } = useTranslation('commandCentre');
  const localName = useLocalName();
  const text = useFigureText();
  const may = useMay();
  const [window, setWindow] = useState<BoardWindow>('today');
  const [entityId, setEntityId] = useState<string>('');
  const { board, live } = useLiveBoard();
  const entity = board?.entities.find((e) => e.id === entityId) ?? (board?.entities.length === 1 ? board.entities[0] : undefined);
  const metricColumns = <Row extends EntityRow | CentreRow>() =>
    shownMetrics.map((m) => ({ key: m, header: t(`metric.${m}`), numeric: true, cell: (r: Row) => text(m, r.figures[window]) }));

  return (
    <div className="stack">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <div className="cc-actions">
            <Link className="btn btn--primary" to="/command-centre/wallboard">
              {t('openWallboard')}
            </Link>
            {may('setCentreTargets') && (
              <Link className="btn btn--secondary" to="/command-centre/targets">
                {t('targets.title')}
              </Link>
            )}
          </div>
        }
      />
      <LiveStatus at={board?.at ?? null} />
      {live.error && <ErrorMessage error={live.error} />}
      <Field label={t('window.label')}>
        {(id) => (
          <Select id={id} value={window} onChange={(e) => setWindow(e.target.value as BoardWindow)} data-testid="cc-window">
            {boardWindows.map((w) => (
              <option key={w} value={w}>
                {t(`window.${w}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {board && board.entities.length === 0 && <EmptyState title={t('empty')} />}
      {board && board.entities.length > 1 && (
        <>
          <Card title={t('programme')}>
            <FigureTiles figures={board.figures[window]} testId="cc-programme" />
          </Card>
          <Card title={t('entity')}>
            <Table<EntityRow>
              testId="cc-entities"
              rowKey={(r) => r.id}
              rows={board.entities}
              columns={[
                {
                  key: 'name',
                  header: t('entity'),
                  cell: (r) => (
                    <button type="button" className="link-button" onClick={() => setEntityId(r.id)} aria-pressed={entity?.id === r.id}>
                      {localName(r)}
                    </button>
                  ),
                },
                ...metricColumns<EntityRow>(),
              ]}
            />
          </Card>
        </>
      )}
      {entity && (
        <Card title={`${t('centres')} — ${localName(entity)}`}>
          <FigureTiles figures={entity.figures[window]} testId="cc-entity" />
          <Table<CentreRow>
            testId="cc-centres"
            rowKey={(r) => r.code}
            rows={entity.centres}
            columns={[
              {
                key: 'name',
                header: t('centre'),
                cell: (r) => <Link to={`/command-centre/centres/${encodeURIComponent(r.code)}`}>{localName(r)}</Link>,
              },
              ...metricColumns<CentreRow>(),
              { key: 'alerts', header: t('alerts.title'), cell: (r) => t('openAlerts', { count: r.openAlerts }) },
            ]}
          />
        </Card>
      )}
      <AlertsCard />
    </div>
  );
}
