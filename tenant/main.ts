// `npm run tenant`: the local tenant on its own. TENANT_PORT (default 4000), TENANT_DATA
// (default .local-tenant/), APP_PORT (default 3000: where the simulators find the app),
// `--reset` wipes files, lists and mail (identities stay). `.env` is read as webpack reads it.
// Also starts Fluid's local service (tinylicious) for Live Share in the meeting simulator.
import dotenv from 'dotenv';
import { DEFAULT_DATA_DIR, startTenant } from './server.js';
import { appUrlFromEnv } from './appUrl.js';

dotenv.config({ quiet: true });

const started = performance.now();
const port = Number(process.env.TENANT_PORT ?? '4000');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`TENANT_PORT må være et portnummer (0–65535), ikke «${process.env.TENANT_PORT ?? ''}».`);
  process.exit(2);
}
let appUrl: string;
try {
  appUrl = appUrlFromEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const tenant = await startTenant({ port, appUrl, dataDir: process.env.TENANT_DATA ?? DEFAULT_DATA_DIR, reset: process.argv.includes('--reset'), quiet: false, liveService: true }).catch((err: unknown) => {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') console.error(`Port ${port} er allerede i bruk. Kjører den lokale tenanten alt? Velg en annen med TENANT_PORT=…`);
  else if (code === 'EACCES') console.error(`Har ikke lov til å lytte på port ${port}. Velg en port over 1024 med TENANT_PORT=…`);
  else console.error('Den lokale tenanten kunne ikke starte:', err);
  process.exit(1);
});
// Both figures: the server's own start, and the whole process (Node, tsx and module loading included).
console.log(`[tenant] klar på ${Math.round(performance.now() - started)} ms (${Math.round(process.uptime() * 1000)} ms siden prosessen startet)`);
console.log(`[tenant] autoritet   ${tenant.info.authority}`);
console.log(`[tenant] Graph       ${tenant.info.graphBaseUrl}`);
console.log(`[tenant] inspektør   ${tenant.url}/_tenant/`);
console.log(`[tenant] simulatorer ${tenant.url}/_tenant/meeting/ (Teams-møte), ${tenant.url}/_tenant/personal/ (Teams, personlig app) og ${tenant.url}/_tenant/outlook/ (Outlook-avtale), appen på ${appUrl}`);
console.log(`[tenant] Live Share  ${tenant.info.liveServiceUrl ?? 'ikke startet'} (Fluids lokale tjeneste for møtesimulatoren)`);
console.log(`[tenant] sertifikat  ${tenant.info.certificatePath} (stol på det, se tenant/README.md)`);

const stop = (): void => {
  tenant.close().then(() => process.exit(0), () => process.exit(1));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
