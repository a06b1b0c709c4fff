import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';
import { Field, Input, Select } from '../../design/components/Field.tsx';
import { useEntityNames } from '../../app/entity-names.ts';
import { useFormat } from '../../i18n/format.ts';
import type { WorkshopView } from '../../../api/workshops/workshop-view.ts';

type Act = (type: string, payload?: Record<string, unknown>) => Promise<unknown>;

/** Each entity's commitments; a representative commits for their own entity, the facilitator for any. */
export function CommitmentsPanel({ view, act }: { view: WorkshopView; act: Act }) {
  const { t } = useTranslation('workshops');
  const entityName = useEntityNames();
  const format = useFormat();
  const entities = [...new Set(view.participants.flatMap((p) => (p.entityId && !p.removed ? [p.entityId] : [])))];
  const myEntity = view.participants.find((p) => p.id === view.me.id)?.entityId ?? null;
  const [entityId, setEntityId] = useState('');
  const [action, setAction] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [dependsOn, setDependsOn] = useState('');
  const canAdd = view.phaseActions.includes('ADD_COMMITMENT') && (view.me.role === 'facilitator' || myEntity !== null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const entity = view.me.role === 'facilitator' ? entityId : myEntity;
    if (!entity || !action.trim() || !owner.trim() || !dueDate) return;
    await act('ADD_COMMITMENT', {
      entityId: entity,
      action: action.trim(),
      owner: owner.trim(),
      dueDate,
      dependsOn: dependsOn ? [dependsOn] : [],
      dependencyKind: dependsOn ? 'other' : null,
      ideaId: null,
    });
    setAction('');
  };
  return (
    <section className="ws-section" aria-label={t('board.commitments')}>
      <h2 className="ws-section__title">{t('board.commitments')}</h2>
      <ul className="ws-list">
        {view.board.commitments.map((c) => (
          <li key={c.id} className="ws-card">
            <strong>{entityName(c.entityId)}</strong>: {c.action}{' '}
            <small className="muted">
              ({c.owner} · {format.date(c.dueDate)})
            </small>
          </li>
        ))}
      </ul>
      {canAdd && (
        <form className="ws-add ws-add--stack" onSubmit={submit}>
          {view.me.role === 'facilitator' && (
            <Field label={t('board.entity')}>
              {(id) => (
                <Select id={id} value={entityId} onChange={(e) => setEntityId(e.target.value)}>
                  <option value="" />
                  {entities.map((e) => (
                    <option key={e} value={e}>
                      {entityName(e)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          )}
          <Field label={t('board.action')}>
            {(id) => <Input id={id} value={action} maxLength={280} onChange={(e) => setAction(e.target.value)} />}
          </Field>
          <Field label={t('board.owner')}>
            {(id) => <Input id={id} value={owner} maxLength={120} onChange={(e) => setOwner(e.target.value)} />}
          </Field>
          <Field label={t('board.dueDate')}>
            {(id) => <Input id={id} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />}
          </Field>
          <Field label={t('board.dependsOn')}>
            {(id) => (
              <Select id={id} value={dependsOn} onChange={(e) => setDependsOn(e.target.value)}>
                <option value="" />
                {view.board.commitments.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.action}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Button type="submit">{t('board.addCommitment')}</Button>
        </form>
      )}
    </section>
  );
}
