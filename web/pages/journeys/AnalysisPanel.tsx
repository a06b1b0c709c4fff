import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Button } from '../../design/components/Button.tsx';
import { Card } from '../../design/components/Card.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { Table } from '../../design/components/Table.tsx';
import { useSession } from '../../app/session.ts';
import { useFormat } from '../../i18n/format.ts';
import { rootCauseTypes, type RootCause, type RootCauseType } from '../../../workflows/journeys/root-cause.ts';
import type { JourneyMap } from '../../../workflows/journeys/journey-map.ts';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { TraceChain } from './TraceChain.tsx';
import { ComplaintPicker } from './ComplaintPicker.tsx';
import type { TraceNodeType } from '../../../workflows/journeys/traceability.ts';
import { useBilingual } from '../../i18n/bilingual.ts';

interface Props {
  journeyId: string;
  phase: string;
  canDrive: boolean;
  asIs: JourneyMap | undefined;
  rootCauses: RootCause[];
  opportunities: {
    opportunity: {
      id: string;
      title: { ar: string; en: string };
      stepIds: string[];
      rootCauseIds: string[];
      customerValue: number;
      governmentValue: number;
      effort: number;
    };
    value: number;
    score: number;
    quickWin: boolean;
  }[];
  categories: string[];
  gaps: { id: string; change_key: string; code: string }[];
  plan: { id: string; title: string }[];
}

const ratings = [1, 2, 3, 4, 5];

