/** The SharePoint repository as a seeded user of a running local tenant sees it (the benches' Graph clients). */
import type { RunningTenant } from '../../tenant/server';
import { createGraphClientFactory } from '../../src/graph/graphClient';
import type { FetchLike } from '../../src/graph/middleware/fetchMiddleware';
import { SharePointMeetingRepository } from '../../src/graph/sharePointMeetingRepository';
import { passwordTokenProvider } from '../../src/graph/testing/nodeTenantAccess';

export function tenantRepositoryFor(tenant: RunningTenant, fetchImpl: FetchLike, upnStart: string): SharePointMeetingRepository {
  const user = tenant.info.users.find((u) => u.userPrincipalName.startsWith(upnStart));
  if (!user) throw new Error(`${upnStart} mangler i den lokale tenanten`);
  const tokenProvider = passwordTokenProvider(
    {
      authority: tenant.info.authority,
      clientId: tenant.info.clientId,
      certificatePath: tenant.info.certificatePath,
      username: user.userPrincipalName,
      password: user.password,
    },
    fetchImpl,
  );
  return new SharePointMeetingRepository({
    clients: createGraphClientFactory({ config: tenant.info, tokenProvider, fetch: fetchImpl }),
    siteId: tenant.info.siteId,
  });
}
