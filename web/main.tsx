import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import './design/tokens.css';
import './design/base.css';
import { initI18n, initialLocale } from './i18n/setup.ts';
import { loadCatalogue } from './i18n/catalogue.ts';
import { App } from './app/App.tsx';
import { routes } from './app/routes.tsx';

// Three fetches at once: the language's texts, the page's code (lazy routes) and its data (route loaders).
const locale = initialLocale();
void loadCatalogue(locale, 'first');
const router = createBrowserRouter(routes);
await initI18n(locale);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App router={router} />
  </StrictMode>,
);
