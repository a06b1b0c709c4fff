import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';
import { Input, Select } from '../../design/components/Field.tsx';
import type { WorkshopView } from '../../../api/workshops/workshop-view.ts';
import { columnsSvg, downloadSvg } from '../../design/columns-image.ts';
import { defaultLocale, isLocale } from '../../i18n/locale.ts';
import { useBilingual } from '../../i18n/bilingual.ts';

const defaultLanes = ['pains', 'needs', 'ideas', 'quotes'];

/** Sticky notes grouped by lane; the add form shows only when the phase takes notes. */
export function NotesLanes({ view, onAdd }: { view: WorkshopView; onAdd: (lane: string, text: string) => Promise<unknown> }) {
  const { t, i18n } = useTranslation('workshops');
  const pick = useBilingual();
  const [lane, setLane] = useState('pains');
  const [text, setText] = useState('');
  const lanes = [...new Set([...defaultLanes, ...view.board.notes.map((n) => n.lane)])];
  const names = new Map(view.participants.map((p) => [p.id, p.name]));
  const canAdd = view.phaseActions.includes('ADD_NOTE');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    await onAdd(lane, text.trim());
    setText('');
  };
  return (
    <section className="ws-section" aria-label={t('board.notes')}>
      <h2 className="ws-section__title">{t('board.notes')}</h2>
      <Button
        variant="ghost"
        data-testid="board-image"
        onClick={() => {
          const locale = isLocale(i18n.language) ? i18n.language : defaultLocale;
          const columns = lanes.map((l) => ({
            heading: t(`board.lanes.${l}`, { defaultValue: l }),
            cards: view.board.notes.filter((n) => n.lane === l).map((n) => ({ title: n.text, detail: names.get(n.by) ?? '' })),
          }));
          downloadSvg(columnsSvg(`${t('board.notes')} — ${pick(view.title)}`, locale, columns), `workshop-${view.id}-notes-${locale}.svg`);
        }}
      >
        {t('board.downloadImage')}
      </Button>
      {canAdd && (
        <form className="ws-add" onSubmit={submit}>
          <Select aria-label={t('board.lane')} value={lane} onChange={(e) => setLane(e.target.value)}>
            {lanes.map((l) => (
              <option key={l} value={l}>
                {t(`board.lanes.${l}`, { defaultValue: l })}
              </option>
            ))}
          </Select>
          <Input
            aria-label={t('board.notePlaceholder')}
            placeholder={t('board.notePlaceholder')}
            value={text}
            maxLength={280}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="submit">{t('board.addNote')}</Button>
        </form>
      )}
      <div className="ws-lanes">
        {lanes.map((l) => {
          const notes = view.board.notes.filter((n) => n.lane === l);
          if (notes.length === 0 && !defaultLanes.includes(l)) return null;
          return (
            <div key={l} className="ws-lane" data-lane={l}>
              <h3 className="ws-lane__title">
                {t(`board.lanes.${l}`, { defaultValue: l })} <span className="muted">({notes.length})</span>
              </h3>
              <ul className="ws-notes">
                {notes.map((n) => (
                  <li key={n.id} className="ws-note" data-testid="sticky-note">
                    <p>{n.text}</p>
                    <small className="muted">{names.get(n.by) ?? ''}</small>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
