import { useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../trpc/client.ts';
import { Button } from '../design/components/Button.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { InboxLink } from './InboxLink.tsx';
import { HeaderSearch } from './HeaderSearch.tsx';
import { navFor } from './navigation.ts';
import { rolesOf } from './grants.ts';
import type { SessionUser } from './session.ts';
import { useDisplayName } from './display-name.ts';
import { useLeaveSession } from './leave-session.ts';

/** The signed-in frame: top bar, side navigation (a drawer on narrow screens) and the page. */
export function Layout({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const location = useLocation();
  // The drawer remembers the page it was opened on: a tap on a link in it navigates, and the drawer
  // closes by itself because the page is no longer the one it was opened on.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location.pathname;
  const setMenuOpen = (open: boolean) => setMenuOpenOn(open ? location.pathname : null);
  const name = useDisplayName(user);
  const leave = useLeaveSession();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      // A session from single sign-on ends at the provider too: the browser goes there, then back to /login.
      onSettled: (result) => (result?.endSessionUrl ? window.location.assign(result.endSessionUrl) : leave()),
    }),
  );

  return (
    <div className="shell" data-menu-open={menuOpen}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <Button
          variant="ghost"
          className="shell__menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="side-nav"
          aria-label={menuOpen ? t('header.closeMenu') : t('header.openMenu')}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <span className="shell__burger" aria-hidden="true" />
        </Button>
        <NavLink to="/" className="shell__brand">
          <span className="shell__logo" aria-hidden="true">
            ت
          </span>
          <span className="shell__brand-text">
            <span className="shell__brand-name">{t('app.name')}</span>
            <span className="shell__brand-tagline">{t('app.tagline')}</span>
          </span>
        </NavLink>
        <div className="shell__header-end">
          <HeaderSearch />
          <span className="shell__user" title={t('header.signedInAs', { name })}>
            <span className="shell__user-name">{name}</span>
            <span className="shell__user-role">
              {rolesOf(user)
                .map((r) => t(`roles.${r}`))
                .join(' · ')}
            </span>
          </span>
          <InboxLink />
          <LanguageSwitch />
          <Button variant="ghost" onClick={() => logout.mutate()} disabled={logout.isPending}>
            {t('header.signOut')}
          </Button>
        </div>
      </header>
      <nav id="side-nav" className="shell__nav" aria-label={t('nav.label')}>
        <ul>
          {navFor(rolesOf(user)).map((item) => (
            <li key={item.id}>
              {item.to ? (
                <NavLink to={item.to} end={item.end} className="shell__nav-link" data-nav={item.id}>
                  {t(item.labelKey)}
                </NavLink>
              ) : (
                <span className="shell__nav-link shell__nav-link--soon" aria-disabled="true" data-nav={item.id}>
                  {t(item.labelKey)}
                  <span className="shell__soon">{t('nav.comingSoon')}</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <button type="button" className="shell__scrim" aria-label={t('header.closeMenu')} tabIndex={-1} onClick={() => setMenuOpen(false)} />
      <main id="main" className="shell__main">
        <Outlet />
      </main>
    </div>
  );
}
