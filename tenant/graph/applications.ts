// Entra ID objects an administrator's tools read about Møtebok: the app registration
// (/applications), the service principals of Møtebok, Microsoft Graph and SharePoint (/servicePrincipals), the
// admin consent (/oauth2PermissionGrants), and the Teams app catalogue (/appCatalogs/teamsApps).
// Read-only, shaped after the Graph v1.0 documentation pages of each resource; the misconfiguration
// switches (http/misconfig.ts) change what they answer.
import { GraphError } from '../http/graphError.js';
import type { Misconfigurations } from '../http/misconfig.js';
import { json, type Reply, type RequestContext } from '../http/types.js';
import { SHAREPOINT_APP_ID } from '../auth/tokens.js';
import { MOTEBOK_CLIENT_ID, TENANT_ID } from '../seed.js';
import { currentUser, requireScope } from './common.js';
import { applySelect, evaluate, parseFilter, readPath } from './odata.js';

export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
/** Microsoft Graph Command Line Tools: Microsoft's public client that admin tools sign in with (device code). */
export const GRAPH_CLI_CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e';
/** `id` of the unified app manifest (manifest/manifest.template.json): the catalogue's `externalId`. */
export const MOTEBOK_MANIFEST_ID = '3f6b2d84-9c1e-4a57-b0d2-7e5f8a9c1b36';
/** Where the seeded registration says the app is hosted (`npm start`). */
export const REGISTERED_APP_HOST = 'localhost:3000';

const APPLICATION_OBJECT_ID = 'd1e2f3a4-0001-4d00-8000-00000000d001';
const MOTEBOK_SP_ID = 'd1e2f3a4-0002-4d00-8000-00000000d002';
const GRAPH_SP_ID = 'd1e2f3a4-0003-4d00-8000-00000000d003';
const SHAREPOINT_SP_ID = 'd1e2f3a4-0004-4d00-8000-00000000d004';
const GRANT_ID = 'q0_rdN3qHki_RcqaAgLa0AAAAAAAAAAAAAAAAAAAAAA';
const SHAREPOINT_GRANT_ID = 'q0_rdN3qHki_RcqaAgLa0BAAAAAAAAAAAAAAAAAAAAA';
const TEAMS_APP_ID = 'e5f6a7b8-0001-4e00-8000-00000000e001';

/** Microsoft Graph's delegated permission ids (permissions reference), for the scopes used here. */
export const GRAPH_DELEGATED_SCOPE_IDS: Readonly<Record<string, string>> = {
  'User.Read': 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
  'User.ReadBasic.All': 'b340eb25-3456-403f-be2f-af7a0d370277',
  'Sites.Read.All': '205e70e5-aba6-4c52-a976-6d2d46c48043',
  'Sites.ReadWrite.All': '89fe6a52-be36-487e-b7d8-d061c450a026',
  'Sites.Manage.All': '65e50fdc-43b7-4915-933e-e8138f11f40a',
  'Calendars.ReadWrite': '1ec239c2-d7c9-4623-a91a-a9775856bb36',
  'Calendars.Read.Shared': '2b9c4092-424d-4249-948d-b43879977640',
  'Calendars.ReadWrite.Shared': '12466101-c9b8-439a-8589-dd09ee67e8e9',
  'Mail.Send': 'e383f46e-2787-4529-855e-0e479a3ffac0',
  'Tasks.ReadWrite': '2219042f-cab5-40cc-b0d2-16b1540b4c5f',
  'Files.ReadWrite.All': '863451e7-0667-486c-a5d6-d135439485f0',
  'Directory.Read.All': '06da0dbc-49e2-44d2-8312-53f166ab848a',
  'Application.Read.All': 'c79f8feb-a9db-4090-85f9-90d820caa0eb',
};

/**
 * SharePoint's delegated permission ids, as its service principal (appId SHAREPOINT_APP_ID) lists them
 * in `oauth2PermissionScopes`. Only those whose ids are published: SharePoint's delegated
 * Sites.Selected (2024) is not among them, so a Sites.Selected registration is not imitated here.
 */
export const SHAREPOINT_DELEGATED_SCOPE_IDS: Readonly<Record<string, string>> = {
  'AllSites.Read': '4e0d77b0-96ba-4398-af14-3baa780278f4',
  'AllSites.Write': '640ddd16-e5b7-4d71-9690-3f4022699ee7',
  'AllSites.Manage': 'b3f70a70-8a4b-4f95-9573-d71c496a53f4',
  'AllSites.FullControl': '56680e0d-d2a3-4ae1-80d8-3c4f2100e3d0',
  'MyFiles.Read': 'dd2c8d78-58e1-46d7-82dd-34d411282686',
  'MyFiles.Write': '2cfdc887-d7b4-4798-9b33-3d98d6b95dd2',
};

