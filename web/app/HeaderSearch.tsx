import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import './header-search.css';

/** The search box in the shell's header: sends the words to the results page. */
export function HeaderSearch() {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    if (q !== '') navigate(`/search?${new URLSearchParams({ q })}`);
  };
  return (
    <search className="header-search" aria-label={t('box.label')}>
      <form className="header-search__form" onSubmit={submit}>
        <input
          type="search"
          className="header-search__input"
          aria-label={t('box.label')}
          placeholder={t('box.placeholder')}
          value={query}
          maxLength={200}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="submit" className="header-search__submit">
          {t('box.submit')}
        </button>
      </form>
    </search>
  );
}
