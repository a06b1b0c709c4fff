import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { Button } from '../../design/components/Button.tsx';
import { Input, Select } from '../../design/components/Field.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { useFormat } from '../../i18n/format.ts';
import type { WorkshopView } from '../../../api/workshops/workshop-view.ts';
import { useBilingual } from '../../i18n/bilingual.ts';

type Act = (type: string, payload?: Record<string, unknown>) => Promise<unknown>;

/** Pain points and ideas: add, vote (budget shown, enforced by the server), merge duplicates. */
export function IdeasPanel({
  view,
  act,
  facilitator,
  voteError = null,
}: {
  view: WorkshopView;
  act: Act;
  facilitator: boolean;
  /** A refused vote, shown here beside the votes left rather than at the top of the page. */
  voteError?: unknown;
}) {
  const { t } = useTranslation('workshops');
  const format = useFormat();
  const pick = useBilingual();
  const [pain, setPain] = useState('');
  const [service, setService] = useState('');
  const [idea, setIdea] = useState('');
  const [addresses, setAddresses] = useState<string[]>([]);
  const [survivor, setSurvivor] = useState('');
  const [merged, setMerged] = useState<string[]>([]);
  const can = (type: string) => view.phaseActions.includes(type as never);
  const tally = new Map(view.board.tallies.map((x) => [x.ideaId, x.votes]));
  const mine = (ideaId: string) => view.board.votes.filter((v) => v.ideaId === ideaId && v.voterId === view.me.id).length;
  const live = view.board.ideas.filter((i) => i.mergedInto === null);
  const serviceName = new Map(view.bundleServices.map((s) => [s.id, pick(s.name)]));

  const addPain = async (e: FormEvent) => {
    e.preventDefault();
    if (!pain.trim()) return;
    await act('ADD_PAIN_POINT', { text: pain.trim(), serviceId: service || null, step: null });
    setPain('');
  };
  const addIdea = async (e: FormEvent) => {
    e.preventDefault();
    if (!idea.trim()) return;
    await act('ADD_IDEA', { text: idea.trim(), painPointIds: addresses });
    setIdea('');
    setAddresses([]);
  };
  const merge = async () => {
    if (!survivor || merged.length === 0) return;
    await act('MERGE_IDEAS', { survivorId: survivor, mergedIds: merged });
    setMerged([]);
  };

  return (
    <>
      <section className="ws-section" aria-label={t('board.painPoints')}>
        <h2 className="ws-section__title">{t('board.painPoints')}</h2>
        {can('ADD_PAIN_POINT') && (
          <form className="ws-add" onSubmit={addPain}>
            <Select aria-label={t('board.service')} value={service} onChange={(e) => setService(e.target.value)}>
              <option value="">{t('board.anyService')}</option>
              {view.bundleServices.map((s) => (
                <option key={s.id} value={s.id}>
                  {pick(s.name)}
                </option>
              ))}
            </Select>
            <Input aria-label={t('board.addPainPoint')} value={pain} maxLength={280} onChange={(e) => setPain(e.target.value)} />
            <Button type="submit">{t('board.addPainPoint')}</Button>
          </form>
        )}
        <ul className="ws-list">
          {view.board.painPoints.map((p) => (
            <li key={p.id} className="ws-card ws-card--pain">
              {p.text}
              {p.serviceId && <small className="muted"> · {serviceName.get(p.serviceId) ?? p.serviceId}</small>}
            </li>
          ))}
        </ul>
      </section>

      {(view.board.ideas.length > 0 || view.phase !== 'discovery') && (
        <section className="ws-section" aria-label={t('board.ideas')}>
          <h2 className="ws-section__title">
            {t('board.ideas')}
            {view.phase === 'voting' && view.me.role === 'participant' && (
              <StatusPill tone="accent">
                <span data-testid="votes-left">{t('board.votesLeft', { count: view.board.votesLeft, formatParams: {} })}</span>
              </StatusPill>
            )}
          </h2>
          {voteError ? (
            <div data-testid="vote-error">
              <ErrorMessage error={voteError} />
            </div>
          ) : null}
          {can('ADD_IDEA') && (
            <form className="ws-add ws-add--stack" onSubmit={addIdea}>
              <Input
                aria-label={t('board.addIdea')}
                placeholder={t('board.ideaPlaceholder')}
                value={idea}
                maxLength={280}
                onChange={(e) => setIdea(e.target.value)}
              />
              {view.board.painPoints.length > 0 && (
                <fieldset className="ws-checks">
                  <legend>{t('board.addresses')}</legend>
                  {view.board.painPoints.map((p) => (
                    <label key={p.id}>
                      <input
                        type="checkbox"
                        checked={addresses.includes(p.id)}
                        onChange={(e) => setAddresses(e.target.checked ? [...addresses, p.id] : addresses.filter((x) => x !== p.id))}
                      />{' '}
                      {p.text}
                    </label>
                  ))}
                </fieldset>
              )}
              <Button type="submit">{t('board.addIdea')}</Button>
            </form>
          )}
          <ul className="ws-list">
            {view.board.ideas.map((i) => (
              <li key={i.id} className={`ws-card ws-card--idea${i.mergedInto ? ' ws-card--merged' : ''}`}>
                <span>{i.text}</span>
                {i.mergedInto ? (
                  <StatusPill>{t('board.mergedInto')}</StatusPill>
                ) : (
                  <span className="ws-card__votes">
                    <StatusPill tone="info">{t('board.votes', { count: tally.get(i.id) ?? 0 })}</StatusPill>
                    {can('CAST_VOTE') && view.me.role === 'participant' && !view.votingLocked && (
                      <>
                        <Button
                          variant="secondary"
                          disabled={view.board.votesLeft === 0}
                          onClick={() => void act('CAST_VOTE', { ideaId: i.id })}
                        >
                          {t('board.vote')}
                        </Button>
                        {mine(i.id) > 0 && (
                          <Button variant="ghost" onClick={() => void act('RETRACT_VOTE', { ideaId: i.id })}>
                            {t('board.retract')} ({format.number(mine(i.id))})
                          </Button>
                        )}
                      </>
                    )}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {facilitator && can('MERGE_IDEAS') && !view.votingLocked && live.length > 1 && (
            <div className="ws-merge">
              <h3>{t('console.merge')}</h3>
              <Select aria-label={t('console.survivor')} value={survivor} onChange={(e) => setSurvivor(e.target.value)}>
                <option value="">{t('console.survivor')}</option>
                {live.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.text}
                  </option>
                ))}
              </Select>
              <fieldset className="ws-checks">
                <legend>{t('console.mergeInto')}</legend>
                {live
                  .filter((i) => i.id !== survivor)
                  .map((i) => (
                    <label key={i.id}>
                      <input
                        type="checkbox"
                        checked={merged.includes(i.id)}
                        onChange={(e) => setMerged(e.target.checked ? [...merged, i.id] : merged.filter((x) => x !== i.id))}
                      />{' '}
                      {i.text}
                    </label>
                  ))}
              </fieldset>
              <Button variant="secondary" onClick={() => void merge()} disabled={!survivor || merged.length === 0}>
                {t('console.merge')}
              </Button>
            </div>
          )}
        </section>
      )}
    </>
  );
}
