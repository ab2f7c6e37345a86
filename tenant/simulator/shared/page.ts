// What both simulator pages need: their elements, what the tenant says about itself, and where the
// app runs (?app= wins, else the origin the tenant was started with: APP_PORT).

export interface TenantInfo {
  tenantId: string;
  authority: string;
  graphBaseUrl: string;
  clientId: string;
  appUrl: string;
  users: Array<{ userPrincipalName: string; mail: string; displayName: string; userType: 'Member' | 'Guest'; password: string }>;
}

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
