// Mantine's stylesheet sits in the `mantine` cascade layer, so the app's own unlayered CSS wins
// without specificity games. theme-vars.css replaces the <style> MantineProvider would inject.
// Only the base layers here (reset, CSS variables, focus classes: 5 KB gzipped instead of 41 KB):
// the components' styles come with the pages that use them (app/MantineScope.tsx).
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/default-css-variables.layer.css';
import '@mantine/core/styles/global.layer.css';
import './app/theme-vars.css';
import './app/global.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { initI18n } from './lib/i18n';
import { createQueryClient } from './lib/query-client';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');
const root = createRoot(container);
const queryClient = createQueryClient();

function render() {
  root.render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
}

// Render once the language file is in, so the first paint is already translated. If it cannot
// load (offline, stale deployment), render anyway rather than leave a blank page.
initI18n().then(render, (error: unknown) => {
  console.error('Could not load translations', error);
  render();
});
