import { ErrorBoundary } from './ErrorBoundary';
import { ErrorMessage } from './ErrorMessage';
import { AppRoutes } from './routes';

/** The routed application, inside a router and AppProviders (see main.tsx and test/render-app.tsx). */
export function App() {
  // Last resort if the layout itself fails: keep a <main> landmark around the message.
  const fallback = (
    <main id="main">
      <ErrorMessage />
    </main>
  );
  return (
    <ErrorBoundary fallback={fallback}>
      <AppRoutes />
    </ErrorBoundary>
  );
}
