import { stateLabel } from '../../i18n/workflow-labels.ts';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc/client.ts';
import { Card } from '../../design/components/Card.tsx';
import { EmptyState } from '../../design/components/EmptyState.tsx';
import { ErrorMessage } from '../../design/components/ErrorMessage.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { StatusPill } from '../../design/components/StatusPill.tsx';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { useBilingual } from '../../i18n/bilingual.ts';
import { useFormat } from '../../i18n/format.ts';
import { phaseTone } from './phase.ts';
import './participation.css';

const sections = ['open', 'responded', 'closed'] as const;
const sectionTitle = { open: 'public.openNow', closed: 'public.closedList', responded: 'public.respondedList' } as const;

/** Public, no sign-in: the consultations open now, those answered ("you said, we did") and those closed. */
export function ConsultationsPublicPage() {
  const { t } = useTranslation('participation');
  const trpc = useTRPC();
  const pick = useBilingual();
  const format = useFormat();
  const list = useQuery(trpc.participation.public.list.queryOptions());
  return (
    <main id="main" className="participate stack">
      <PageHeader
        title={t('public.title')}
        subtitle={t('public.subtitle')}
        actions={
          <>
            <LanguageSwitch /> <Link to="/transparency">{t('public.transparency')}</Link> <Link to="/login">{t('public.signIn')}</Link>
          </>
        }
      />
      <ErrorMessage error={list.error} />
      {list.data?.length === 0 && <EmptyState title={t('public.none')} />}
      {sections.map((phase) => {
        const rows = list.data?.filter((c) => c.phase === phase) ?? [];
        if (rows.length === 0) return null;
        return (
          <Card key={phase} title={t(sectionTitle[phase])}>
            <ul className="participate__list">
              {rows.map((c) => (
                <li key={c.id} data-testid="consultation-card">
                  <Link to={`/participate/${c.id}`}>{pick(c.title)}</Link>
                  <div className="participate__meta">
                    <StatusPill tone={phaseTone[c.phase]}>{stateLabel(t, 'consultation', c.phase)}</StatusPill>
                    <span>{t(`subject.${c.subjectKind}`)}</span>
                    <span>{t(c.phase === 'open' ? 'public.closesOn' : 'public.closedOn', { date: format.date(c.closesAt) })}</span>
                  </div>
                </li>
              ))}
            </ul>
          </Card>
        );
      })}
    </main>
  );
}
