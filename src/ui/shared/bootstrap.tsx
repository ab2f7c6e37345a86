import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles } from '@fluentui/react-components';
import { HostInitError, type HostContext } from '../../hosts/hostContext';
import { browserHostContext, initializeTeamsHost } from '../../hosts/teams/initializeTeamsHost';
import { redirectForFrameContext, type TeamsSurface } from '../../hosts/teams/routing';
import { loadAppConfig } from '../../config/appConfig';
import { completeAuthRedirect } from '../../auth/redirectBridge';
import { MotebokProvider, MAIN_CONTENT_ID } from './MotebokProvider';
import { ServicesProvider } from './ServicesContext';
import { createServices, type Services } from './services';
import { languageFromLocale, setLanguage } from './i18n';
import { useCommonText } from './commonText';
import { ErrorBoundary } from './ErrorBoundary';

export interface SurfaceOptions {
  /** Renders the surface once the host and services are ready. */
  render: (services: Services) => ReactNode;
  /** Builds the HostContext; Teams surfaces use the default, Outlook passes its own. */
  initializeHost?: () => Promise<HostContext>;
  /** Builds the services; tests and the simulator may pass their own. */
  createServices?: (host: HostContext) => Promise<Services>;
  /** Element to render into (default `#root`). */
  container?: HTMLElement;
  /**
   * The Teams surface this page is. Inside Teams the frame context decides: a page opened in a
   * context that belongs to another surface (content → workspace, sidePanel → side panel,
   * meetingStage → stage, settings → tab config) goes to that surface's page.
   */
  surface?: TeamsSurface;
}

const HOST_TIMEOUT_MS = 8_000;

/**
 * The one start-up sequence of every surface: show "Laster …" at once, initialise the host (with a
 * time limit), build the services, render the surface inside the providers. Any failure on the way
 * is shown as a Norwegian message with "Prøv igjen" — never a blank page.
 */
export function startSurface(options: SurfaceOptions): void {
  const container = options.container ?? document.getElementById('root');
  if (!container) throw new Error('startSurface: #root is missing from the page');
  void (async () => {
    // A sign-in popup or silent iframe landing on this page hands its answer back and stops here.
    if (await completeAuthRedirect(window).catch(() => false)) return;
    void boot(createRoot(container), options);
  })();
}

async function boot(root: Root, options: SurfaceOptions): Promise<void> {
  // Until the host answers, the URL and the browser decide the language and theme of "Laster …".
  const provisional = browserHostContext(window);
  await setLanguage(languageFromLocale(provisional.locale));
  root.render(
    <MotebokProvider host={provisional}>
      <Loading />
    </MotebokProvider>,
  );
  let host: HostContext = provisional;
  try {
    host = await (options.initializeHost ?? defaultTeamsHost)();
    const redirect = options.surface && host.host === 'teams' ? redirectForFrameContext(window.location.href, options.surface, host.frameContext) : undefined;
    if (redirect) {
      window.location.replace(redirect);
      return;
    }
    await setLanguage(languageFromLocale(host.locale));
    const services = await (options.createServices ?? createServices)(host);
    root.render(
      <StrictMode>
        <MotebokProvider host={host}>
          <ServicesProvider services={services}>
            <ErrorBoundary>{options.render(services)}</ErrorBoundary>
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

/** Teams surfaces: the tenant's meeting simulator (another origin in development) may talk teams-js too. */
function defaultTeamsHost(): Promise<HostContext> {
  return initializeTeamsHost({ timeoutMs: HOST_TIMEOUT_MS, validMessageOrigins: simulatorOrigins() });
}

function simulatorOrigins(): string[] {
  try {
    const authority = new URL(loadAppConfig().authority);
    // Microsoft's own sign-in host never hosts a Teams page; only a local tenant does.
    return authority.hostname.endsWith('microsoftonline.com') ? [] : [authority.origin];
  } catch {
    return [];
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
