import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc/client.ts';
import { Button } from '../../../design/components/Button.tsx';
import { Card } from '../../../design/components/Card.tsx';
import { ErrorMessage } from '../../../design/components/ErrorMessage.tsx';
import { Field, Input, Select } from '../../../design/components/Field.tsx';
import { useBilingual } from '../../../i18n/bilingual.ts';
import { useLocalName } from '../../../app/display-name.ts';
import { shopperChannels, type ShopperChannel } from '../../../../workflows/mystery-shopper/profile.ts';

export interface QuotaDraft {
  centreId: string;
  channel: ShopperChannel;
  scenarioId: string;
  visits: number;
  announced: boolean;
}
const blankQuota = (): QuotaDraft => ({ centreId: '', channel: 'centre', scenarioId: '', visits: 1, announced: false });

/** A period's quotas before its plan is generated: visits per centre and channel, each with a scenario. */
export function QuotaEditor({ periodId, saved }: { periodId: string; saved: readonly QuotaDraft[] }) {
  const { t } = useTranslation('mysteryShopper');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pick = useBilingual();
  const localName = useLocalName();
  const entities = useQuery(trpc.entities.list.queryOptions());
  const scenarios = useQuery(trpc.mysteryShopper.scenarios.list.queryOptions());
  const [rows, setRows] = useState<QuotaDraft[]>(saved.length > 0 ? [...saved] : [blankQuota()]);
  const [done, setDone] = useState(false);
  const save = useMutation(
    trpc.mysteryShopper.periods.setQuotas.mutationOptions({
      onSuccess: async () => {
        setDone(true);
        await queryClient.invalidateQueries();
      },
    }),
  );
  const setRow = (i: number, patch: Partial<QuotaDraft>) => {
    setDone(false);
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };

  return (
    <Card title={t('setup.periods.quotas')}>
      <form
        className="stack"
        aria-label={t('setup.periods.quotas')}
        onSubmit={(e) => {
          e.preventDefault();
          setDone(false);
          save.mutate({ id: periodId, quotas: rows });
        }}
      >
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: draft rows have no identity until saved
          <div key={i} className="programme-setup__row" data-quota-row={i}>
            <Field label={t('programme.centre')}>
              {(id) => (
                <Select id={id} value={row.centreId} onChange={(e) => setRow(i, { centreId: e.target.value })}>
                  <option value="">{t('setup.periods.chooseCentre')}</option>
                  {entities.data?.map((en) => (
                    <optgroup key={en.id} label={localName(en)}>
                      {en.centres.map((c) => (
                        <option key={c.id} value={c.id}>
                          {localName(c)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('programme.channel')}>
              {(id) => (
                <Select
                  id={id}
                  value={row.channel}
                  onChange={(e) => setRow(i, { channel: e.target.value as ShopperChannel, scenarioId: '' })}
                >
                  {shopperChannels.map((c) => (
                    <option key={c} value={c}>
                      {t(`channels.${c}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label={t('setup.periods.scenario')}>
              {(id) => (
                <Select id={id} value={row.scenarioId} onChange={(e) => setRow(i, { scenarioId: e.target.value })}>
                  <option value="">{t('setup.periods.chooseScenario')}</option>
                  {scenarios.data
                    ?.filter((s) => s.channel === row.channel)
                    .map((s) => (
                      <option key={s.id} value={s.id}>
                        {pick(s.service)} ({s.code})
                      </option>
                    ))}
                </Select>
              )}
            </Field>
            <Field label={t('setup.periods.visits')}>
              {(id) => (
                <Input
                  id={id}
                  type="number"
                  min={0}
                  max={50}
                  value={row.visits}
                  onChange={(e) => setRow(i, { visits: Number(e.target.value) })}
                />
              )}
            </Field>
            <label className="programme-setup__check">
              <input type="checkbox" checked={row.announced} onChange={(e) => setRow(i, { announced: e.target.checked })} />
              {t('setup.periods.announced')}
            </label>
            {rows.length > 1 && (
              <Button variant="ghost" onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
                {t('setup.periods.removeQuota')}
              </Button>
            )}
          </div>
        ))}
        <div>
          <Button variant="secondary" onClick={() => setRows((all) => [...all, blankQuota()])}>
            {t('setup.periods.addQuota')}
          </Button>
        </div>
        <ErrorMessage error={save.error} />
        {done && <p role="status">{t('setup.periods.quotasSaved')}</p>}
        <div>
          <Button type="submit" disabled={save.isPending} data-testid="save-quotas">
            {t('setup.periods.saveQuotas')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
