import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useBilingual } from '../../i18n/bilingual.ts';

export interface SheetReviewView {
  total: number;
  complete: number;
  missing: { code: string; nameAr: string; nameEn: string }[];
  evidence?: number;
}

/** What a submission hands over, as the server counted it: criteria complete, the ones missing, then what happens next. */
export function SubmissionReview({ review, next }: { review: SheetReviewView | undefined; next: string }) {
  const { t } = useTranslation('excellence');
  const format = useFormat();
  const bilingual = useBilingual();
  if (!review) return <p role="status">{t('confirm.loading')}</p>;
  return (
    <>
      <p data-testid="review-complete">
        {t('confirm.complete', { complete: format.number(review.complete), total: format.number(review.total) })}
      </p>
      {review.evidence !== undefined && <p>{t('confirm.evidence', { n: format.number(review.evidence) })}</p>}
      {review.missing.length === 0 ? (
        <p>{t('confirm.allComplete')}</p>
      ) : (
        <>
          <p>{t('confirm.missing')}</p>
          <ul data-testid="review-missing">
            {review.missing.map((m) => (
              <li key={m.code}>
                <span className="exc-node__code">{m.code}</span> {bilingual({ ar: m.nameAr, en: m.nameEn })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <strong>{next}</strong>
      </p>
    </>
  );
}
