import type { Harness, TenantUserInfo } from './localTenant';

/**
 * One library file's content read (GET) or replaced (PUT) with one person's own token, by its path
 * in the site's library (`drive/root:/<path>:/content`), for the tests that ask SharePoint itself who
 * may open a file: the status (200 or 302 read, 201 created, 403 refused, 404 hidden), not a repository's view.
 */
export async function fileContentAs(harness: Harness, user: TenantUserInfo, method: 'GET' | 'PUT', path: string, body?: string): Promise<number> {
  const token = await harness.tokenFor(user).getToken(['Sites.ReadWrite.All']);
  const url = `${harness.tenant.info.graphBaseUrl}/sites/${encodeURIComponent(harness.tenant.info.siteId)}/drive/root:/${path.split('/').map(encodeURIComponent).join('/')}:/content`;
  const response = await harness.fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/octet-stream' } : {}) },
    ...(body !== undefined ? { body } : {}),
    redirect: 'manual',
  });
  await response.arrayBuffer();
  return response.status;
}

/** One library item as one person's own token gets it, by its drive item id: 200, or 404 when SharePoint hides it from them. */
export async function driveItemAs(harness: Harness, user: TenantUserInfo, id: string): Promise<number> {
  const token = await harness.tokenFor(user).getToken(['Sites.ReadWrite.All']);
  const response = await harness.fetch(`${harness.tenant.info.graphBaseUrl}/sites/${encodeURIComponent(harness.tenant.info.siteId)}/drive/items/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  return response.status;
}
