import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { type Ability, hasAbility, signInPath, useAuth } from '../lib/auth';
import { ErrorMessage } from './ErrorMessage';
import { PageLoader } from './PageLoader';
import { ForbiddenPage } from './pages/ForbiddenPage';

interface RequireAuthProps {
  /** The navigation ability the page needs; without one, any signed-in person may see it. */
  ability?: Ability;
  children: ReactNode;
}

/**
 * Route guard. Anonymous visitors go to the sign-in page, which brings them back here afterwards;
 * a signed-in person without the ability sees a 403 message. The server enforces the same rules
 * on every API call; this only spares people pages they cannot use. It lives in the main chunk so
 * a refused page's code is never downloaded.
 */
export function RequireAuth({ ability, children }: RequireAuthProps) {
  const { data, isPending, isError } = useAuth();
  const location = useLocation();
  if (isPending) return <PageLoader />;
  if (isError) return <ErrorMessage />;
  if (!data.user) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (ability && !hasAbility(data.user, ability)) return <ForbiddenPage />;
  return children;
}