/** The registration's SharePoint permission (manifest/aad.manifest.tenant.json): Full Control, for list and folder permissions. */
const REGISTERED_SHAREPOINT_SCOPES = ['AllSites.FullControl'];

/** The registration as `m365agents.yml` provisions it (manifest/aad.manifest.tenant.json) for the app at REGISTERED_APP_HOST. */
const REGISTERED_SCOPES = ['User.Read', 'User.ReadBasic.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Calendars.ReadWrite', 'Calendars.ReadWrite.Shared', 'Mail.Send', 'Tasks.ReadWrite'];

/** Directory reads: members may read applications and grants by default in Entra; the scope must be in the token. */
const DIRECTORY_READ = ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'];
const GRANTS_READ = ['Directory.Read.All', 'DelegatedPermissionGrant.Read.All', 'DelegatedPermissionGrant.ReadWrite.All', 'Directory.ReadWrite.All'];
const CATALOGUE_READ = ['AppCatalog.Read.All', 'AppCatalog.ReadWrite.All', 'AppCatalog.Submit', 'Directory.Read.All', 'Directory.ReadWrite.All'];

function application(misconfig: Misconfigurations): Record<string, unknown> {
  const redirectUris = [`https://${REGISTERED_APP_HOST}/workspace.html`, `brk-multihub://${REGISTERED_APP_HOST}`].filter((u) => !(misconfig.has('redirectUriMissing') && u.startsWith('brk-multihub://')));
  const scopes = [
    ...REGISTERED_SCOPES.filter((s) => !(misconfig.has('permissionMissing') && s === 'Mail.Send')),
    ...(misconfig.has('permissionExtra') ? ['Files.ReadWrite.All'] : []),
  ];
  return {
    id: APPLICATION_OBJECT_ID,
    appId: MOTEBOK_CLIENT_ID,
    displayName: 'Møtebok',
    createdDateTime: '2024-01-08T09:00:00Z',
    publisherDomain: 'siv.example.no',
    signInAudience: 'AzureADMyOrg',
    identifierUris: [`api://${REGISTERED_APP_HOST}/${MOTEBOK_CLIENT_ID}`],
    api: { requestedAccessTokenVersion: 2, oauth2PermissionScopes: [] },
    publicClient: { redirectUris: [] },
    web: { redirectUris: [], implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false } },
    spa: { redirectUris },
    requiredResourceAccess: [
      { resourceAppId: GRAPH_APP_ID, resourceAccess: scopes.map((s) => ({ id: GRAPH_DELEGATED_SCOPE_IDS[s], type: 'Scope' })) },
      ...(misconfig.has('sharePointPermissionMissing') ? [] : [{ resourceAppId: SHAREPOINT_APP_ID, resourceAccess: REGISTERED_SHAREPOINT_SCOPES.map((s) => ({ id: SHAREPOINT_DELEGATED_SCOPE_IDS[s], type: 'Scope' })) }]),
    ],
  };
}

const delegatedScopes = (ids: Readonly<Record<string, string>>, userConsentable: readonly string[]) =>
  Object.entries(ids).map(([value, id]) => ({ id, value, type: userConsentable.includes(value) ? 'User' : 'Admin', isEnabled: true, adminConsentDisplayName: value, adminConsentDescription: value, userConsentDisplayName: value, userConsentDescription: value }));

/** A Microsoft resource's service principal in the tenant (published by Microsoft's own tenant), with its delegated scopes. */
const microsoftResource = (id: string, appId: string, displayName: string, oauth2PermissionScopes: unknown[]) => ({
  id,
  appId,
  displayName,
  appOwnerOrganizationId: 'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
  servicePrincipalType: 'Application',
  accountEnabled: true,
  appRoleAssignmentRequired: false,
  appRoles: [],
  tags: [],
  oauth2PermissionScopes,
});

function servicePrincipals(): Record<string, unknown>[] {
  return [
    { id: MOTEBOK_SP_ID, appId: MOTEBOK_CLIENT_ID, displayName: 'Møtebok', appOwnerOrganizationId: TENANT_ID, servicePrincipalType: 'Application', accountEnabled: true, appRoleAssignmentRequired: false, oauth2PermissionScopes: [], appRoles: [], tags: [] },
    microsoftResource(GRAPH_SP_ID, GRAPH_APP_ID, 'Microsoft Graph', delegatedScopes(GRAPH_DELEGATED_SCOPE_IDS, ['User.Read', 'User.ReadBasic.All'])),
    microsoftResource(SHAREPOINT_SP_ID, SHAREPOINT_APP_ID, 'Office 365 SharePoint Online', delegatedScopes(SHAREPOINT_DELEGATED_SCOPE_IDS, ['AllSites.Read', 'AllSites.Write', 'AllSites.Manage', 'MyFiles.Read', 'MyFiles.Write'])),
  ];
}

