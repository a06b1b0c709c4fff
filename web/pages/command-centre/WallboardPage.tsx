import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';
import { useLocalName } from '../../app/display-name.ts';
import { useFormat } from '../../i18n/format.ts';
import { useLiveBoard } from './live-board.ts';
import { FigureTiles } from './figures.tsx';
import './command-centre.css';

/** How long each centre stays on the wall. */
const rotateMs = 15_000;

/**
 * The operations-room wall: one centre at a time in large type, the last 15 minutes and today,
 * moving on every 15 seconds; the figures change in place as the live channel brings new boards.
 */
export function WallboardPage() {
  const { t } = useTranslation('commandCentre');
  const localName = useLocalName();
  const format = useFormat();
  const { board } = useLiveBoard();
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  const centres = board?.entities.flatMap((e) => e.centres.map((c) => ({ entity: e, centre: c }))) ?? [];
  const total = centres.length;

  useEffect(() => {
    if (paused || total < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % total), rotateMs);
    return () => clearInterval(timer);
  }, [paused, total]);

  const shown = total > 0 ? centres[index % total] : undefined;
  return (
    <div className="cc-wall" data-testid="cc-wall">
      <header className="cc-wall__head">
        <h1>{t('title')}</h1>
        <p aria-live="polite" data-testid="cc-live">
          {board ? `${t('live.live')} · ${t('live.updated', { time: format.dateTime(board.at) })}` : t('live.connecting')}
        </p>
        <div className="cc-actions">
          <Button variant="secondary" onClick={() => setPaused((p) => !p)}>
            {paused ? t('wallboard.resume') : t('wallboard.pause')}
          </Button>
          <Button variant="secondary" onClick={() => setIndex((i) => (total ? (i + 1) % total : 0))} disabled={total < 2}>
            {t('wallboard.next')}
          </Button>
          <Link className="btn btn--secondary" to="/command-centre">
            {t('back')}
          </Link>
        </div>
      </header>
      {shown && (
        <section aria-labelledby="cc-wall-centre" data-testid="cc-wall-centre" data-centre={shown.centre.code}>
          <h2 id="cc-wall-centre">
            {localName(shown.centre)} <span className="cc-wall__entity">{localName(shown.entity)}</span>
          </h2>
          <p className="cc-wall__position">
            {t('wallboard.position', { index: format.number((index % total) + 1), total: format.number(total) })}
            {' · '}
            {t('openAlerts', { count: shown.centre.openAlerts })}
          </p>
          <h3>{t('wallboard.now')}</h3>
          <FigureTiles figures={shown.centre.figures.last15} large testId="cc-wall-now" />
          <h3>{t('wallboard.today')}</h3>
          <FigureTiles figures={shown.centre.figures.today} large testId="cc-wall-today" />
        </section>
      )}
    </div>
  );
}
