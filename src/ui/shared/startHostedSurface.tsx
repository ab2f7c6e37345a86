import { StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles } from '@fluentui/react-components';
import { HostInitError, type HostContext } from '../../hosts/hostContext';
import { browserHostContext } from '../../hosts/browserHostContext';
import { completeAuthRedirect } from '../../auth/redirectBridge';
import { MotebokProvider, MAIN_CONTENT_ID } from './MotebokProvider';
import { ServicesProvider } from './ServicesContext';
import { createServices, type Services } from './services';
import { languageFromLocale, setLanguage } from './i18n';
import { loadTheme } from './themes';
import { useCommonText } from './commonText';
import { ErrorBoundary } from './ErrorBoundary';
import { preloadBrowserSignIn, SignInGate } from './SignInGate';

export interface HostedSurfaceOptions {
  /** Renders the surface once the host and services are ready. */
  render: (services: Services) => ReactNode;
  /** Builds the HostContext: each surface's entry passes its own host's (hosts never import each other). */
  initializeHost: () => Promise<HostContext>;
  /** Builds the services; tests and the simulator may pass their own. */
  createServices?: (host: HostContext) => Promise<Services>;
  /** Element to render into (default `#root`). */
  container?: HTMLElement;
  /**
   * Whether the page needs a signed-in user (default: yes). In a plain browser such a page shows
   * "Logg inn" first (`SignInGate`); the Outlook pane opened outside Outlook only says so.
   */
  needsSignIn?: (host: HostContext) => boolean;
  /** Where to go instead once the host has answered (a Teams page opened in another surface's context). */
  redirectFor?: (host: HostContext) => string | undefined;
}

/**
 * The one start-up sequence of every surface: show "Laster …" at once, initialise the host (with a
 * time limit), build the services, render the surface inside the providers. Any failure on the way
 * is shown as a Norwegian message with "Prøv igjen" — never a blank page.
 */
export function startHostedSurface(options: HostedSurfaceOptions): void {
  const container = options.container ?? document.getElementById('root');
  if (!container) throw new Error('startHostedSurface: #root is missing from the page');
  void (async () => {
    // A sign-in popup or silent iframe landing on this page hands its answer back and stops here.
    if (await completeAuthRedirect(window).catch(() => false)) return;
    void boot(createRoot(container), options);
  })();
}

async function boot(root: Root, options: HostedSurfaceOptions): Promise<void> {
  // Until the host answers, the URL and the browser decide the language and theme of "Laster …".
  const provisional = browserHostContext(window);
  // The host starts while the language's catalogues arrive (nynorsk and English are fetched: they are
  // not in the page's initial JavaScript), not after.
  const hostStarted = Promise.resolve().then(() => options.initializeHost());
  hostStarted.catch(() => undefined); // handled where it is awaited below
  // The services (MSAL, the Graph side, and what a surface starts with them) are built as soon as the
  // host has answered, not after "Laster …" below has its theme and catalogues: that fetch is a
  // round trip the first Graph request need not wait for (issue 14: cold load).
  const servicesStarted = hostStarted.then((started) => (options.redirectFor?.(started) ? undefined : (options.createServices ?? createServices)(started)));
  servicesStarted.catch(() => undefined); // handled where it is awaited below
  await Promise.all([setLanguage(languageFromLocale(provisional.locale)), loadTheme(provisional.theme).catch(() => undefined)]);
  root.render(
    <MotebokProvider host={provisional}>
      <Loading />
    </MotebokProvider>,
  );
  let host: HostContext = provisional;
  try {
    host = await hostStarted;
    const redirect = options.redirectFor?.(host);
    if (redirect) {
      window.location.replace(redirect);
      return;
    }
    const needsSignIn = options.needsSignIn?.(host) ?? true;
    if (needsSignIn && host.host === 'browser') preloadBrowserSignIn();
    const [services] = await Promise.all([
      servicesStarted.then((started) => started ?? (options.createServices ?? createServices)(host)),
      setLanguage(languageFromLocale(host.locale)),
      loadTheme(host.theme).catch(() => undefined), // offline: the theme shown so far stays
    ]);
    root.render(
      <StrictMode>
        <MotebokProvider host={host}>
          <ServicesProvider services={services}>
            <ErrorBoundary>
              <SignInGate required={needsSignIn}>
                {/* A surface whose screens are a chunk of their own (preloadedView) shows "Laster …" until it is here. */}
                <Suspense fallback={<Loading />}>{options.render(services)}</Suspense>
              </SignInGate>
            </ErrorBoundary>
          </ServicesProvider>
        </MotebokProvider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(
      <MotebokProvider host={host}>
        <BootFailure error={error} onRetry={() => void boot(root, options)} />
      </MotebokProvider>,
    );
  }
}

const useStyles = makeStyles({
  centre: { padding: '32px', display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '640px' },
});

function Loading() {
  const t = useCommonText();
  const styles = useStyles();
  return (
    <main id={MAIN_CONTENT_ID} className={styles.centre}>
      <Spinner label={t('app.loading')} />
    </main>
  );
}

function BootFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useCommonText();
  const styles = useStyles();
  const detail = error instanceof Error ? error.message : String(error);
  const message =
    error instanceof HostInitError
      ? error.reason === 'timeout'
        ? t('host.timeout')
        : t('host.failed', { detail })
      : t('boot.failed', { detail });
  return (
    <main id={MAIN_CONTENT_ID} className={styles.centre}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('error.title')}</MessageBarTitle>
          {message}
        </MessageBarBody>
      </MessageBar>
      <div>
        <Button appearance="primary" onClick={onRetry}>
          {t('host.retry')}
        </Button>
      </div>
    </main>
  );
}
