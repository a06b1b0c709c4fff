import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '../../design/components/Card.tsx';
import { PageHeader } from '../../design/components/PageHeader.tsx';

/** The reference-data sections of the administration area, with the existing pages they sit beside. */
export const referenceSections = [
  { key: 'entities', to: '/admin/entities' },
  { key: 'centres', to: '/admin/centres' },
  { key: 'services', to: '/admin/services' },
  { key: 'documentTypes', to: '/admin/document-types' },
  { key: 'bundles', to: '/admin/bundles' },
  { key: 'workshopTemplates', to: '/workshops' },
  { key: 'frameworks', to: '/excellence/frameworks' },
] as const;

export function ReferenceAdminIndexPage() {
  const { t } = useTranslation('registry');
  return (
    <div className="stack">
      <PageHeader title={t('index.title')} subtitle={t('index.subtitle')} />
      <Card>
        <ul data-testid="reference-sections">
          {referenceSections.map((s) => (
            <li key={s.key}>
              <Link to={s.to}>{t(`index.${s.key}`)}</Link>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
