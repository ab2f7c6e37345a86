// The generic start, not the Teams one: the Outlook pane must not contain teams-js.
import { startHostedSurface } from '../shared/startHostedSurface';
import { initializeOutlookHost, type OutlookHost } from '../../hosts/outlook/initializeOutlookHost';
import { OutlookApp } from './OutlookApp';

/** Office gives a task pane a few seconds; past that the pane shows its timeout message. */
const HOST_TIMEOUT_MS = 8_000;

let outlook: OutlookHost | undefined;

startHostedSurface({
  initializeHost: async () => {
    outlook = await initializeOutlookHost({ timeoutMs: HOST_TIMEOUT_MS });
    return outlook.hostContext;
  },
  // Outside Outlook the pane only says so: nothing to sign in for.
  needsSignIn: () => outlook?.host === 'outlook',
  render: (services) =>
    outlook ? <OutlookApp outlook={outlook} repository={services.repository} appUrl={new URL('.', window.location.href).toString()} /> : null,
});
