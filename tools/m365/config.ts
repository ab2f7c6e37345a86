/**
 * The tenant `npm run doctor` and `npm run test:m365` talk to, read the same way the app's build
 * reads it: the MOTEBOK_* variables of `src/config` (environment or `.env`), plus a few for these
 * tools. The local tenant is reached through exactly this path too (its authority and Graph URL in
 * the same variables, its certificate trusted with NODE_EXTRA_CA_CERTS).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { configFromEnv } from '../../src/config/configFromEnv';
import type { AppConfig } from '../../src/config/appConfig';
import { TEMPLATE_PATH, packageConfigFrom } from '../package';

/** Microsoft Graph Command Line Tools: Microsoft's own public client for admin scripts (device code sign-in). */
export const GRAPH_CLI_CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e';

export interface M365Config {
  app: AppConfig;
  /** Where the web build is hosted (MOTEBOK_APP_URL): the registration's redirect URIs follow it. */
  appUrl: string;
  /** The client the tools sign in with (MOTEBOK_ADMIN_CLIENT_ID, default Microsoft Graph Command Line Tools). */
  adminClientId: string;
  /** The Teams app's manifest id: the catalogue's externalId. */
  manifestId: string;
}

export class M365ConfigError extends Error {}

/** Reads `.env` from the repository root (without overriding the environment), as webpack does. */
export function loadDotEnv(root = process.cwd()): void {
  const file = path.join(root, '.env');
  if (existsSync(file)) dotenv.config({ path: file, quiet: true });
}

export function manifestId(): string {
  const manifest = JSON.parse(readFileSync(TEMPLATE_PATH, 'utf8')) as { id?: unknown };
  if (typeof manifest.id !== 'string') throw new M365ConfigError('manifest/manifest.template.json har ingen id.');
  return manifest.id;
}

export function m365Config(env: Record<string, string | undefined>): M365Config {
  let app: AppConfig;
  try {
    app = configFromEnv(env);
  } catch (error) {
    throw new M365ConfigError(error instanceof Error ? error.message : String(error));
  }
  let appUrl: string;
  try {
    appUrl = packageConfigFrom(env, { forPackage: false }).appUrl;
  } catch (error) {
    throw new M365ConfigError(error instanceof Error ? error.message : String(error));
  }
  const adminClientId = env.MOTEBOK_ADMIN_CLIENT_ID?.trim() || GRAPH_CLI_CLIENT_ID;
  if (!/^[0-9a-f-]{36}$/i.test(adminClientId)) throw new M365ConfigError('MOTEBOK_ADMIN_CLIENT_ID må være en GUID (klient-ID).');
  return { app, appUrl, adminClientId, manifestId: manifestId() };
}
