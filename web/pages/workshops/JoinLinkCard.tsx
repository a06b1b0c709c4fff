import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import { Button } from '../../design/components/Button.tsx';

/** The join link as a QR code the room can scan, with the link itself and a copy button. */
export function JoinLinkCard({ link }: { link: string }) {
  const { t } = useTranslation('workshops');
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(link, { margin: 1, width: 240, errorCorrectionLevel: 'M' }).then(
      (url) => current && setQr(url),
      () => current && setQr(null),
    );
    return () => {
      current = false;
    };
  }, [link]);
  const copy = () =>
    navigator.clipboard.writeText(link).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <div className="ws-join" data-testid="join-link-card">
      {qr && <img className="ws-join__qr" src={qr} alt={t('aids.qrAlt')} width={160} height={160} data-testid="join-qr" />}
      <div className="stack">
        <span>{t('console.inviteLink')}:</span>
        <bdi dir="ltr" className="ws-join__link" data-testid="join-link">
          {link}
        </bdi>
        <span className="ws-add">
          <Button variant="secondary" onClick={() => void copy()}>
            {t('aids.copyLink')}
          </Button>
          <span role="status" className="muted">
            {copied === 'yes' ? t('aids.copied') : copied === 'failed' ? t('aids.copyFailed') : ''}
          </span>
        </span>
      </div>
    </div>
  );
}
