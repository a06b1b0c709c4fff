import { RouterProvider, type createBrowserRouter } from 'react-router';
import '../design/components.css';
import './shell.css';
import { Providers } from './Providers.tsx';

/** The router is made before the first render (web/main.tsx), so its pages and loaders start loading at once. */
export function App({ router }: { router: ReturnType<typeof createBrowserRouter> }) {
  return (
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  );
}
