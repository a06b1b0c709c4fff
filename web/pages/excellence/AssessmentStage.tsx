import { useTranslation } from 'react-i18next';
import { StatusPill, toneOfState } from '../../design/components/StatusPill.tsx';
import { stateLabel } from '../../i18n/workflow-labels.ts';

/** An assessment's stage as a pill, with a late flag while its self-assessment is overdue. */
export function AssessmentStage({ state, late }: { state: string; late: boolean }) {
  const { t } = useTranslation('excellence');
  return (
    <span className="exc-row">
      <StatusPill tone={toneOfState(state)}>{stateLabel(t, 'excellence_assessment', state)}</StatusPill>
      {late && <StatusPill tone="danger">{t('cycles.late')}</StatusPill>}
    </span>
  );
}
