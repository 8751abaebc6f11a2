import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageLoader } from '../../../app/PageLoader';
import { apiSend } from '../../../lib/api';
import { type CurrentUser, fetchAuthState, rememberSignedIn, safeNext, useAuth } from '../../../lib/auth';
import { AUTH_QUERY_KEY } from '../../../lib/query-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { SignInResult } from '../api';
import classes from '../components/account.module.css';
import { EnrolStep } from '../components/EnrolStep';
import { PasswordStep } from '../components/PasswordStep';
import { TotpStep } from '../components/TotpStep';

type Step = 'password' | 'totp' | 'enrol';

/**
 * Signing in: password, then a code when the account has a second factor, or (staff without one)
 * setting it up. A reload in the middle resumes at the right step from GET /auth/session. At the
 * end the interface switches to the person's language and goes where they were heading.
 */
export function SignInPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('signIn.documentTitle'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const auth = useAuth();
  // null until the person acts: the step then comes from the server's session stage.
  const [step, setStep] = useState<Step | null>(null);
  const [notice, setNotice] = useState<string>();

  if (auth.isPending) return <PageLoader />;
  const stage = auth.data?.stage;
  const current: Step = step ?? (stage === 'totp' ? 'totp' : stage === 'enrol' ? 'enrol' : 'password');
  if (auth.data?.user && current === 'password') return <Navigate to={next} replace />;

  const finish = async (user: CurrentUser) => {
    await rememberSignedIn(queryClient, user);
    navigate(next, { replace: true });
  };

  const onPasswordResult = (result: SignInResult) => {
    setNotice(undefined);
    if (result.status === 'signed_in') void finish(result.user);
    else setStep(result.status === 'totp_required' ? 'totp' : 'enrol');
  };

  const restart = (expired: boolean) => {
    // Ends the half-finished session on the server too; failure does not matter here.
    apiSend('POST', '/auth/sign-out').catch(() => {});
    setNotice(expired ? t('signIn.expired') : undefined);
    setStep('password');
  };

  const afterEnrolment = async () => {
    const state = await queryClient.fetchQuery({
      queryKey: AUTH_QUERY_KEY,
      queryFn: () => fetchAuthState(),
      staleTime: 0,
    });
    if (state.user) await finish(state.user);
    else restart(true);
  };

  return (
    <section className={classes.narrow}>
      {current === 'password' && (
        <PasswordStep onResult={onPasswordResult} focusHeading={step !== null} notice={notice} />
      )}
      {current === 'totp' && (
        <TotpStep onSignedIn={finish} onRestart={restart} focusHeading={step !== null} />
      )}
      {current === 'enrol' && <EnrolStep onDone={afterEnrolment} focusHeading={step !== null} />}
    </section>
  );
}
