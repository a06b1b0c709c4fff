import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '../../design/components/Card.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useLocalName } from '../../app/display-name.ts';
import { useLiveBoard } from '../command-centre/live-board.ts';
import { shownMetrics, useFigureText } from '../command-centre/figures.tsx';
import { AlertsCard } from '../command-centre/AlertsCard.tsx';
import type { CentreRow } from '../../../api/command-centre/board.ts';
import '../command-centre/command-centre.css';

/** A centre supervisor's or quality ambassador's home: their entity's centres today, live, and the open alerts. */
export function SupervisorHome() {
  const { t } = useTranslation('commandCentre');
  const localName = useLocalName();
  const text = useFigureText();
  const { board } = useLiveBoard();
  const centres = board?.entities.flatMap((e) => e.centres) ?? [];
  return (
    <>
      <Card title={t('home.board')} subtitle={t('window.today')}>
        <Table<CentreRow>
          testId="home-centres"
          rowKey={(r) => r.code}
          rows={centres}
          columns={[
            {
              key: 'name',
              header: t('centre'),
              cell: (r) => <Link to={`/command-centre/centres/${encodeURIComponent(r.code)}`}>{localName(r)}</Link>,
            },
            ...shownMetrics.map((m) => ({
              key: m,
              header: t(`metric.${m}`),
              numeric: true,
              cell: (r: CentreRow) => text(m, r.figures.today),
            })),
          ]}
        />
        <Link className="btn btn--primary" to="/command-centre">
          {t('home.open')}
        </Link>
      </Card>
      <AlertsCard title={t('home.alerts')} />
    </>
  );
}
