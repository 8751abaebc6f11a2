import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { App } from '../app/App';
import { AppProviders } from '../app/AppProviders';
import { i18n, initI18n } from '../lib/i18n';
import type { LanguageCode } from '../lib/languages';
import { createQueryClient } from '../lib/query-client';

/** Renders the whole application at `path`, as main.tsx does, with a memory router. */
export async function renderApp(path = '/', language: LanguageCode = 'en') {
  await initI18n(language);
  await i18n.changeLanguage(language);
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </AppProviders>,
  );
  return { user, ...view };
}
