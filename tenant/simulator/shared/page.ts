// What both simulator pages need: their elements, what the tenant says about itself, and where the
// app runs (?app= wins, else the origin the tenant was started with: APP_PORT).

import type { TenantInfo as FullTenantInfo } from '../../core';

/** The part of `/_tenant/info` the simulators read (a type-only import: nothing of the server is bundled). */
export type TenantInfo = Pick<FullTenantInfo, 'tenantId' | 'authority' | 'graphBaseUrl' | 'clientId' | 'appUrl' | 'users'>;

export function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} mangler i simulatorsiden`);
  return found as T; // the pages are ours: ids and element types are fixed in their index.html
}

export async function tenantInfo(): Promise<TenantInfo> {
  const response = await fetch('/_tenant/info');
  if (!response.ok) throw new Error(`/_tenant/info svarte ${response.status}`);
  return (await response.json()) as TenantInfo; // the tenant's own control endpoint
}

/** The app's base URL without a trailing slash. */
export function appBase(params: URLSearchParams, info: Pick<TenantInfo, 'appUrl'>): string {
  return (params.get('app') ?? info.appUrl).replace(/\/$/, '');
}
