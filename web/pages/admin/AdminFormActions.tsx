import { useTranslation } from 'react-i18next';
import { Button } from '../../design/components/Button.tsx';

export interface AdminFormActionsProps {
  /** The last save was refused: the reasons are beside the fields, this line says nothing was saved. */
  failed: boolean;
  pending: boolean;
  onCancel(): void;
}

/** The foot of an administration form: "not saved" after a refusal, then save and cancel. */
export function AdminFormActions({ failed, pending, onCancel }: AdminFormActionsProps) {
  const { t } = useTranslation('registry');
  return (
    <>
      {failed ? <p className="registry-form__wide field__error">{t('common.notSaved')}</p> : null}
      <div className="admin-actions registry-form__wide">
        <Button type="submit" disabled={pending}>
          {t('common.save')}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </>
  );
}
