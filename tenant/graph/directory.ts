// Directory: /me, /users, /users/{id}, /groups/{id}/members, /me/people.
import { GraphError } from '../http/graphError.js';
import { json, type Reply, type RequestContext } from '../http/types.js';
import { GROUPS, USERS, findUser, type TenantUser } from '../seed.js';
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

/** Extra properties Graph returns only when $select asks for them. */
function selectableUser(user: TenantUser): Record<string, unknown> {
  return { ...userJson(user), userType: user.userType, companyName: user.companyName, accountEnabled: !user.sharedMailbox, mailNickname: user.mail.split('@')[0] };
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

export function handleGroups(ctx: RequestContext, groupId: string | undefined, tail: string): Reply {
  requireScope(ctx, ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All'], 'Authorization_RequestDenied');
  if (ctx.method !== 'GET') throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  if (!groupId) {
    return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#groups`, value: GROUPS.map((g) => ({ id: g.id, displayName: g.displayName, description: g.description, mail: g.mail, mailEnabled: true, securityEnabled: true, groupTypes: ['Unified'] })) });
  }
  const group = GROUPS.find((g) => g.id === groupId);
  if (!group) throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`);
  if (tail === '') return json(200, { id: group.id, displayName: group.displayName, description: group.description, mail: group.mail, mailEnabled: true, securityEnabled: true, groupTypes: ['Unified'] });
  if (tail === 'members') {
    const members = group.memberIds.map((id) => findUser(id)).filter((u): u is TenantUser => u !== undefined);
    const reply = listOf(ctx, members, 'directoryObjects');
    if (reply.body.kind === 'json') {
      const value = (reply.body.value as { value: Record<string, unknown>[] }).value;
      for (const row of value) Object.assign(row, { '@odata.type': '#microsoft.graph.user' });
    }
    return reply;
  }
  throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${tail}'.`);
}

export function handlePeople(ctx: RequestContext): Reply {
  requireScope(ctx, ['People.Read', 'People.Read.All'], 'ErrorAccessDenied');
  const search = (ctx.query.get('$search') ?? '').replace(/^"|"$/g, '').toLowerCase();
  const people = USERS.filter((u) => u.id !== ctx.user?.id && (!search || u.displayName.toLowerCase().includes(search) || u.mail.toLowerCase().includes(search)));
  const top = parseTop(ctx.query.get('$top'), 1000, 10);
  return json(200, {
    '@odata.context': `${ctx.origin}/v1.0/$metadata#users('${ctx.user?.id ?? ''}')/people`,
    value: people.slice(0, top).map((u) => ({
      id: u.id,
      displayName: u.displayName,
      givenName: u.givenName,
      surname: u.surname,
      jobTitle: u.jobTitle,
      companyName: u.companyName,
      userPrincipalName: u.userPrincipalName,
      personType: { class: 'Person', subclass: u.userType === 'Guest' ? 'OrganizationUser' : 'OrganizationUser' },
      scoredEmailAddresses: [{ address: u.mail, relevanceScore: 8 }],
    })),
  });
}
