import { StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { makeStyles } from '@fluentui/react-components';
import { LoadingSpinner } from './LoadingSpinner';
import { HostInitError, type HostContext } from '../../hosts/hostContext';
import { MotebokProvider, MAIN_CONTENT_ID } from './MotebokProvider';
import { ServicesProvider } from './ServicesContext';
import type { Services } from './services';
import { beginSurface, type SurfaceStart, type SurfaceStartOptions } from './surfaceStart';
import { startPage } from './startPage';
import { languageFromLocale, setLanguage } from './i18n';
import { loadTheme } from './themes';
import { useCommonText } from './commonText';
import { ErrorBoundary } from './ErrorBoundary';
import { preloadBrowserSignIn, SignInGate } from './SignInGate';
import { LateBootFailure, preloadProblemBars } from './lateProblemBars';
import { whenIdle } from '../../hosts/whenIdle';

export interface HostedSurfaceOptions extends SurfaceStartOptions {
  /** Renders the surface once the host and services are ready. */
  render: (services: Services) => ReactNode;
  /**
   * Whether the page needs a signed-in user (default: yes). In a plain browser such a page shows
   * "Logg inn" first (`SignInGate`); the Outlook pane opened outside Outlook only says so.
   */
  needsSignIn?: (host: HostContext) => boolean;
}

/**
 * The start of a page whose screens are in its entry (the Outlook pane, the tab configuration):
 * the first steps every page takes (`startPage`: `#root`, a sign-in answer handed back, the host
 * and services started, the placeholder in the user's language), then rendered at once — there is
 * no screens' chunk to wait with, unlike `startInHalves`.
 */
export function startHostedSurface(options: HostedSurfaceOptions): void {
  startPage(options, (container, start) => renderSurface(container, options, start));
}

/**
 * Renders a surface whose host and services `beginSurface` has started: "Laster …", then the surface
 * inside the providers, or the failure with "Prøv igjen" (which starts them again).
 */
export function renderSurface(container: HTMLElement, options: HostedSurfaceOptions, start: SurfaceStart): void {
  void boot(createRoot(container), options, start);
}

/**
 * How long the page's own placeholder ("Laster Møtebok …" in `page.html`, in the user's language:
 * `bootText.ts`) stays before React renders "Laster …" with its spinner: when the host, the services,
 * the catalogues and the theme are here by then — on a page started in halves they mostly are when its
 * screens are evaluated — the surface is React's first render. Rendering "Laster …" first cost a render
 * of the providers and, since the surface's tree differs at its root (StrictMode), their remount (about
 * 40 ms of the workspace's cold start, `npm run bench -- coldLoad`; issue 14).
 */
export const LOADING_RENDER_DELAY_MS = 200;

/** `loadingAfterMs`: 0 after "Prøv igjen", so the press is answered at once. */
async function boot(root: Root, options: HostedSurfaceOptions, start: SurfaceStart, loadingAfterMs = LOADING_RENDER_DELAY_MS): Promise<void> {
  const { provisional } = start;
  // The host and the services were started before this (beginSurface): the theme and catalogues of
  // "Laster …" are fetched beside them, not before them (issue 14: cold load).
  await Promise.all([setLanguage(languageFromLocale(provisional.locale)), loadTheme(provisional.theme).catch(() => undefined)]);
  let host: HostContext = provisional;
  // "Laster …" only when the rest keeps the page waiting (the page's own placeholder says it till then).
  const loading = setTimeout(
    () =>
      root.render(
        <MotebokProvider host={host}>
          <Loading />
        </MotebokProvider>,
      ),
    loadingAfterMs,
  );
  try {
    host = await start.host;
    const redirect = options.redirectFor?.(host);
    if (redirect) {
      window.location.replace(redirect);
      return;
    }
    const needsSignIn = options.needsSignIn?.(host) ?? true;
    const [services] = await Promise.all([
      start.services.then((started) => {
        if (!started) throw new Error('startHostedSurface: no services for a page that did not go elsewhere');
        return started;
      }),
      setLanguage(languageFromLocale(host.locale)),
      loadTheme(host.theme).catch(() => undefined), // offline: the theme shown so far stays
      // In a plain browser the gate's chunk is waited for here (it never fails: a failed fetch is tried when the gate renders).
      needsSignIn && host.host === 'browser' ? preloadBrowserSignIn() : undefined,
    ]);
    clearTimeout(loading);
    root.render(
      <StrictMode>
        <MotebokProvider host={host}>
          <ServicesProvider services={services}>
            <ErrorBoundary>
              <SignInGate required={needsSignIn}>
                {/* A view whose chunk is still on its way (loadableView) shows "Laster …" until it is here. */}
                <Suspense fallback={<Loading />}>{options.render(services)}</Suspense>
              </SignInGate>
            </ErrorBoundary>
          </ServicesProvider>
        </MotebokProvider>
      </StrictMode>,
    );
    // The bars for a problem later on (a lost connection, a failed save) are fetched once the page is idle.
    void whenIdle().then(preloadProblemBars);
  } catch (error) {
    clearTimeout(loading);
    root.render(
      <MotebokProvider host={host}>
        <BootFailure error={error} onRetry={() => void boot(root, options, beginSurface(options), 0)} />
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
      <LoadingSpinner label={t('app.loading')} />
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
      <LateBootFailure title={t('error.title')} message={message} retry={t('host.retry')} onRetry={onRetry} />
    </main>
  );
}