/** The admin consent: one grant per resource (Graph, SharePoint), as Entra keeps them. */
function grants(misconfig: Misconfigurations): Record<string, unknown>[] {
  if (misconfig.has('consentMissing')) return [];
  return [
    { id: GRANT_ID, clientId: MOTEBOK_SP_ID, consentType: 'AllPrincipals', principalId: null, resourceId: GRAPH_SP_ID, scope: REGISTERED_SCOPES.join(' ') },
    ...(misconfig.has('sharePointConsentMissing') ? [] : [{ id: SHAREPOINT_GRANT_ID, clientId: MOTEBOK_SP_ID, consentType: 'AllPrincipals', principalId: null, resourceId: SHAREPOINT_SP_ID, scope: REGISTERED_SHAREPOINT_SCOPES.join(' ') }]),
  ];
}

function teamsApps(misconfig: Misconfigurations): Record<string, unknown>[] {
  if (misconfig.has('appNotInCatalogue')) return [];
  return [{ id: TEAMS_APP_ID, externalId: MOTEBOK_MANIFEST_ID, displayName: 'Møtebok', distributionMethod: 'organization' }];
}

function collection(ctx: RequestContext, context: string, rows: Record<string, unknown>[], filterCode: string): Reply {
  const filter = ctx.query.get('$filter');
  const ast = filter ? parseFilter(filter, filterCode) : undefined;
  const value = rows.filter((r) => !ast || evaluate(ast, (p) => readPath(r, p))).map((r) => applySelect(r, ctx.query.get('$select')));
  return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#${context}`, value });
}

function byKey(ctx: RequestContext, rows: Record<string, unknown>[], key: string, context: string): Reply {
  const decoded = decodeURIComponent(key);
  // `(appId='…')` alternate key, as documented for applications and servicePrincipals.
  const alt = /^\(appId='([^']+)'\)$/.exec(decoded);
  const row = rows.find((r) => (alt ? r.appId === alt[1] : r.id === decoded));
  if (!row) throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${decoded}' does not exist or one of its queried reference-property objects are not present.`);
  return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#${context}/$entity`, ...applySelect(row, ctx.query.get('$select')) });
}

/** Entra blocks guests from reading the directory's applications by default. */
function requireMember(ctx: RequestContext): void {
  if (currentUser(ctx).userType === 'Guest') throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
}

/** Answers `/applications`, `/servicePrincipals`, `/oauth2PermissionGrants`, `/appCatalogs/teamsApps`; undefined for other heads. */
export function handleApplications(ctx: RequestContext, head: string, rest: string[], misconfig: Misconfigurations): Reply | undefined {
  // `/applications(appId='…')` arrives as one segment.
  const [segment = '', keyPart] = head.includes('(') ? [head.slice(0, head.indexOf('(')), head.slice(head.indexOf('('))] : [head, rest[0]];
  const tail = head.includes('(') ? rest : rest.slice(1);
  const answer = (scopes: readonly string[], code: string, context: string, rows: Record<string, unknown>[]): Reply => {
    requireScope(ctx, scopes, 'Authorization_RequestDenied');
    requireMember(ctx);
    if (ctx.method !== 'GET') throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    if (tail.length > 0) throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${tail[0] ?? ''}'.`);
    return keyPart ? byKey(ctx, rows, keyPart, context) : collection(ctx, context, rows, code);
  };
  switch (segment) {
    case 'applications': return answer(DIRECTORY_READ, 'Request_UnsupportedQuery', 'applications', [application(misconfig)]);
    case 'servicePrincipals': return answer(DIRECTORY_READ, 'Request_UnsupportedQuery', 'servicePrincipals', servicePrincipals());
    case 'oauth2PermissionGrants': return answer(GRANTS_READ, 'Request_UnsupportedQuery', 'oauth2PermissionGrants', grants(misconfig));
    case 'appCatalogs': {
      if (keyPart !== 'teamsApps') throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${keyPart ?? segment}'.`);
      requireScope(ctx, CATALOGUE_READ, 'Forbidden');
      if (ctx.method !== 'GET') throw new GraphError(403, 'Forbidden', 'Forbidden');
      if (tail.length > 0) throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${tail[0] ?? ''}'.`);
      return collection(ctx, 'appCatalogs/teamsApps', teamsApps(misconfig), 'BadRequest');
    }
    default: return undefined;
  }
}
