import { useEffect, useRef, type ReactNode } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Title2,
  getIntrinsicElementProps,
  makeStyles,
  renderCard_unstable,
  slot,
  tokens,
  useCardStyles_unstable,
  type CardState,
} from '@fluentui/react-components';
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
        <Spinner label={t('checking')} />
      </main>
    );
  }
  const problem = state.status === 'signedOut' ? state.problem : undefined;
  const problemText = problem ? (problem.kind === 'failed' ? t('failed', { detail: problem.detail }) : t(PROBLEM_TEXT[problem.kind])) : undefined;
  return (
    <main id={MAIN_CONTENT_ID} className={styles.page}>
      <SignInCard className={styles.card}>
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
        <div role="status">{state.status === 'signingIn' ? <Spinner size="small" labelPosition="after" label={t('waiting')} /> : null}</div>
        <div>
          <Button appearance="primary" data-testid="sign-in" disabled={state.status === 'signingIn'} onClick={signIn.signIn}>
            {t('action')}
          </Button>
        </div>
      </SignInCard>
    </main>
  );
}

const NO_SELECTION: Pick<CardState, 'selectableA11yProps'> = {
  selectableA11yProps: { referenceId: undefined, setReferenceId: () => undefined, referenceLabel: undefined, setReferenceLabel: () => undefined },
};

/**
 * The sign-in card: `PlainCard.tsx`'s Fluent Card (same markup and classes, no tabster), written here once
 * more because the sign-in screen is a chunk of its own: the browser's workspace fetches it beside its
 * screens, so a module both import would be fetched twice at start (`npm run size` refuses it), and Fluent's
 * Card here split its text modules into a second file (h/cold53).
 */
function SignInCard({ className, children }: { className: string; children: ReactNode }) {
  const state: CardState = {
    appearance: 'filled',
    orientation: 'vertical',
    size: 'medium',
    interactive: false,
    selectable: false,
    selectFocused: false,
    selected: false,
    disabled: false,
    ...NO_SELECTION,
    components: { root: 'div', floatingAction: 'div', checkbox: 'input' },
    root: slot.always(getIntrinsicElementProps('div', { role: 'group', className, children }), { elementType: 'div' }),
  };
  useCardStyles_unstable(state);
  return renderCard_unstable(state, NO_SELECTION);
}
