import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useFormat } from '../../i18n/format.ts';
import { useLocalName } from '../../app/display-name.ts';
import './excellence.css';

/**
 * Programme manager: the assessor pool (certifications, workload cap) and the entities that
 * deliver services together, which the conflict-of-interest rule reads when teams are set.
 */
export function AssessorPoolPage() {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const format = useFormat();
  const localName = useLocalName();
  const pool = useQuery(trpc.excellence.cycles.pool.queryOptions());
  const entities = useQuery(trpc.entities.list.queryOptions());
  const entityName = (id: string | null) => {
    const e = entities.data?.find((x) => x.id === id);
    return e ? localName({ nameAr: e.nameAr, nameEn: e.nameEn }) : (id ?? '—');
  };
  return (
    <div className="stack">
      <PageHeader
        title={t('pool.title')}
        subtitle={t('pool.subtitle')}
        actions={<Link to="/excellence/cycles">{t('cycles.title')}</Link>}
      />
      <Card title={t('pool.ruleTitle')}>
        <p>{t('pool.rule')}</p>
      </Card>
      <ErrorMessage error={pool.error ?? entities.error} />
      {pool.data && (
        <Card title={t('cycles.pool')}>
          <Table
            testId="assessor-pool"
            rows={pool.data}
            rowKey={(p) => p.userId}
            columns={[
              { key: 'name', header: t('cycles.assessors'), cell: (p) => localName({ nameAr: p.nameAr, nameEn: p.nameEn }) },
              { key: 'entity', header: t('pool.entity'), cell: (p) => entityName(p.entityId) },
              {
                key: 'load',
                header: t('cycles.workload'),
                cell: (p) => (
                  <span className="exc-row">
                    {`${format.number(p.workload)} / ${format.number(p.maxWorkload)}`}
                    {p.workload > p.maxWorkload && <StatusPill tone="danger">{t('pool.overCap')}</StatusPill>}
                  </span>
                ),
              },
              {
                key: 'edit',
                header: t('pool.profile'),
                cell: (p) => <ProfileForm key={`${p.userId}:${p.certifications.join('|')}:${p.maxWorkload}`} profile={p} />,
              },
            ]}
          />
        </Card>
      )}
      <Partnerships
        entityName={entityName}
        entities={(entities.data ?? []).map((e) => ({ id: e.id, name: localName({ nameAr: e.nameAr, nameEn: e.nameEn }) }))}
      />
    </div>
  );
}

function ProfileForm({ profile }: { profile: { userId: string; certifications: string[]; maxWorkload: number } }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const [certs, setCerts] = useState(profile.certifications.join('، '));
  const [cap, setCap] = useState(String(profile.maxWorkload));
  const save = useMutation(
    trpc.excellence.cycles.setAssessorProfile.mutationOptions({
      onSuccess: () => client.invalidateQueries({ queryKey: trpc.excellence.cycles.pool.queryKey() }),
    }),
  );
  const capN = Number(cap);
  const capValid = Number.isInteger(capN) && capN >= 0 && capN <= 50;
  return (
    <form
      className="exc-row"
      onSubmit={(e) => {
        e.preventDefault();
        const certifications = certs
          .split(/[,،\n]/)
          .map((c) => c.trim())
          .filter(Boolean);
        save.mutate({ userId: profile.userId, certifications, maxWorkload: capN });
      }}
    >
      <Input
        aria-label={t('cycles.certifications')}
        placeholder={t('pool.certsHint')}
        value={certs}
        onChange={(e) => setCerts(e.target.value)}
      />
      <Input
        aria-label={t('pool.cap')}
        className="exc-source-input"
        type="number"
        min={0}
        max={50}
        value={cap}
        onChange={(e) => setCap(e.target.value)}
      />
      <Button type="submit" variant="secondary" disabled={!capValid || save.isPending}>
        {t('cycles.save')}
      </Button>
      {save.isSuccess && (
        <span className="exc-muted" role="status">
          {t('pool.saved')}
        </span>
      )}
      <ErrorMessage error={save.error} />
    </form>
  );
}

function Partnerships({ entities, entityName }: { entities: { id: string; name: string }[]; entityName: (id: string) => string }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const partnerships = useQuery(trpc.excellence.cycles.partnerships.queryOptions());
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const set = useMutation(
    trpc.excellence.cycles.setPartnership.mutationOptions({
      onSuccess: () => client.invalidateQueries({ queryKey: trpc.excellence.cycles.partnerships.queryKey() }),
    }),
  );
  return (
    <Card title={t('pool.partnerships')}>
      <p className="exc-muted">{t('pool.partnershipsHint')}</p>
      <ErrorMessage error={partnerships.error ?? set.error} />
      {partnerships.data && (
        <Table
          testId="partnerships"
          rows={partnerships.data}
          rowKey={([x, y]) => `${x}:${y}`}
          columns={[
            { key: 'a', header: t('pool.entity'), cell: ([x]) => entityName(x) },
            { key: 'b', header: t('pool.partner'), cell: ([, y]) => entityName(y) },
            {
              key: 'remove',
              header: '',
              cell: ([x, y]) => (
                <Button variant="ghost" disabled={set.isPending} onClick={() => set.mutate({ a: x, b: y, partners: false })}>
                  {t('pool.remove')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <form
        className="exc-row"
        onSubmit={(e) => {
          e.preventDefault();
          set.mutate({ a, b, partners: true });
        }}
      >
        <Field label={t('pool.entity')}>
          {(id) => (
            <Select id={id} value={a} onChange={(e) => setA(e.target.value)}>
              <option value="">—</option>
              {entities.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={t('pool.partner')}>
          {(id) => (
            <Select id={id} value={b} onChange={(e) => setB(e.target.value)}>
              <option value="">—</option>
              {entities
                .filter((e) => e.id !== a)
                .map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
            </Select>
          )}
        </Field>
        <Button type="submit" variant="secondary" disabled={!a || !b || a === b || set.isPending}>
          {t('pool.add')}
        </Button>
      </form>
    </Card>
  );
}
