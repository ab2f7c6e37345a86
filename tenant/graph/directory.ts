// Directory: /me, /users, /users/{id}.
import { GraphError } from '../http/graphError.js';
import { json, type Reply, type RequestContext } from '../http/types.js';
import { USERS, findUser, type TenantUser } from '../seed.js';
import { currentUser, requireScope } from './common.js';
import { applySelect, evaluate, page, parseFilter, parseOrderBy, parseTop, readPath, referencedPaths, sortBy } from './odata.js';

const DIRECTORY_READ = ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'];
/** The scopes that read other users' full profile; User.ReadBasic.All reads only their basic profile. */
const FULL_PROFILE_READ = ['User.Read.All', 'Directory.Read.All'];

/**
 * User.ReadBasic.All «constrains app access to a limited set of properties known as the basic profile»:
 * displayName, givenName, mail, photo, surname, userPrincipalName (Microsoft Graph permissions reference,
 * https://learn.microsoft.com/en-us/graph/permissions-reference#userreadbasicall, quoted in
 * https://learn.microsoft.com/en-us/answers/questions/285432/microsoft-graph-permission-user-read-all-and-user),
 * and the object's `id` (the reference's current list, as mirrored at
 * https://graphpermissions.merill.net/permission/User.ReadBasic.All.html). `photo` is a relationship,
 * not a property this tenant serves. The same permission «also allows the app to read the full profile
 * of the signed-in user».
 */
const BASIC_PROFILE: ReadonlySet<string> = new Set(['id', 'displayName', 'givenName', 'mail', 'surname', 'userPrincipalName']);

/** Whether the token reads `user`'s full profile: its own always; another's with User.Read.All or Directory.Read.All. */
function readsFullProfileOf(ctx: RequestContext, user: TenantUser): boolean {
  return user.id === ctx.user?.id || FULL_PROFILE_READ.some((scope) => ctx.scopes.has(scope));
}

/**
 * Another user as a token with only the basic profile sees them: the other properties present but
 * null (a collection empty). The reference does not say what $select of such a property gives; Graph
 * was seen answering `"jobTitle": null, "mobilePhone": null, "businessPhones": []` and a selected
 * `postalCode` as null without User.Read.All (microsoftgraph/microsoft-graph-docs issues 2833, 2155).
 * Judgement: imitated as that, the least surprising reading, rather than leaving the property out.
 */
function basicProfile(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, key.startsWith('@odata') || BASIC_PROFILE.has(key) ? value : Array.isArray(value) ? [] : null]));
}

/** `user` shaped by $select, as far as the token may read it. */
function visible(ctx: RequestContext, user: TenantUser, select: string | null): Record<string, unknown> {
  const row = shaped(user, select);
  return readsFullProfileOf(ctx, user) ? row : basicProfile(row);
}

/**
 * $filter on a property outside the basic profile with only User.ReadBasic.All: Graph refuses the query
 * with 403 Authorization_RequestDenied «Insufficient privileges to complete the operation.»
 * (microsoftgraph/microsoft-graph-toolkit issue 2602, `accountEnabled eq true`; Yvand/EntraCP issue 265,
 * `userType eq 'Member'`). Not in the reference; imitated as reported.
 */
function requireFilterReadable(ctx: RequestContext, paths: readonly string[]): void {
  if (FULL_PROFILE_READ.some((scope) => ctx.scopes.has(scope))) return;
  const basic = new Set([...BASIC_PROFILE].map((name) => name.toLowerCase()));
  if (paths.some((path) => !basic.has((path.split('/')[0] ?? path).toLowerCase()))) {
    throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
}

export function userJson(user: TenantUser): Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: null,
    officeLocation: user.officeLocation,
    preferredLanguage: 'nb-NO',
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
  };
}

/**
 * Extra properties Graph returns only when $select asks for them. `otherMails`: an invited B2B guest
 * carries the address they were invited with (their home `mail`); a member created in the tenant has none.
 */
function selectableUser(user: TenantUser): Record<string, unknown> {
  const otherMails = user.userType === 'Guest' ? [user.mail] : [];
  return { ...userJson(user), userType: user.userType, companyName: user.companyName, accountEnabled: !user.sharedMailbox, mailNickname: user.mail.split('@')[0], otherMails };
}

function shaped(user: TenantUser, select: string | null): Record<string, unknown> {
  return select ? applySelect(selectableUser(user), select) : userJson(user);
}

export function resolveUserKey(key: string): TenantUser {
  const user = findUser(decodeURIComponent(key));
  if (!user) throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);
  return user;
}

export function handleMe(ctx: RequestContext): Reply {
  requireScope(ctx, ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'], 'Authorization_RequestDenied');
  const user = currentUser(ctx);
  if (ctx.method !== 'GET') throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#users/$entity`, ...shaped(user, ctx.query.get('$select')) });
}

export function handleUser(ctx: RequestContext, key: string): Reply {
  const user = resolveUserKey(key);
  if (user.id !== ctx.user?.id) requireScope(ctx, DIRECTORY_READ, 'Authorization_RequestDenied');
  else requireScope(ctx, ['User.Read', ...DIRECTORY_READ], 'Authorization_RequestDenied');
  if (ctx.method !== 'GET') throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#users/$entity`, ...visible(ctx, user, ctx.query.get('$select')) });
}

function listOf(ctx: RequestContext, users: TenantUser[], context: string): Reply {
  // Filtered and sorted on what the token may read, so a withheld property neither matches nor orders.
  let rows = users.map((u) => (readsFullProfileOf(ctx, u) ? selectableUser(u) : basicProfile(selectableUser(u))));
  const filter = ctx.query.get('$filter');
  if (filter) {
    const ast = parseFilter(filter, 'Request_UnsupportedQuery');
    requireFilterReadable(ctx, referencedPaths(ast));
    rows = rows.filter((r) => evaluate(ast, (p) => readPath(r, p)));
  }
  const search = ctx.query.get('$search');
  if (search) {
    const term = search.replace(/^"|"$/g, '').replace(/^(displayName|mail):/i, '').toLowerCase();
    rows = rows.filter((r) => String(r.displayName).toLowerCase().includes(term) || String(r.mail).toLowerCase().includes(term));
  }
  rows = sortBy(rows, parseOrderBy(ctx.query.get('$orderby')), (r, p) => readPath(r, p));
  const { items, nextLink } = page(rows, ctx.query, ctx.origin, ctx.rawPath, parseTop(ctx.query.get('$top'), 999, 100));
  const select = ctx.query.get('$select');
  const value = items.map((r) => {
    const user = findUser(String(r.id));
    return user ? visible(ctx, user, select) : r;
  });
  return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#${context}`, value, ...(nextLink ? { '@odata.nextLink': nextLink } : {}) });
}

export function handleUsers(ctx: RequestContext): Reply {
  requireScope(ctx, DIRECTORY_READ, 'Authorization_RequestDenied');
  if (ctx.method !== 'GET') throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  return listOf(ctx, [...USERS], 'users');
}
