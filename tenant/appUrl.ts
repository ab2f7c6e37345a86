// Where the app runs, as `npm start` put it: webpack serve listens on APP_PORT (webpack.config.js),
// and the tenant gets the same environment from concurrently, so its simulators find the app there.
import { DEFAULT_APP_URL } from './core.js';

/** https://localhost:APP_PORT, or the default https://localhost:3000; a bad value is an error naming APP_PORT. */
export function appUrlFromEnv(env: Record<string, string | undefined>): string {
  const raw = env.APP_PORT?.trim();
  if (!raw) return DEFAULT_APP_URL;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) throw new Error(`APP_PORT må være et portnummer (1–65535), ikke «${raw}».`);
  return `https://localhost:${port}`;
}
