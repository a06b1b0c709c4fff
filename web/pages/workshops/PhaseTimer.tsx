import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

/** Countdown to the end of the phase's time box (display only: the server's timer decides). */
export function PhaseTimer({ endsAt }: { endsAt: string | null }) {
  const { t } = useTranslation('workshops');
  const format = useFormat();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!endsAt) return <span className="ws-timer ws-timer--none">{t('timer.none')}</span>;
  const left = Math.max(0, Math.round((Date.parse(endsAt) - now) / 1000));
  if (left === 0)
    return (
      <span className="ws-timer ws-timer--over" role="timer">
        {t('timer.over')}
      </span>
    );
  const minutes = Math.floor(left / 60);
  const seconds = left % 60;
  return (
    <span className="ws-timer" role="timer" aria-label={t('timer.left')}>
      {t('timer.left')}:{' '}
      <bdi dir="ltr">
        {format.number(minutes)}:{seconds < 10 ? format.number(0) : ''}
        {format.number(seconds)}
      </bdi>
    </span>
  );
}
