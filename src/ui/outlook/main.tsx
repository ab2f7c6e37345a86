// The generic start, not the Teams one: the Outlook pane must not contain teams-js.
import { startHostedSurface } from '../shared/startHostedSurface';
import { initializeOutlookHost, type OutlookHost } from '../../hosts/outlook/initializeOutlookHost';
import type { OfficeLike } from '../../hosts/outlook/officeApi';
import { loadAppConfig } from '../../config/appConfig';
import { OutlookApp } from './OutlookApp';

/** Office gives a task pane a few seconds; past that the pane shows its timeout message. */
const HOST_TIMEOUT_MS = 8_000;

let outlook: OutlookHost | undefined;

/**
 * Development builds only: inside the local tenant's appointment simulator the simulator plays
 * Outlook. Production builds drop this branch and the module it loads (webpack replaces
 * process.env.NODE_ENV), so the shipped pane knows only the real office.js.
 */
async function simulatedOffice(): Promise<OfficeLike | undefined> {
  if (process.env.NODE_ENV === 'production') return undefined;
  const { officeFromSimulator } = await import('../../hosts/outlook/simulatedOffice');
  // Only the tenant this build talks to may play Outlook for it.
  return officeFromSimulator(window, new URL(loadAppConfig().authority).origin);
}

startHostedSurface({
  initializeHost: async () => {
    const office = await simulatedOffice();
    outlook = await initializeOutlookHost({ timeoutMs: HOST_TIMEOUT_MS, ...(office ? { office } : {}) });
    return outlook.hostContext;
  },
  // Outside Outlook the pane only says so: nothing to sign in for.
  needsSignIn: () => outlook?.host === 'outlook',
  render: (services) =>
    outlook ? <OutlookApp outlook={outlook} repository={services.repository} appUrl={new URL('.', window.location.href).toString()} /> : null,
});
