// The SharePoint REST subset (`{site}/_api/…`) Møtebok needs for what Graph v1.0 cannot do: unique
// permissions on lists and folders (break/reset inheritance, role assignments, role definitions,
// site users and groups) and list versioning settings. Answers are JSON light (odata=nometadata /
// minimalmetadata) or, when asked with `odata=verbose`, wrapped in `d` as SharePoint does. The
// bearer token must be for the SharePoint resource (audience = this host), never Graph's.
import { ROLE_RIGHTS, type SiteGrants } from './siteGrants.js';
import { DRIVE_LIST_ID, SITE_ID, SITE_NAME, SITE_PATH, TENANT_ID, WEB_GUID, type TenantUser } from '../seed.js';
import type { TokenService } from '../auth/tokens.js';
import { empty, json, type Reply, type RequestContext } from '../http/types.js';
import type { DriveItemRecord, DriveService } from '../graph/drive.js';
import type { ListRecord, ListService } from '../graph/lists.js';
import { evaluate, parseFilter, readPath } from '../graph/odata.js';
import { MEMBERS_GROUP, OWNERS_GROUP, ROLE_DEFINITIONS, VISITORS_GROUP, listChain, listItemChain, webChain, type Right, type RoleDefinition, type ScopeChain, type SecurityService } from './security.js';

export const LIBRARY_TITLE = 'Documents';
export const LIBRARY_URL = `${SITE_PATH}/Shared Documents`;

/** What each delegated SharePoint scope allows at most; the user's own rights still apply. */
const SCOPE_RIGHTS: Record<string, readonly Right[]> = {
  'AllSites.Read': ['read', 'browseUserInfo'],
  'AllSites.Write': ['read', 'write', 'browseUserInfo'],
  'AllSites.Manage': ['read', 'write', 'manageLists', 'browseUserInfo'],
  'AllSites.FullControl': ['read', 'write', 'manageLists', 'managePermissions', 'browseUserInfo'],
};

class SpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

// SharePoint Online's refusal of a REST call, word for word as it answers ensureuser without BrowseUserInfo
// (pnp/pnpjs#1314) and any call the caller lacks the right for (Microsoft Q&A 131535; OneDrive/onedrive-api-docs#729).
const accessDenied = (): SpError => new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.');
const fileNotFound = (): SpError => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
const badQuery = (expr: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The expression "${expr}" is not valid.`);

interface Segment {
  name: string;
  /** Raw argument text inside the parentheses, when any. */
  args?: string;
}

/** Splits `web/lists/getbytitle('a/b')/items` on slashes outside quotes and parentheses. */
export function splitRestPath(path: string): Segment[] {
  const out: Segment[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < path.length; i++) {
    const c = path.charAt(i);
    if (c === "'") {
      if (quoted && path.charAt(i + 1) === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    } else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    if (c === '/' && !quoted && depth === 0) {
      if (current) out.push(segment(current));
      current = '';
      continue;
    }
    current += c;
  }
  if (current) out.push(segment(current));
  return out;
}

function segment(text: string): Segment {
  const open = text.indexOf('(');
  if (open < 0 || !text.endsWith(')')) return { name: text.toLowerCase() };
  return { name: text.slice(0, open).toLowerCase(), args: text.slice(open + 1, -1) };
}

/** `'text'` → text (with `''` → `'`); `guid'…'` → the guid; anything else as written. */
function literal(raw: string): string {
  const t = raw.trim();
  const guid = /^guid'([^']*)'$/i.exec(t);
  if (guid?.[1] !== undefined) return guid[1];
  if (t.startsWith("'") && t.endsWith("'") && t.length >= 2) return t.slice(1, -1).replace(/''/g, "'");
  return t;
}

/** `copyRoleAssignments=false,clearSubscopes=true` → a map with lower-cased names. */
function namedArgs(raw: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (raw ?? '').split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq).trim().toLowerCase(), literal(part.slice(eq + 1)));
  }
  return out;
}

function boolArg(args: Map<string, string>, name: string): boolean {
  const v = args.get(name.toLowerCase());
  if (v === undefined) throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The parameter ${name} is missing.`);
  if (v !== 'true' && v !== 'false') throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The value of parameter ${name} is not a Boolean.`);
  return v === 'true';
}

