import { useEffect, useRef, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from './LoadingSpinner';
import { PlainCard } from './PlainCard';
import { PersonRegular } from '@fluentui/react-icons';
import { MAIN_CONTENT_ID } from './MotebokProvider';
import { useServices } from './ServicesContext';
import { useSignIn, type SignIn, type SignInProblem } from './useSignIn';
import { useSignInText, type SignInKey } from './signInMessages';

const useStyles = makeStyles({
  page: { padding: '32px 16px', display: 'flex', justifyContent: 'center' },
  card: { maxWidth: '560px', width: '100%', padding: '24px', display: 'flex', flexDirection: 'column', gap: '16px' },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'flex-end',
    gap: '4px 12px',
    padding: '4px 16px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  user: { display: 'inline-flex', alignItems: 'center', gap: '6px', minWidth: 0, overflowWrap: 'anywhere' },
});

const PROBLEM_TEXT: Record<Exclude<SignInProblem['kind'], 'failed'>, SignInKey> = {
  cancelled: 'cancelled',
  blocked: 'blocked',
  network: 'network',
  signedOut: 'signedOut',
};

/** The sign-in screen and bar of a plain browser (SignInGate loads this file only there). */
export function BrowserSignIn({ children }: { children: ReactNode }) {
  // `signInCheck`: the silent check the page began with its services (the workspace: `restoredEarly.ts`).
  const { auth, signInCheck } = useServices();
  const signIn = useSignIn(auth, signInCheck);
  return <SignInView signIn={signIn}>{children}</SignInView>;
}

/** The rendering of `useSignIn`'s state (kept apart so it can be shown with any state). */
export function SignInView({ signIn, children }: { signIn: SignIn; children: ReactNode }) {
  const t = useSignInText();
  const styles = useStyles();
  const { state } = signIn;
  const bar = useRef<HTMLElement>(null);
  const justSignedIn = state.status === 'signedIn' && state.via === 'signIn';
  // The "Logg inn" button is gone: focus goes to who is now signed in (read out), not to the page's end.
  useEffect(() => {
    if (justSignedIn) bar.current?.focus();
  }, [justSignedIn]);
  if (state.status === 'signedIn') {
    return (
      <>
        <section ref={bar} tabIndex={-1} className={styles.bar} aria-label={t('account')}>
          <Text className={styles.user} size={200}>
            <PersonRegular aria-hidden />
            {t('signedInAs', { name: state.user.name })}
          </Text>
          <Button size="small" appearance="subtle" onClick={signIn.signOut} title={state.user.username}>
            {t('signOut')}
          </Button>
        </section>
        {children}
      </>
    );
  }
  if (state.status === 'checking') {
    return (
      <main id={MAIN_CONTENT_ID} className={styles.page}>
        <LoadingSpinner label={t('checking')} />
      </main>
    );
  }
  const problem = state.status === 'signedOut' ? state.problem : undefined;
  const problemText = problem ? (problem.kind === 'failed' ? t('failed', { detail: problem.detail }) : t(PROBLEM_TEXT[problem.kind])) : undefined;
  return (
    <main id={MAIN_CONTENT_ID} className={styles.page}>
      <PlainCard className={styles.card}>
        <Title2 as="h1">{t('title')}</Title2>
        <Text>{t('body')}</Text>
        {problem && problemText ? (
          <MessageBar intent={problem.kind === 'signedOut' ? 'info' : 'warning'} layout="multiline" role="alert">
            <MessageBarBody>
              {problem.kind === 'signedOut' ? null : <MessageBarTitle>{t('problemTitle')}</MessageBarTitle>}
              {problemText}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <div role="status">{state.status === 'signingIn' ? <LoadingSpinner size="small" label={t('waiting')} /> : null}</div>
        <div>
          <Button appearance="primary" data-testid="sign-in" disabled={state.status === 'signingIn'} onClick={signIn.signIn}>
            {t('action')}
          </Button>
        </div>
      </PlainCard>
    </main>
  );
}
