import type { Configuration } from '@azure/msal-browser';
// MSAL's own nested-app classes, reached past its package exports (webpack `resolve.alias`,
// tsconfig `paths` and vitest's alias all map `msal-browser-internals` to the package's dist/types).
import { NestedAppAuthController } from 'msal-browser-internals/controllers/NestedAppAuthController';
import { NestedAppOperatingContext } from 'msal-browser-internals/operatingcontext/NestedAppOperatingContext';
import type { MsalApp } from './createAuth';

/*
 * Nested app authentication (the host signs the user in) without the rest of MSAL (issue 14: cold
 * load; the "MSAL's interactive parts only when needed"). MSAL's
 * `createNestablePublicClientApplication` builds exactly this — an operating context that finds
 * the host's bridge and a NestedAppAuthController — but it lives in the module that also builds
 * MSAL's standard application (popup, redirect and iframe clients), so importing it brings about
 * 80 KB gzip where the nested path needs about 40. The standard application is loaded only where
 * the host has no bridge (createAuth.ts). The public-client wrapper MSAL puts around the controller
 * only forwards to it, so the controller is the application here.
 *
 * webpack builds this file and the MSAL modules it imports in a layer of their own ("msal-nested",
 * webpack.config.js), so they are not the standard application's modules and concatenate into one
 * (about 30 kB gzip instead of 44 with each module's wrapper).
 */

/**
 * MSAL's nested app for this configuration, as `createNestablePublicClientApplication` makes it
 * when the host offers nested app auth; undefined when it does not (an older Teams or Outlook).
 */
export async function createNestedApp(configuration: Configuration): Promise<MsalApp | undefined> {
  const context = new NestedAppOperatingContext(configuration);
  await context.initialize();
  if (!context.isAvailable()) return undefined;
  const controller = new NestedAppAuthController(context);
  await controller.initialize();
  return controller;
}