function intArg(args: Map<string, string>, name: string): number {
  const v = args.get(name.toLowerCase());
  if (v === undefined || !/^\d+$/.test(v)) throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The parameter ${name} is missing or not a number.`);
  return Number(v);
}

/** A securable object addressed by the path: its scope chain, and what clearSubscopes clears below it. */
interface Securable {
  chain: ScopeChain;
  subscopes(): string[];
}

export class SharePointRest {
  constructor(
    private readonly security: SecurityService,
    private readonly lists: ListService,
    private readonly drive: DriveService,
    private readonly tokens: TokenService,
    private readonly grants: SiteGrants,
  ) {}

  async handle(ctx: RequestContext, apiPath: string): Promise<Reply> {
    const verbose = /odata=verbose/i.test(ctx.headers.accept ?? '');
    try {
      const user = await this.authenticate(ctx);
      return this.route(ctx, apiPath, user, verbose);
    } catch (err) {
      if (err instanceof Unauthorized) {
        return json(401, { error_description: err.message }, {
          'WWW-Authenticate': `Bearer realm="${TENANT_ID}",client_id="00000003-0000-0ff1-ce00-000000000000",trusted_issuers="00000001-0000-0000-c000-000000000000@*",authorization_uri="${ctx.origin}/${TENANT_ID}/oauth2/authorize"`,
        });
      }
      if (err instanceof SpError) {
        const body = { code: err.code, message: { lang: 'en-US', value: err.message } };
        return json(err.status, verbose ? { error: body } : { 'odata.error': body });
      }
      if (err instanceof URIError) return json(400, { 'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: 'Bad percent-encoding in the request URL.' } } });
      throw err;
    }
  }

  private async authenticate(ctx: RequestContext): Promise<Caller> {
    const match = /^Bearer\s+(.+)$/i.exec(ctx.headers.authorization ?? '');
    if (!match?.[1]) throw new Unauthorized('Unsupported security token.');
    const result = await this.tokens.verifyAccess(match[1].trim(), 'sharepoint');
    if (!result.ok) throw new Unauthorized(`Invalid JWT token. ${result.message}`);
    const spRights = new Set<Right>();
    for (const scope of result.scopes) SCOPE_RIGHTS[scope]?.forEach((r) => spRights.add(r));
    // SharePoint's own Sites.Selected: the app's role on this site, or SharePoint's 403 where it has none.
    if (result.scopes.has('Sites.Selected') && spRights.size === 0) {
      const role = this.grants.roleOf(SITE_ID, result.appId);
      if (!role) throw accessDenied();
      ROLE_RIGHTS[role].forEach((r) => spRights.add(r));
    }
    ctx.user = result.user;
    ctx.scopes = result.scopes;
    return { user: result.user, spRights };
  }

  /** The user's right on the object, capped by the token's scopes (delegated: the lesser of the two). */
  private allowed(user: Caller, chain: ScopeChain, right: Right): boolean {
    return user.spRights.has(right) && this.security.can(user.user, chain, right);
  }

  private require(user: Caller, chain: ScopeChain, right: Right): void {
    if (!this.allowed(user, chain, right)) throw accessDenied();
  }

  private route(ctx: RequestContext, apiPath: string, user: Caller, verbose: boolean): Reply {
    const segments = splitRestPath(decodeURIComponent(apiPath));
    const m = ctx.method === 'POST' && ctx.headers['x-http-method'] ? ctx.headers['x-http-method'].toUpperCase() : ctx.method;
    const [head, ...rest] = segments;
    if (head?.name !== 'web' || head.args !== undefined) throw badQuery(segments.map((s) => s.name).join('/'));
    const reply = (value: unknown, kind: 'entity' | 'collection' | 'property', property = 'value'): Reply => {
      if (kind === 'collection') return json(200, verbose ? { d: { results: value } } : { value });
      if (kind === 'property') return json(200, verbose ? { d: { [property]: value } } : { value });
      return json(200, verbose ? { d: value } : value);
    };
    const done = (): Reply => json(200, verbose ? { d: null } : { 'odata.null': true });

    // The web itself and what hangs off it.
    if (rest.length === 0) {
      if (m !== 'GET') throw badQuery('web');
      this.require(user, webChain(), 'read');
      return reply(this.webJson(ctx), 'entity');
    }
    const [first, ...below] = rest;
    if (!first) throw badQuery('web');
    const web: Securable = { chain: webChain(), subscopes: () => this.security.uniqueKeysWithPrefix('').filter((k) => k !== 'web') };
    switch (first.name) {
      case 'roledefinitions': {
        const roles = this.security.roleDefinitions();
        if (below.length === 0 && first.args === undefined) {
          if (m === 'POST') return reply(roleJson(this.addRoleDefinition(ctx, user)), 'entity');
          if (m !== 'GET') throw badQuery('web/roledefinitions');
          this.require(user, webChain(), 'read');
          return reply(roles.map(roleJson), 'collection');
        }
        this.require(user, webChain(), 'read');
        const by = below[0];
        if (first.args !== undefined && by?.name === 'deleteobject' && below.length === 1) {
          if (m !== 'POST') throw badQuery('web/roledefinitions/deleteObject');
          this.require(user, webChain(), 'managePermissions');
          const outcome = this.security.deleteRoleDefinition(Number(literal(first.args)));
          if (outcome === 'missing') throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The permission level does not exist.');
          if (outcome === 'refused') throw new SpError(400, '-1, Microsoft.SharePoint.SPException', 'The role definition type is either Guest or Administrator.');
          return done();
        }
        if (first.args !== undefined && below.length === 0) {
          const role = roles.find((r) => String(r.id) === literal(first.args ?? ''));
          if (!role) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The permission level does not exist.');
          return reply(roleJson(role), 'entity');
        }
        if (by?.name === 'getbytype' && below.length === 1) {
          const role = roles.find((r) => String(r.roleTypeKind) === literal(by.args ?? ''));
          if (!role) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The permission level does not exist.');
          return reply(roleJson(role), 'entity');
        }
        if (by?.name === 'getbyname' && below.length === 1) {
          const role = roles.find((r) => r.name.toLowerCase() === literal(by.args ?? '').toLowerCase());
          if (!role) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The permission level does not exist.');
          return reply(roleJson(role), 'entity');
        }
        throw badQuery(`web/roledefinitions/${by?.name ?? ''}`);
      }
      case 'ensureuser': {
        if (m !== 'POST') throw badQuery('web/ensureuser');
        // "The current user must have the BrowseUserInfo rights" (Microsoft Learn, SPWeb.EnsureUser): any role on the site, Limited Access included.
        this.require(user, webChain(), 'browseUserInfo');
        const logonName = first.args !== undefined ? literal(first.args) : readLogonName(ctx);
        const resolved = this.security.resolveLogonName(logonName);
        if (!resolved) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logonName} could not be found.`);
        const principal = this.security.ensurePrincipal(resolved.objectId, resolved.kind);
        return reply(this.security.principalJson(principal.id), 'entity');
      }
      case 'currentuser': {
        this.require(user, webChain(), 'read');
        return reply(this.security.principalJson(this.security.ensurePrincipal(user.user.id, 'user').id), 'entity');
      }
      case 'siteusers': {
        this.require(user, webChain(), 'read');
        if (below.length > 0) throw badQuery(`web/siteusers/${below[0]?.name ?? ''}`);
        if (first.args !== undefined) throw badQuery('web/siteusers(…)');
        return reply(this.security.siteUsers().map((u) => this.security.principalJson(u.id)), 'collection');
      }
      case 'sitegroups': {
        this.require(user, webChain(), 'read');
        if (below.length === 0) return reply(this.security.siteGroups().map((g) => this.security.principalJson(g.id)), 'collection');
        const [by, tail] = below;
        if (by?.name !== 'getbyid') throw badQuery(`web/sitegroups/${by?.name ?? ''}`);
        return this.groupReply(Number(literal(by.args ?? '')), tail, reply);
      }
      case 'associatedownergroup':
        this.require(user, webChain(), 'read');
        return this.groupReply(OWNERS_GROUP, below[0], reply);
      case 'associatedmembergroup':
        this.require(user, webChain(), 'read');
        return this.groupReply(MEMBERS_GROUP, below[0], reply);
      case 'associatedvisitorgroup':
        this.require(user, webChain(), 'read');
        return this.groupReply(VISITORS_GROUP, below[0], reply);
      case 'lists': {
        if (first.args !== undefined) return this.listRoute(ctx, m, user, this.listById(literal(first.args)), below, reply, done);
        if (below.length === 0) {
          if (m !== 'GET') throw badQuery('web/lists');
          this.require(user, webChain(), 'read');
          const all = [this.libraryRef(), ...this.lists.all().map((l) => this.listRef(l))];
          return reply(all.filter((l) => this.security.mayOpen(user.user, l.chain)).map((l) => this.listJson(l)), 'collection');
        }
        const [by, ...tail] = below;
        if (by?.name === 'getbytitle') return this.listRoute(ctx, m, user, this.listByTitle(literal(by.args ?? '')), tail, reply, done);
        if (by?.name === 'getbyid') return this.listRoute(ctx, m, user, this.listById(literal(by.args ?? '')), tail, reply, done);
        throw badQuery(`web/lists/${by?.name ?? ''}`);
      }
      case 'getlist': {
        // GetList('/sites/…/Shared Documents') or GetList('/sites/…/Lists/<name>'): a list by its server-relative URL.
        const url = literal(first.args ?? '').replace(/\/+$/, '').toLowerCase();
        const byUrl = url === LIBRARY_URL.toLowerCase() ? this.libraryRef() : this.lists.all().filter((l) => `${SITE_PATH}/lists/${l.name}`.toLowerCase() === url).map((l) => this.listRef(l))[0];
        if (!byUrl) throw fileNotFound();
        return this.listRoute(ctx, m, user, byUrl, below, reply, done);
      }
      case 'getfolderbyserverrelativeurl':
      case 'getfilebyserverrelativeurl': {
        const wantFolder = first.name === 'getfolderbyserverrelativeurl';
        const item = this.driveItemByUrl(literal(first.args ?? ''));
        if (!item || item.isFolder !== wantFolder || !this.allowed(user, this.drive.chainOf(item), 'read')) throw fileNotFound();
        const [what, ...tail] = below;
        if (!what) {
          if (m !== 'GET') throw badQuery(first.name);
          return reply(this.folderOrFileJson(item), 'entity');
        }
        if (what.name !== 'listitemallfields') throw badQuery(`${first.name}/${what.name}`);
        const securable: Securable = { chain: this.drive.chainOf(item), subscopes: () => this.drive.descendants(item).map((d) => this.drive.chainOf(d)[0] ?? '') };
        if (tail.length === 0) {
          if (m !== 'GET') throw badQuery('listitemallfields');
          return reply(this.listItemJson(item), 'entity');
        }
        return this.securableRoute(ctx, m, user, securable, tail, reply, done);
      }
      default:
        return this.securableRoute(ctx, m, user, web, rest, reply, done);
    }
  }

  private groupReply(id: number, tail: Segment | undefined, reply: (value: unknown, kind: 'entity' | 'collection') => Reply): Reply {
    const group = this.security.siteGroup(id);
    if (!group) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
    if (!tail) return reply(this.security.principalJson(group.id), 'entity');
    if (tail.name !== 'users') throw badQuery(tail.name);
    const members = group.members.map((objectId) => this.security.ensurePrincipal(objectId, this.security.resolveLogonName(`c:0t.c|tenant|${objectId}`) ? 'entraGroup' : 'user'));
    return reply(members.map((p) => this.security.principalJson(p.id)), 'collection');
  }

  /** What every securable object answers: inheritance, role assignments, effective permissions. */
  private securableRoute(ctx: RequestContext, m: string, user: Caller, target: Securable, segments: Segment[], reply: (value: unknown, kind: 'entity' | 'collection' | 'property', property?: string) => Reply, done: () => Reply): Reply {
    const [what, next, ...extra] = segments;
    if (!what) throw badQuery('');
    const key = target.chain[0] ?? 'web';
    switch (what.name) {
      case 'hasuniqueroleassignments':
        if (m !== 'GET') break;
        this.require(user, target.chain, 'read');
        return reply(this.security.hasUnique(key), 'property', 'HasUniqueRoleAssignments');
      case 'effectivebasepermissions': {
        if (m !== 'GET') break;
        const rights = new Set([...this.security.rights(user.user, target.chain)].filter((r) => user.spRights.has(r)));
        return reply(basePermissionsFor(rights), 'entity');
      }
      case 'breakroleinheritance': {
        if (m !== 'POST') break;
        const args = namedArgs(what.args);
        const copy = boolArg(args, 'copyRoleAssignments');
        const clear = boolArg(args, 'clearSubscopes');
        if (key === 'web') throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This securable object is a site and it is the top level site.');
        this.require(user, target.chain, 'managePermissions');
        this.security.breakInheritance(target.chain, copy, clear ? target.subscopes() : [], user.user);
        return done();
      }
      case 'resetroleinheritance': {
        if (m !== 'POST') break;
        this.require(user, target.chain, 'managePermissions');
        if (key === 'web') throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This securable object is a site and it is the top level site.');
        this.security.resetInheritance(key);
        return done();
      }
      case 'roleassignments': {
        this.require(user, target.chain, 'managePermissions');
        if (!next) {
          if (m !== 'GET') break;
          const expand = new Set((ctx.query.get('$expand') ?? '').toLowerCase().split(',').map((s) => `roleassignments/${s.trim()}`));
          return reply(this.assignmentsJson(target.chain, expand), 'collection');
        }
        if (m !== 'POST' || extra.length > 0) break;
        const args = namedArgs(next.args);
        const principalId = intArg(args, 'principalid');
        if (next.name === 'addroleassignment' || next.name === 'removeroleassignment') {
          const roleId = intArg(args, 'roledefid');
          const problem = next.name === 'addroleassignment' ? this.security.addRoleAssignment(target.chain, principalId, roleId) : this.security.removeRoleAssignment(key, principalId, roleId);
          if (problem?.kind === 'inherits') throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
          if (problem?.kind === 'principalNotFound') throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Cannot find principal with id: ${principalId}.`);
          if (problem?.kind === 'roleNotFound') throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The permission level does not exist.');
          if (problem?.kind === 'limitedAccess') throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot grant a user the Limited Access permission level.');
          return done();
        }
        break;
      }
      default:
        break;
    }
    throw badQuery([what, next, ...extra].filter(Boolean).map((s) => s?.name).join('/'));
  }

  // --- lists
  private libraryRef(): ListRef {
    return {
      id: DRIVE_LIST_ID,
      title: LIBRARY_TITLE,
      library: true,
      chain: listChain(DRIVE_LIST_ID),
      created: this.drive.root().created,
      itemCount: this.drive.all().length - 1,
    };
  }

  private listRef(list: ListRecord): ListRef {
    return {
      id: list.id,
      title: list.displayName,
      library: false,
      chain: listChain(list.id),
      created: list.created,
      itemCount: this.lists.itemsOf(list).length,
      record: list,
    };
  }

  private listByTitle(title: string): ListRef {
    if (title.toLowerCase() === LIBRARY_TITLE.toLowerCase()) return this.libraryRef();
    const list = this.lists.all().find((l) => l.displayName.toLowerCase() === title.toLowerCase());
    if (!list) throw new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${this.siteUrl()}'.`);
    return this.listRef(list);
  }

  private listById(id: string): ListRef {
    if (id.toLowerCase() === DRIVE_LIST_ID) return this.libraryRef();
    const list = this.lists.all().find((l) => l.id.toLowerCase() === id.toLowerCase());
    if (!list) throw new SpError(404, '-1, System.ArgumentException', `List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.`);
    return this.listRef(list);
  }

  private listRoute(ctx: RequestContext, m: string, user: Caller, list: ListRef, tail: Segment[], reply: (value: unknown, kind: 'entity' | 'collection' | 'property', property?: string) => Reply, done: () => Reply): Reply {
    // A list the user has no role on (Limited Access counts: security.ts `mayOpen`) does not exist for them, as in SharePoint.
    if (!user.spRights.has('read') || !this.security.mayOpen(user.user, list.chain)) throw new SpError(404, '-1, System.ArgumentException', `List '${list.title}' does not exist at site with URL '${this.siteUrl()}'.`);
    if (tail.length === 0) {
      if (m === 'GET') return reply(this.listJson(list), 'entity');
      if (m === 'MERGE' || m === 'PATCH') {
        this.require(user, list.chain, 'manageLists');
        this.mergeList(ctx, list);
        return empty(204);
      }
      throw badQuery('list');
    }
    const prefix = `item:${list.id}:`;
    const [items, ...itemTail] = tail;
    if (items?.name === 'items') return this.itemsRoute(ctx, m, user, list, items, itemTail, reply, done);
    return this.securableRoute(ctx, m, user, { chain: list.chain, subscopes: () => this.security.uniqueKeysWithPrefix(prefix) }, tail, reply, done);
  }

  /**
   * `…/items` (GET with `$filter`, `$select`, `$expand=RoleAssignments/…`, `$top`), `…/items(id)` and
   * `…/items/getbyid(id)`: a list item is a securable object like the list (HasUniqueRoleAssignments,
   * EffectiveBasePermissions, breakroleinheritance, resetroleinheritance, roleassignments). Only the
   * custom lists' items: the library's are reached by URL (GetFileByServerRelativeUrl/ListItemAllFields).
   */
  private itemsRoute(ctx: RequestContext, m: string, user: Caller, list: ListRef, items: Segment, tail: Segment[], reply: (value: unknown, kind: 'entity' | 'collection' | 'property', property?: string) => Reply, done: () => Reply): Reply {
    const record = list.record;
    if (!record) throw badQuery('items');
    let idText = items.args;
    let rest = tail;
    if (idText === undefined && tail[0]?.name === 'getbyid') {
      idText = tail[0].args ?? '';
      rest = tail.slice(1);
    }
    if (idText === undefined) {
      if (rest.length > 0 || m !== 'GET') throw badQuery(`items/${rest[0]?.name ?? ''}`);
      return reply(this.queryItems(ctx, user, list, record), 'collection');
    }
    const id = literal(idText);
    const item = /^\d+$/.test(id) ? this.lists.itemsOf(record).find((i) => i.id === Number(id)) : undefined;
    const chain = listItemChain(list.id, id);
    // An item the user may not read does not exist for them.
    if (!item || !this.allowed(user, chain, 'read')) throw new SpError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
    if (rest.length === 0) {
      if (m !== 'GET') throw badQuery('items(…)');
      return reply(this.itemJson(ctx, user, list, item, new Set()), 'entity');
    }
    return this.securableRoute(ctx, m, user, { chain, subscopes: () => [] }, rest, reply, done);
  }

  private queryItems(ctx: RequestContext, user: Caller, list: ListRef, record: ListRecord): Record<string, unknown>[] {
    const filterText = ctx.query.get('$filter');
    let ast: ReturnType<typeof parseFilter> | undefined;
    try {
      ast = filterText ? parseFilter(filterText, 'invalidRequest') : undefined;
    } catch {
      throw badQuery(filterText ?? '');
    }
    const problem = this.lists.restFilterProblem(record, ast);
    if (problem === 'throttled') throw new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.');
    if (problem) throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The field or property '${problem.unknown}' does not exist.`);
    const top = Number(ctx.query.get('$top') ?? '100');
    if (!Number.isInteger(top) || top < 1 || top > 5000) throw badQuery(`$top=${ctx.query.get('$top') ?? ''}`);
    const expand = new Set((ctx.query.get('$expand') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
    for (const e of expand) if (!['roleassignments', 'roleassignments/member', 'roleassignments/roledefinitionbindings'].includes(e)) throw badQuery(e);
    const rows = this.lists
      .itemsOf(record)
      .filter((i) => this.allowed(user, listItemChain(list.id, i.id), 'read'))
      .filter((i) => !ast || evaluate(ast, (p) => (p.toLowerCase() === 'id' ? i.id : readPath(i.fields, p))))
      .slice(0, top);
    // Reading role assignments needs Enumerate Permissions on every item returned, as one request.
    if (expand.size > 0 && rows.some((i) => !this.allowed(user, listItemChain(list.id, i.id), 'managePermissions'))) throw accessDenied();
    return rows.map((i) => this.itemJson(ctx, user, list, i, expand));
  }

  private itemJson(
    ctx: RequestContext,
    user: Caller,
    list: ListRef,
    item: { id: number; guid: string; created: string; modified: string; fields: Record<string, unknown> },
    expand: ReadonlySet<string>,
  ): Record<string, unknown> {
    const chain = listItemChain(list.id, item.id);
    const all: Record<string, unknown> = {
      ...item.fields,
      Id: item.id,
      ID: item.id,
      GUID: item.guid,
      Created: item.created,
      Modified: item.modified,
      FileSystemObjectType: 0,
      HasUniqueRoleAssignments: this.security.hasUnique(chain[0] ?? ''),
    };
    if (expand.size > 0) all.RoleAssignments = this.assignmentsJson(chain, expand);
    const select = ctx.query.get('$select');
    if (!select) return all;
    // Each selected name picks its property (the exact spelling first: `Id` and `ID` are both there).
    const out: Record<string, unknown> = expand.size > 0 ? { RoleAssignments: all.RoleAssignments } : {};
    for (const name of select.split(',').map((part) => part.trim().split('/')[0] ?? '').filter(Boolean)) {
      const key = name in all ? name : Object.keys(all).find((k) => k.toLowerCase() === name.toLowerCase());
      if (key !== undefined) out[key] = all[key];
    }
    return out;
  }

  private assignmentsJson(chain: ScopeChain, expand: ReadonlySet<string>): Record<string, unknown>[] {
    const member = [...expand].some((e) => e.endsWith('/member'));
    const bindings = [...expand].some((e) => e.endsWith('/roledefinitionbindings'));
    return this.security.assignments(chain).map((a) => ({
      PrincipalId: a.principalId,
      ...(member ? { Member: this.security.principalJson(a.principalId) } : {}),
      ...(bindings
        ? {
            RoleDefinitionBindings: a.roleDefinitionIds
              .map((id) => this.security.roleDefinition(id))
              .filter((r): r is RoleDefinition => r !== undefined)
              .map(roleJson),
          }
        : {}),
    }));
  }

  /**
   * `POST web/roledefinitions` (SP.RoleDefinitionCollection.add, Microsoft Learn): a permission level from
   * `BasePermissions` ({High, Low}), `Name`, `Description` and `Order`. Adding one needs Manage Permissions
   * on the site. A name must be 1–255 characters without / \\ [ ] : | < > + = ; , ? * ' " @ (SP.RoleDefinition.name),
   * and unique on the site.
   */
  private addRoleDefinition(ctx: RequestContext, user: Caller): RoleDefinition {
    this.require(user, webChain(), 'managePermissions');
    let body: unknown;
    try {
      body = JSON.parse(ctx.body.toString('utf8') || '{}');
    } catch {
      throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Invalid JSON. A token was not recognized in the JSON content.');
    }
    const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const name = input.Name;
    const mask = input.BasePermissions as { High?: unknown; Low?: unknown } | undefined;
    if (typeof name !== 'string' || name.length === 0 || name.length > 255 || /[/\\[\]:|<>+=;,?*'"@]/.test(name)) {
      throw new SpError(400, '-2147024809, System.ArgumentException', 'The permission level name is not valid.');
    }
    const bits = (value: unknown): string | undefined => (typeof value === 'string' && /^\d+$/.test(value) ? value : typeof value === 'number' && Number.isInteger(value) && value >= 0 ? String(value) : undefined);
    const high = bits(mask?.High);
    const low = bits(mask?.Low);
    if (high === undefined || low === undefined) throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'BasePermissions with High and Low is required.');
    const role = this.security.addRoleDefinition({ name, description: typeof input.Description === 'string' ? input.Description : '', order: typeof input.Order === 'number' ? input.Order : 0, basePermissions: { High: high, Low: low } });
    if (!role) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The permission level name is already in use. Choose another name.');
    return role;
  }

  private mergeList(ctx: RequestContext, list: ListRef): void {
    let body: unknown;
    try {
      body = JSON.parse(ctx.body.toString('utf8') || '{}');
    } catch {
      throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Invalid JSON. A token was not recognized in the JSON content.');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The request body must be a JSON object.');
    const current = this.security.versioning(list.id, list.library);
    const next = { ...current };
    for (const [name, value] of Object.entries(body)) {
      if (name === '__metadata') continue;
      if (name === 'EnableVersioning') {
        if (typeof value !== 'boolean') throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'A value of type Edm.Boolean is expected for EnableVersioning.');
        next.enabled = value;
        if (value && next.majorVersionLimit === 0) next.majorVersionLimit = list.library ? 500 : 50;
      } else if (name === 'MajorVersionLimit') {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 50000) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You must enter a number between 1 and 50000 for the number of major versions.');
        next.majorVersionLimit = value;
      } else {
        throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientServiceException', `The property '${name}' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.`);
      }
    }
    this.security.setVersioning(list.id, next);
  }

  private listJson(list: ListRef): Record<string, unknown> {
    const versioning = this.security.versioning(list.id, list.library);
    return {
      Id: list.id,
      Title: list.title,
      BaseTemplate: list.library ? 101 : 100,
      BaseType: list.library ? 1 : 0,
      Created: list.created,
      Description: list.record?.description ?? '',
      EnableVersioning: versioning.enabled,
      MajorVersionLimit: versioning.majorVersionLimit,
      HasUniqueRoleAssignments: this.security.hasUnique(list.chain[0] ?? ''),
      Hidden: false,
      ItemCount: list.itemCount,
      ParentWebUrl: SITE_PATH,
    };
  }

  // --- library folders and files
  private driveItemByUrl(url: string): DriveItemRecord | undefined {
    const path = url.replace(/\/+$/, '');
    const lower = path.toLowerCase();
    const library = LIBRARY_URL.toLowerCase();
    const relative = lower === library ? '' : lower.startsWith(`${library}/`) ? path.slice(LIBRARY_URL.length + 1) : undefined;
    if (relative === undefined) return undefined;
    return this.drive.walk(this.drive.root(), relative.split('/').filter(Boolean));
  }

  private serverRelativeUrl(item: DriveItemRecord): string {
    return item.parentId === null ? LIBRARY_URL : `${LIBRARY_URL}${this.drive.pathOf(item)}`;
  }

  private folderOrFileJson(item: DriveItemRecord): Record<string, unknown> {
    const base = { Name: item.parentId === null ? 'Shared Documents' : item.name, ServerRelativeUrl: this.serverRelativeUrl(item), UniqueId: item.guid, TimeCreated: item.created, TimeLastModified: item.modified, Exists: true };
    return item.isFolder
      ? { ...base, ItemCount: this.drive.children(item.id).length }
      : { ...base, Length: String(item.size), MajorVersion: item.contentVersion, MinorVersion: 0 };
  }

  private listItemJson(item: DriveItemRecord): Record<string, unknown> {
    return {
      GUID: item.guid,
      FileLeafRef: item.name,
      FileRef: this.serverRelativeUrl(item),
      FileSystemObjectType: item.isFolder ? 1 : 0,
      Created: item.created,
      Modified: item.modified,
      HasUniqueRoleAssignments: this.security.hasUnique(this.drive.chainOf(item)[0] ?? ''),
    };
  }

  private siteUrl(): string {
    return `${new URL(this.tokens.sharePointOrigin()).origin}${SITE_PATH}`;
  }

  private webJson(ctx: RequestContext): Record<string, unknown> {
    return { Id: WEB_GUID, Title: SITE_NAME, ServerRelativeUrl: SITE_PATH, Url: `${ctx.origin}${SITE_PATH}`, HasUniqueRoleAssignments: true, WebTemplate: 'GROUP', Language: 1044 };
  }
}

interface ListRef {
  id: string;
  title: string;
  library: boolean;
  chain: ScopeChain;
  created: string;
  itemCount: number;
  record?: ListRecord;
}

class Unauthorized extends Error {}

/** Who calls: the user and what the token's SharePoint scopes allow at most. */
interface Caller {
  user: TenantUser;
  spRights: Set<Right>;
}

function readLogonName(ctx: RequestContext): string {
  try {
    const body = JSON.parse(ctx.body.toString('utf8')) as unknown;
    if (typeof body === 'object' && body !== null && 'logonName' in body && typeof body.logonName === 'string') return body.logonName;
  } catch {
    // fall through to the error below
  }
  throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The parameter logonName is missing: send {"logonName": "i:0#.f|membership|<user principal name>"}.');
}

function roleJson(role: RoleDefinition): Record<string, unknown> {
  return {
    Id: role.id,
    Name: role.name,
    Description: role.description,
    Hidden: role.hidden,
    Order: role.order,
    RoleTypeKind: role.roleTypeKind,
    BasePermissions: role.basePermissions,
  };
}

/** The mask of the smallest built-in level that carries these rights (what the user can do, as SharePoint reports it). */
function basePermissionsFor(rights: Set<Right>): { High: string; Low: string } {
  const pick = (id: number): { High: string; Low: string } => ROLE_DEFINITIONS.find((r) => r.id === id)?.basePermissions ?? { High: '0', Low: '0' };
  if (rights.has('managePermissions')) return pick(1073741829);
  if (rights.has('manageLists')) return pick(1073741830);
  if (rights.has('write')) return pick(1073741827);
  if (rights.has('read')) return pick(1073741826);
  if (rights.has('browseUserInfo')) return pick(1073741825);
  return { High: '0', Low: '0' };
}