/** Root causes (why-chains), opportunities and transition-plan actions, each editable in its phase. */
export function AnalysisPanel({ journeyId, phase, canDrive, asIs, rootCauses, opportunities, categories, gaps, plan }: Props) {
  const { t } = useTranslation('journeys');
  const pick = useBilingual();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormat();
  const session = useSession();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.journeys.get.queryKey() });
  const saveCauses = useMutation(trpc.journeys.saveRootCauses.mutationOptions({ onSuccess: refresh }));
  const saveOpps = useMutation(trpc.journeys.saveOpportunities.mutationOptions({ onSuccess: refresh }));
  const addPlan = useMutation(trpc.journeys.addPlanItems.mutationOptions({ onSuccess: refresh }));
  const steps = asIs ? asIs.stages.flatMap((s) => s.steps) : [];
  const stepTitle = (id: string) => pick(steps.find((s) => s.id === id)?.title) || id;

  const [cause, setCause] = useState({
    type: 'process' as RootCauseType,
    ar: '',
    en: '',
    whys: '',
    steps: [] as string[],
    categories: [] as string[],
    complaints: [] as string[],
  });
  const [linking, setLinking] = useState<{ causeId: string; ids: string[] } | null>(null);
  const [opp, setOpp] = useState({
    ar: '',
    en: '',
    steps: [] as string[],
    causes: [] as string[],
    customerValue: 3,
    governmentValue: 3,
    effort: 3,
  });
  const [item, setItem] = useState({ title: '', milestone: '', dueDate: '', gaps: [] as string[], opportunities: [] as string[] });
  const [traced, setTraced] = useState<string | null>(null);
  const label = (type: TraceNodeType, id: string): string => {
    if (type === 'step') return stepTitle(id);
    if (type === 'root_cause') return pick(rootCauses.find((c) => c.id === id)?.statement) || id;
    if (type === 'opportunity') return pick(opportunities.find((o) => o.opportunity.id === id)?.opportunity.title) || id;
    if (type === 'change' || type === 'result') return gaps.find((g) => g.change_key === id)?.code ?? id;
    if (type === 'complaint') return `#${id}`;
    if (type === 'gap') return gaps.find((g) => g.id === id)?.code ?? id;
    return plan.find((p) => p.id === id)?.title ?? id;
  };
  const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

  const submitCause = (e: FormEvent) => {
    e.preventDefault();
    const answers = cause.whys
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (answers.length === 0 || cause.steps.length === 0) return;
    // Each "because" answers the question raised by the one before: the five-whys habit.
    const whyChain = answers.map((answer, i) => ({ question: `${t('analysis.why')} ${i === 0 ? pick(cause) : answers[i - 1]}`, answer }));
    const next = {
      id: `rc-${Date.now().toString(36)}`,
      type: cause.type,
      statement: { ar: cause.ar, en: cause.en },
      whyChain,
      stepIds: cause.steps,
      complaintIds: cause.complaints,
      complaintCategories: cause.categories,
    };
    saveCauses.mutate({ id: journeyId, causes: [...rootCauses, next] });
    setCause({ ...cause, ar: '', en: '', whys: '', steps: [], categories: [], complaints: [] });
  };
  const submitOpp = (e: FormEvent) => {
    e.preventDefault();
    if (opp.steps.length === 0) return;
    const next = {
      id: `op-${Date.now().toString(36)}`,
      title: { ar: opp.ar, en: opp.en },
      stepIds: opp.steps,
      rootCauseIds: opp.causes,
      customerValue: opp.customerValue,
      governmentValue: opp.governmentValue,
      effort: opp.effort,
    };
    saveOpps.mutate({ id: journeyId, opportunities: [...opportunities.map((o) => o.opportunity), next] });
    setOpp({ ...opp, ar: '', en: '', steps: [], causes: [] });
  };
  const submitItem = (e: FormEvent) => {
    e.preventDefault();
    const owner = session.data?.id;
    if (!owner) return;
    addPlan.mutate({
      id: journeyId,
      items: [
        {
          title: item.title,
          ownerId: owner,
          milestone: item.milestone,
          dueDate: item.dueDate,
          changeKeys: item.gaps,
          opportunityIds: item.opportunities,
        },
      ],
    });
    setItem({ title: '', milestone: '', dueDate: '', gaps: [], opportunities: [] });
  };

  const checks = (name: string, options: { value: string; label: string }[], selected: string[], onToggle: (v: string) => void) => (
    <fieldset className="checks">
      <legend>{name}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input type="checkbox" checked={selected.includes(o.value)} onChange={() => onToggle(o.value)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );

  return (
    <div className="stack">
      <Card title={t('analysis.rootCauses')}>
        {rootCauses.length === 0 ? (
          <p>{t('analysis.none')}</p>
        ) : (
          <ul className="causes">
            {rootCauses.map((c) => (
              <li key={c.id}>
                <strong>{pick(c.statement)}</strong> <small>({t(`analysis.types.${c.type}`)})</small>
                <ol>
                  {c.whyChain.map((w, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a why-chain is ordered: its position (why 1, why 2, …) is the answer's identity
                    <li key={i}>{w.answer}</li>
                  ))}
                </ol>
                <small>
                  {t('analysis.steps')}: {c.stepIds.map(stepTitle).join('، ')}
                  {c.complaintCategories.length > 0 &&
                    ` · ${t('analysis.categories')}: ${c.complaintCategories.map((k) => t(`categories.${k}`, { defaultValue: k })).join('، ')}`}
                </small>
                {c.complaintIds.length > 0 && (
                  <small className="cause__complaints" data-testid="cause-complaints">
                    {' · '}
                    {t('complaintPicker.linked', { count: c.complaintIds.length, ids: c.complaintIds.map((id) => `#${id}`).join('، ') })}
                  </small>
                )}
                {linking?.causeId === c.id && (
                  <form
                    className="analysis-form"
                    onSubmit={(e) => {
                      e.preventDefault();
                      saveCauses.mutate(
                        { id: journeyId, causes: rootCauses.map((x) => (x.id === c.id ? { ...x, complaintIds: linking.ids } : x)) },
                        { onSuccess: () => setLinking(null) },
                      );
                    }}
                  >
                    <ComplaintPicker
                      journeyId={journeyId}
                      categories={categories}
                      selected={linking.ids}
                      onChange={(ids) => setLinking({ causeId: c.id, ids })}
                    />
                    <Button type="submit" disabled={saveCauses.isPending}>
                      {t('complaintPicker.saveLinks')}
                    </Button>
                  </form>
                )}
                <div>
                  {canDrive && phase === 'root_causes' && linking?.causeId !== c.id && (
                    <Button variant="ghost" onClick={() => setLinking({ causeId: c.id, ids: c.complaintIds })}>
                      {t('complaintPicker.link')}
                    </Button>
                  )}
                  <Button variant="ghost" aria-expanded={traced === c.id} onClick={() => setTraced(traced === c.id ? null : c.id)}>
                    {t('trace.show')}
                  </Button>
                </div>
                {traced === c.id && <TraceChain journeyId={journeyId} node={{ type: 'root_cause', id: c.id }} label={label} />}
              </li>
            ))}
          </ul>
        )}
        {canDrive && phase === 'root_causes' && (
          <form className="analysis-form" onSubmit={submitCause} aria-label={t('analysis.addCause')}>
            <Field label={t('analysis.type')}>
              {(id) => (
                <Select id={id} value={cause.type} onChange={(e) => setCause({ ...cause, type: e.target.value as RootCauseType })}>
                  {rootCauseTypes.map((k) => (
                    <option key={k} value={k}>
                      {t(`analysis.types.${k}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('analysis.statementAr')}>
              {(id) => <Input id={id} dir="rtl" value={cause.ar} onChange={(e) => setCause({ ...cause, ar: e.target.value })} required />}
            </Field>
            <Field label={t('analysis.statementEn')}>
              {(id) => <Input id={id} dir="ltr" value={cause.en} onChange={(e) => setCause({ ...cause, en: e.target.value })} required />}
            </Field>
            <Field label={t('analysis.whys')} hint={t('analysis.whysHint')}>
              {(id) => (
                <textarea
                  id={id}
                  className="input"
                  rows={4}
                  value={cause.whys}
                  onChange={(e) => setCause({ ...cause, whys: e.target.value })}
                  required
                />
              )}
            </Field>
            {checks(
              t('analysis.steps'),
              steps.map((s) => ({ value: s.id, label: pick(s.title) })),
              cause.steps,
              (v) => setCause({ ...cause, steps: toggle(cause.steps, v) }),
            )}
            {categories.length > 0 &&
              checks(
                t('analysis.categories'),
                categories.map((k) => ({ value: k, label: t(`categories.${k}`, { defaultValue: k }) })),
                cause.categories,
                (v) => setCause({ ...cause, categories: toggle(cause.categories, v) }),
              )}
            <ComplaintPicker
              journeyId={journeyId}
              categories={categories}
              selected={cause.complaints}
              onChange={(ids) => setCause({ ...cause, complaints: ids })}
            />
            <Button type="submit" disabled={saveCauses.isPending}>
              {t('analysis.addCause')}
            </Button>
          </form>
        )}
        <ErrorMessage error={saveCauses.error} />
      </Card>

      <Card title={t('analysis.opportunities')}>
        {opportunities.length > 0 && (
          <Table
            rows={opportunities}
            rowKey={(o) => o.opportunity.id}
            columns={[
              { key: 'title', header: t('analysis.opportunity'), cell: (o) => pick(o.opportunity.title) },
              { key: 'steps', header: t('analysis.steps'), cell: (o) => o.opportunity.stepIds.map(stepTitle).join('، ') },
              { key: 'value', header: t('analysis.value'), numeric: true, cell: (o) => format.number(o.value) },
              { key: 'effort', header: t('analysis.effort'), numeric: true, cell: (o) => format.number(o.opportunity.effort) },
              { key: 'score', header: t('analysis.score'), numeric: true, cell: (o) => format.score(o.score, 2) },
              { key: 'quick', header: t('analysis.quickWin'), cell: (o) => (o.quickWin ? '✓' : '') },
            ]}
          />
        )}
        {canDrive && (phase === 'to_be_design' || phase === 'gap_analysis') && (
          <form className="analysis-form" onSubmit={submitOpp} aria-label={t('analysis.addOpportunity')}>
            <Field label={t('analysis.titleAr')}>
              {(id) => <Input id={id} dir="rtl" value={opp.ar} onChange={(e) => setOpp({ ...opp, ar: e.target.value })} required />}
            </Field>
            <Field label={t('analysis.titleEn')}>
              {(id) => <Input id={id} dir="ltr" value={opp.en} onChange={(e) => setOpp({ ...opp, en: e.target.value })} required />}
            </Field>
            {(['customerValue', 'governmentValue', 'effort'] as const).map((k) => (
              <Field key={k} label={t(`analysis.${k}`)}>
                {(id) => (
                  <Select id={id} value={opp[k]} onChange={(e) => setOpp({ ...opp, [k]: Number(e.target.value) })}>
                    {ratings.map((r) => (
                      <option key={r} value={r}>
                        {format.number(r)}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
            ))}
            {checks(
              t('analysis.steps'),
              steps.map((s) => ({ value: s.id, label: pick(s.title) })),
              opp.steps,
              (v) => setOpp({ ...opp, steps: toggle(opp.steps, v) }),
            )}
            {rootCauses.length > 0 &&
              checks(
                t('analysis.rootCauses'),
                rootCauses.map((c) => ({ value: c.id, label: pick(c.statement) })),
                opp.causes,
                (v) => setOpp({ ...opp, causes: toggle(opp.causes, v) }),
              )}
            <Button type="submit" disabled={saveOpps.isPending}>
              {t('analysis.addOpportunity')}
            </Button>
          </form>
        )}
        <ErrorMessage error={saveOpps.error} />
      </Card>

      {canDrive && phase === 'transition_plan' && (
        <Card title={t('analysis.addAction')}>
          <form className="analysis-form" onSubmit={submitItem}>
            <Field label={t('gaps.action')}>
              {(id) => <Input id={id} value={item.title} onChange={(e) => setItem({ ...item, title: e.target.value })} required />}
            </Field>
            <Field label={t('gaps.milestone')}>
              {(id) => <Input id={id} value={item.milestone} onChange={(e) => setItem({ ...item, milestone: e.target.value })} required />}
            </Field>
            <Field label={t('gaps.due')}>
              {(id) => (
                <Input id={id} type="date" value={item.dueDate} onChange={(e) => setItem({ ...item, dueDate: e.target.value })} required />
              )}
            </Field>
            {checks(
              t('gaps.title'),
              gaps.map((g) => ({ value: g.change_key, label: g.code })),
              item.gaps,
              (v) => setItem({ ...item, gaps: toggle(item.gaps, v) }),
            )}
            {opportunities.length > 0 &&
              checks(
                t('analysis.opportunities'),
                opportunities.map((o) => ({ value: o.opportunity.id, label: pick(o.opportunity.title) })),
                item.opportunities,
                (v) => setItem({ ...item, opportunities: toggle(item.opportunities, v) }),
              )}
            <Button type="submit" disabled={addPlan.isPending}>
              {t('analysis.addAction')}
            </Button>
          </form>
          <ErrorMessage error={addPlan.error} />
        </Card>
      )}
    </div>
  );
}
