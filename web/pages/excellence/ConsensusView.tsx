import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import type { AssessmentView } from './assessment-view.ts';
import { useLocalName } from '../../app/display-name.ts';
import { useFormat } from '../../i18n/format.ts';
import { useBilingual } from '../../i18n/bilingual.ts';
import { findNode } from '../../../workflows/excellence/framework-nodes.ts';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Heat from the spread the API computed: 0 is calm, the threshold and above is hot. */
function heat(spread: number, threshold: number): string {
  const ratio = Math.min(1, threshold === 0 ? 1 : spread / (threshold * 1.5));
  return `hsl(${Math.round(140 - 140 * ratio)} 65% ${Math.round(92 - 30 * ratio)}%)`;
}

/** Team lead: individual scores side by side with the spread per criterion; agree and close. */
export function ConsensusView({ assessment: a }: { assessment: AssessmentView }) {
  const { t } = useTranslation('excellence');
  const trpc = useTRPC();
  const client = useQueryClient();
  const localName = useLocalName();
  const pick = useBilingual();
  // The framework comes with the assessment from the API; a criterion shows its name beside its code.
  const nameOf = (code: string) => pick(findNode(a.framework, code)?.name);
  const format = useFormat();
  const num = (n: number | null | undefined) => (n === null || n === undefined ? '—' : format.score(n));
  const view = useQuery(trpc.excellence.scoring.consensusView.queryOptions({ id: a.id }));
  const invalidate = () => client.invalidateQueries();
  const save = useMutation(trpc.excellence.scoring.saveConsensus.mutationOptions({ onSuccess: invalidate }));
  const record = useMutation(trpc.excellence.scoring.recordConsensus.mutationOptions({ onSuccess: invalidate }));
  const [drafts, setDrafts] = useState<Record<string, { percent: string; strengths: string; afis: string; rationale: string }>>({});
  if (!view.data) return <ErrorMessage error={view.error} />;
  const v = view.data;
  const assessors = a.team.map((m) => m.assessorId);
  const draftOf = (code: string) => {
    const c = v.consensus.find((x) => x.nodeCode === code);
    const spread = v.spreads.find((s) => s.nodeCode === code);
    return (
      drafts[code] ?? {
        percent: c?.percent?.toString() ?? (spread ? String(Math.round((spread.min + spread.max) / 10) * 5) : ''),
        strengths: (c?.strengths ?? []).join('\n'),
        afis: (c?.afis ?? []).join('\n'),
        rationale: c?.rationale ?? '',
      }
    );
  };
  const saveAll = () =>
    save.mutate({
      id: a.id,
      entries: a.applicableLeaves.map((code) => {
        const d = draftOf(code);
        return {
          nodeCode: code,
          percent: d.percent === '' ? null : Number(d.percent),
          strengths: lines(d.strengths),
          afis: lines(d.afis),
          rationale: d.rationale,
        };
      }),
    });
  return (
    <div className="stack">
      <Card title={t('consensus.heatmap')} subtitle={t('consensus.threshold', { threshold: v.threshold })}>
        <div className="table-wrap">
          <table className="table" data-testid="spread-heatmap">
            <thead>
              <tr>
                <th scope="col">{t('consensus.node')}</th>
                {assessors.map((id) => (
                  <th key={id} scope="col">
                    {localName(a.team.find((m) => m.assessorId === id) ?? { nameAr: id, nameEn: id })}
                  </th>
                ))}
                <th scope="col">{t('consensus.spread')}</th>
              </tr>
            </thead>
            <tbody>
              {a.applicableLeaves.map((code) => {
                const spread = v.spreads.find((s) => s.nodeCode === code);
                return (
                  <tr key={code}>
                    <th scope="row">
                      <span className="exc-node__code">{code}</span> <span data-testid="criterion-name">{nameOf(code)}</span>
                    </th>
                    {assessors.map((id) => (
                      <td key={id} className="num">
                        {num(v.individual.find((s) => s.assessorId === id && s.nodeCode === code)?.percent)}
                      </td>
                    ))}
                    <td className="num exc-heat__cell" style={{ background: spread ? heat(spread.spread, v.threshold) : undefined }}>
                      {num(spread?.spread)} {spread?.flagged && <StatusPill tone="danger">{t('consensus.flagged')}</StatusPill>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
      {a.applicableLeaves.map((code) => {
        const d = draftOf(code);
        const set = (k: keyof typeof d) => (e: { target: { value: string } }) =>
          setDrafts({ ...drafts, [code]: { ...d, [k]: e.target.value } });
        return (
          <section key={code} className="exc-node" aria-label={code}>
            <h3>
              <span className="exc-node__code">{code}</span> {nameOf(code)}
            </h3>
            <div className="exc-row">
              <label className="exc-row">
                {t('consensus.agreed')}
                <input className="input" type="number" min={0} max={100} step={5} value={d.percent} onChange={set('percent')} />
              </label>
            </div>
            <textarea
              className="exc-textarea"
              aria-label={t('scoring.strengths')}
              placeholder={t('scoring.strengths')}
              value={d.strengths}
              onChange={set('strengths')}
            />
            <textarea
              className="exc-textarea"
              aria-label={t('scoring.afis')}
              placeholder={t('scoring.afis')}
              value={d.afis}
              onChange={set('afis')}
            />
            <textarea
              className="exc-textarea"
              aria-label={t('consensus.rationale')}
              placeholder={t('consensus.rationale')}
              value={d.rationale}
              onChange={set('rationale')}
            />
          </section>
        );
      })}
      <ErrorMessage error={save.error ?? record.error} />
      <div className="exc-row">
        <Button variant="secondary" onClick={saveAll}>
          {t('consensus.save')}
        </Button>
        <Button onClick={() => record.mutate({ id: a.id })}>{t('consensus.record')}</Button>
      </div>
    </div>
  );
}
