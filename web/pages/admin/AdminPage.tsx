import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../design/components/PageHeader.tsx';
import { useSession } from '../../app/session.ts';
import { rolesOf } from '../../app/grants.ts';
import { adminSections } from './sections.ts';
import './admin.css';

/** The administration area's index: the sections the signed-in person's roles open. */
export function AdminPage() {
  const { t } = useTranslation('admin');
  const user = useSession().data;
  const held = user ? rolesOf(user) : [];
  const sections = adminSections.filter((s) => s.roles.some((r) => held.includes(r)));
  return (
    <div className="stack">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <ul className="admin-sections" data-testid="admin-sections">
        {sections.map((s) => (
          <li key={s.id} className="card">
            <h2 className="card__title">
              <Link to={s.to}>{t(s.titleKey)}</Link>
            </h2>
            <p className="muted">{t(s.summaryKey)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
