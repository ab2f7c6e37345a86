// Directory: /me, /users, /users/{id}.
import { GraphError } from '../http/graphError.js';
import { json, type Reply, type RequestContext } from '../http/types.js';
import { USERS, findUser, type TenantUser } from '../seed.js';
import { currentUser, requireScope } from './common.js';
import { applySelect, evaluate, page, parseFilter, parseOrderBy, parseTop, readPath, sortBy } from './odata.js';

const DIRECTORY_READ = ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'];

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
  return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#users/$entity`, ...shaped(user, ctx.query.get('$select')) });
}

function listOf(ctx: RequestContext, users: TenantUser[], context: string): Reply {
  let rows = users.map((u) => selectableUser(u));
  const filter = ctx.query.get('$filter');
  if (filter) {
    const ast = parseFilter(filter, 'Request_UnsupportedQuery');
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
    return user ? shaped(user, select) : r;
  });
  return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#${context}`, value, ...(nextLink ? { '@odata.nextLink': nextLink } : {}) });
}

export function handleUsers(ctx: RequestContext): Reply {
  requireScope(ctx, DIRECTORY_READ, 'Authorization_RequestDenied');
  if (ctx.method !== 'GET') throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  return listOf(ctx, [...USERS], 'users');
}
