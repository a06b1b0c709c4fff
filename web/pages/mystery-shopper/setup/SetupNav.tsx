import '../mystery-shopper.css';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The programme manager's pages of the mystery-shopper area, linked from each of them. */
export function SetupNav() {
  const { t } = useTranslation('mysteryShopper');
  const links = [
    { to: '/mystery-shopper', label: t('setup.overview'), end: true },
    { to: '/mystery-shopper/shoppers', label: t('setup.shoppers.title'), end: false },
    { to: '/mystery-shopper/scenarios', label: t('setup.scenarios.title'), end: false },
    { to: '/mystery-shopper/periods', label: t('setup.periods.title'), end: false },
  ];
  return (
    <nav aria-label={t('setup.nav')} className="programme-setup-nav">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
