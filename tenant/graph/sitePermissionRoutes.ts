// `/sites/{id}/permissions`: the application permissions of a site (Sites.Selected), as Graph v1.0
// describes them (permission: id, roles, grantedToIdentitiesV2, grantedToIdentities; `site-post-permissions`,
// `site-update-permission`, `site-delete-permission`, `site-list-permissions` on learn.microsoft.com).
// Managing them needs Sites.FullControl.All: an administrator's tool, never Møtebok. And the gate every
// other site route passes: a token with Sites.Selected reaches a site only where its app has a role.
import { z } from 'zod';
import { GraphError, notFound } from '../http/graphError.js';
import { empty, json, type Reply, type RequestContext } from '../http/types.js';
import { ROLE_GRAPH_SCOPES, SITE_ROLES, type SiteGrant, type SiteGrants } from '../sharepoint/siteGrants.js';
import { parseBody, readJsonObject, requireScope } from './common.js';

/** The scopes that reach every site, which Sites.Selected does not narrow. */
const TENANT_WIDE = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All', 'Files.Read.All', 'Files.ReadWrite.All'];
const MANAGE_GRANTS = ['Sites.FullControl.All'];

const accessDenied = (): GraphError => new GraphError(403, 'accessDenied', 'Access denied');

/**
 * The scopes a request on `siteId` carries: a token with only Sites.Selected gets what its app's role
 * on the site stands for (siteGrants.ts), or Graph's 403 accessDenied where the app has none. The
 * handlers then check the user's own SharePoint rights as always, so the lesser of the two applies.
 */
export function scopesOnSite(ctx: RequestContext, grants: SiteGrants, siteId: string): ReadonlySet<string> {
  if (!ctx.scopes.has('Sites.Selected') || TENANT_WIDE.some((s) => ctx.scopes.has(s))) return ctx.scopes;
  const role = grants.roleOf(siteId, ctx.appId);
  if (!role) throw accessDenied();
  return new Set([...ctx.scopes, ...ROLE_GRAPH_SCOPES[role]]);
}

const identity = z.object({ id: z.string().uuid(), displayName: z.string().optional() }).passthrough();
const identitySet = z.object({ application: identity }).passthrough();
const roles = z.array(z.enum(SITE_ROLES)).min(1);
const createSchema = z
  .object({ roles, grantedToIdentities: z.array(identitySet).min(1).optional(), grantedToIdentitiesV2: z.array(identitySet).min(1).optional() })
  .passthrough()
  .refine((body) => body.grantedToIdentities ?? body.grantedToIdentitiesV2, { message: 'grantedToIdentities must name the application' });
const updateSchema = z.object({ roles }).passthrough();

export function permissionJson(grant: SiteGrant): Record<string, unknown> {
  const application = { id: grant.application.id, displayName: grant.application.displayName };
  return {
    id: grant.id,
    '@deprecated.GrantedToIdentities': 'GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2',
    roles: grant.roles,
    grantedToIdentitiesV2: [{ application }],
    grantedToIdentities: [{ application }],
  };
}

/** `GET|POST /sites/{id}/permissions`, `GET|PATCH|DELETE /sites/{id}/permissions/{permission-id}`. */
export function handleSitePermissions(ctx: RequestContext, grants: SiteGrants, siteId: string, below: string[]): Reply {
  requireScope(ctx, MANAGE_GRANTS);
  const [permissionId, ...extra] = below;
  const context = `${ctx.origin}/v1.0/$metadata#sites('${encodeURIComponent(siteId)}')/permissions`;
  if (extra.length > 0) throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${extra[0]}'.`);
  if (!permissionId) {
    if (ctx.method === 'GET') return json(200, { '@odata.context': context, value: grants.of(siteId).map(permissionJson) });
    if (ctx.method === 'POST') {
      const body = parseBody(createSchema, readJsonObject(ctx));
      const application = (body.grantedToIdentitiesV2 ?? body.grantedToIdentities)?.[0]?.application;
      if (!application) throw new GraphError(400, 'invalidRequest', 'Invalid request: grantedToIdentities must name the application.');
      const grant = grants.grant(siteId, { id: application.id, displayName: application.displayName ?? '' }, body.roles);
      return json(201, { '@odata.context': `${context}/$entity`, ...permissionJson(grant) });
    }
    throw new GraphError(405, 'BadRequest', `${ctx.method} is not supported on a site's permissions.`);
  }
  const grant = grants.find(siteId, decodeURIComponent(permissionId));
  if (!grant) throw notFound('Item not found');
  if (ctx.method === 'GET') return json(200, { '@odata.context': `${context}/$entity`, ...permissionJson(grant) });
  if (ctx.method === 'PATCH') return json(200, { '@odata.context': `${context}/$entity`, ...permissionJson(grants.update(grant, parseBody(updateSchema, readJsonObject(ctx)).roles)) });
  if (ctx.method === 'DELETE') {
    grants.revoke(grant);
    return empty(204);
  }
  throw new GraphError(405, 'BadRequest', `${ctx.method} is not supported on a site permission.`);
}
