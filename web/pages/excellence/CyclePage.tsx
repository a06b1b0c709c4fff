import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC, useTRPCClient } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill, toneOfState } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocalName } from '../../app/display-name.ts';
import { stateLabel } from '../../i18n/workflow-labels.ts';
import { AssessmentStage } from './AssessmentStage.tsx';
import { downloadBase64, downloadText } from './download.ts';
import { RankingTable } from './RankingTable.tsx';
import type { CycleAssessmentRow } from './assessment-view.ts';
import { CompositeSourcesCard } from './CompositeSourcesCard.tsx';
import { useMay } from '../../app/session.ts';
import { CycleMoveConfirm, type CycleMove } from './CycleMoveConfirm.tsx';
import { SelectionBar } from './SelectionBar.tsx';
import { TeamPicker } from './TeamPicker.tsx';
import './excellence.css';

type Row = CycleAssessmentRow;

const moves = ['OPEN', 'START_SCORING', 'START_MODERATION', 'PUBLISH', 'CLOSE'] as const;

/**
 * One cycle: for the programme manager its progress per entity and stage, teams, moderation,
 * composite sources and results; for leadership the same page read-only (published
 * assessments and the ranking, no buttons).
 */
export function CyclePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('excellence');
  const trpc = useTRPC();
  const api = useTRPCClient();
  const client = useQueryClient();
  const format = useFormat();
  const localName = useLocalName();
  const cycle = useQuery(trpc.excellence.cycles.get.queryOptions({ id }));
  const may = useMay();
  const programme = may('runExcellenceProgramme');
  const mayExport = may('exportCycleScores');
  const pool = useQuery({ ...trpc.excellence.cycles.pool.queryOptions(), enabled: programme });
  const distributions = useQuery({ ...trpc.excellence.results.distributions.queryOptions({ cycleId: id }), enabled: programme });
  const refresh = () => client.invalidateQueries();
  // Every cycle move is one-way: it opens a review first and is sent on confirmation.
  const [confirming, setConfirming] = useState<CycleMove | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const move = useMutation(
    trpc.excellence.cycles.move.mutationOptions({
      onSuccess: () => {
        setConfirming(null);
        void refresh();
      },
    }),
  );
  const csv = useMutation({
    mutationFn: () => api.excellence.results.scoresCsv.query({ cycleId: id }),
    onSuccess: (r) => downloadText(r.fileName, r.csv, 'text/csv;charset=utf-8'),
  });
  const xlsx = useMutation({
    mutationFn: () => api.excellence.results.scoresXlsx.query({ cycleId: id, rightToLeft: i18n.dir() === 'rtl' }),
    onSuccess: (r) => downloadBase64(r.fileName, r.base64, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  });
  const assessorName = (uid: string) => {
    const p = pool.data?.find((a) => a.userId === uid);
    return p ? localName({ nameAr: p.nameAr, nameEn: p.nameEn }) : uid;
  };
  const data = cycle.data;
  return (
    <div className="stack">
      <PageHeader
        title={
          data
            ? `${t('cycles.number')} ${format.number(data.cycle.number)} · ${localName({ nameAr: data.cycle.name_ar, nameEn: data.cycle.name_en })}`
            : t('cycles.title')
        }
        subtitle={data ? `${data.cycle.framework_code} v${data.cycle.framework_version}` : undefined}
        actions={data && <StatusPill tone={toneOfState(data.state)}>{stateLabel(t, 'excellence_cycle', data.state)}</StatusPill>}
      />
      <ErrorMessage error={cycle.error ?? csv.error ?? xlsx.error} />
      <div className="exc-row no-print">
        {programme &&
          moves
            .filter((m) => data?.availableEvents.includes(m))
            .map((m) => (
              <Button
                key={m}
                variant="secondary"
                disabled={move.isPending}
                onClick={() => {
                  move.reset();
                  setConfirming(m);
                }}
              >
                {t(`cycles.moves.${m}`)}
              </Button>
            ))}
        {mayExport && (
          <>
            <Button variant="ghost" onClick={() => csv.mutate()}>
              {t('cycles.csv')}
            </Button>
            <Button variant="ghost" disabled={xlsx.isPending} onClick={() => xlsx.mutate()}>
              {t('cycles.xlsx')}
            </Button>
          </>
        )}
      </div>
      {confirming && (
        <CycleMoveConfirm
          cycleId={id}
          move={confirming}
          pending={move.isPending}
          error={move.error}
          onCancel={() => setConfirming(null)}
          onConfirm={() => move.mutate({ id, type: confirming })}
        />
      )}
      {programme && data && (
        // The moves the current stage does not accept, each with what it waits for.
        <ul className="exc-move-hints muted no-print" data-testid="cycle-move-hints">
          {moves
            .filter((m) => !data.availableEvents.includes(m))
            .map((m) => (
              <li key={m}>
                {t(`cycles.moves.${m}`)}: {t(`cycles.needs.${m}`)}
              </li>
            ))}
        </ul>
      )}
      {data && (
        <Card title={t('cycles.progress')}>
          <Table
            testId="cycle-progress"
            rows={data.assessments}
            rowKey={(a) => a.id}
            columns={[
              // The programme ticks entities to act on one or several of them (SelectionBar), not only the whole cycle.
              ...(programme
                ? [
                    {
                      key: 'pick',
                      header: (
                        <input
                          type="checkbox"
                          aria-label={t('selection.all')}
                          checked={data.assessments.length > 0 && selected.length === data.assessments.length}
                          onChange={(e) => setSelected(e.target.checked ? data.assessments.map((a) => a.id) : [])}
                        />
                      ),
                      cell: (a: Row) => (
                        <input
                          type="checkbox"
                          aria-label={t('selection.pick', { name: localName({ nameAr: a.subjectNameAr, nameEn: a.subjectNameEn }) })}
                          checked={selected.includes(a.id)}
                          onChange={(e) => setSelected(e.target.checked ? [...selected, a.id] : selected.filter((x) => x !== a.id))}
                        />
                      ),
                    },
                  ]
                : []),
              {
                key: 'entity',
                header: t('cycles.entity'),
                cell: (a) => (
                  <Link to={`/excellence/assessments/${a.id}`}>{localName({ nameAr: a.subjectNameAr, nameEn: a.subjectNameEn })}</Link>
                ),
              },
              {
                key: 'state',
                header: t('cycles.stage'),
                cell: (a) => <AssessmentStage state={a.state} late={a.late} />,
              },
              // Self-scoring counts and teams are the programme's working detail; leadership reads stages only.
              ...(programme
                ? [
                    { key: 'self', header: t('cycles.selfScored'), cell: (a: Row) => format.number(a.selfScored), numeric: true },
                    {
                      key: 'team',
                      header: t('cycles.team'),
                      cell: (a: Row) =>
                        a.state === 'assessor_assignment' ? (
                          <RowTeamPicker
                            // A new server-side team starts the picker afresh from it.
                            key={`${a.id}:${a.assessorIds.join(',')}:${a.leadAssessorId ?? ''}`}
                            assessmentId={a.id}
                            assigned={a.assessorIds}
                            assignedLead={a.leadAssessorId ?? ''}
                            pool={pool.data ?? []}
                            onSaved={refresh}
                          />
                        ) : (
                          a.assessorIds
                            .map((uid) => `${assessorName(uid)}${uid === a.leadAssessorId ? ` (${t('cycles.lead')})` : ''}`)
                            .join('، ')
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      )}
      {programme && data && (
        <SelectionBar
          cycleId={id}
          selected={selected.filter((x) => data.assessments.some((a) => a.id === x))}
          pool={pool.data ?? []}
          onDone={refresh}
        />
      )}
      {programme && <CompositeSourcesCard cycleId={id} />}
      {pool.data && (
        <Card title={t('cycles.pool')} actions={<Link to="/excellence/pool">{t('pool.manage')}</Link>}>
          <Table
            rows={pool.data}
            rowKey={(p) => p.userId}
            columns={[
              { key: 'name', header: t('cycles.assessors'), cell: (p) => localName({ nameAr: p.nameAr, nameEn: p.nameEn }) },
              { key: 'cert', header: t('cycles.certifications'), cell: (p) => p.certifications.join('، ') },
              {
                key: 'load',
                header: t('cycles.workload'),
                cell: (p) => `${format.number(p.workload)} / ${format.number(p.maxWorkload)}`,
                numeric: true,
              },
            ]}
          />
        </Card>
      )}
      {distributions.data && distributions.data.byAssessor.length > 0 && (
        <Card title={t('cycles.distributions')}>
          <Table
            rows={distributions.data.byAssessor}
            rowKey={(d) => d.key}
            columns={[
              { key: 'who', header: t('cycles.assessors'), cell: (d) => assessorName(d.key) },
              { key: 'n', header: t('cycles.count'), cell: (d) => format.number(d.count), numeric: true },
              { key: 'mean', header: t('cycles.mean'), cell: (d) => format.score(d.mean), numeric: true },
              { key: 'min', header: t('cycles.min'), cell: (d) => format.number(d.min), numeric: true },
              { key: 'max', header: t('cycles.max'), cell: (d) => format.number(d.max), numeric: true },
            ]}
          />
        </Card>
      )}
      <Card title={t('cycles.ranking')}>
        <RankingTable cycleId={id} />
      </Card>
    </div>
  );
}

/** One assessment's team: assigning it may also start its scoring when the cycle already scores (a late entity). */
function RowTeamPicker({
  assessmentId,
  assigned,
  assignedLead,
  pool,
  onSaved,
}: {
  assessmentId: string;
  assigned: readonly string[];
  assignedLead: string;
  pool: { userId: string; nameAr: string; nameEn: string; workload: number }[];
  onSaved: () => void;
}) {
  const trpc = useTRPC();
  const assign = useMutation(trpc.excellence.assessments.assignTeam.mutationOptions({ onSuccess: onSaved }));
  return (
    <TeamPicker
      groupName={assessmentId}
      assigned={assigned}
      assignedLead={assignedLead}
      pool={pool}
      pending={assign.isPending}
      error={assign.error}
      onAssign={(team) => assign.mutate({ id: assessmentId, ...team })}
    />
  );
}
