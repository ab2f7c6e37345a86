// Routes a Graph v1.0 request (path below /v1.0) to its handler.
import { GraphError } from '../http/graphError.js';
import type { Reply, RequestContext } from '../http/types.js';
import { DRIVE_ID, OTHER_SITE_ID, SITE_ID } from '../seed.js';
import { handleMe, handleUser, handleUsers, resolveUserKey } from './directory.js';
import type { DriveService } from './drive.js';
import { handleDriveItem, type DriveHandlers } from './driveRoutes.js';
import { handleLists } from './listRoutes.js';
import type { ListService } from './lists.js';
import { handleDrives, handleOtherSite, handleSite, siteIdFor } from './sites.js';
import { handleSitePermissions, scopesOnSite } from './sitePermissionRoutes.js';
import type { SiteGrants } from '../sharepoint/siteGrants.js';
import type { TenantUser } from '../seed.js';
import type { Misconfigurations } from '../http/misconfig.js';
import { handleApplications } from './applications.js';
import { handlePlanner, type TaskService } from './tasks.js';

export interface GraphServices {
  drive: DriveService;
  driveHandlers: DriveHandlers;
  lists: ListService;
  misconfig: Misconfigurations;
  tasks: TaskService;
  /** The apps' roles on sites (Sites.Selected). */
  grants: SiteGrants;
  mailbox(ctx: RequestContext, owner: TenantUser, viaMe: boolean, tail: string[]): Promise<Reply> | Reply;
}

/** `microsoft.graph.sendMail` and `sendMail` are the same action; Graph accepts both. */
function normaliseSegment(s: string): string {
  return s.replace(/^microsoft\.graph\./, '');
}

function driveRest(drivePath: string[]): string {
  return drivePath.join('/');
}

/** The `siteAccessDenied` switch: the site's owners removed everyone (SharePoint answers 403 accessDenied). */
function denySiteIfSwitched(services: GraphServices): void {
  if (services.misconfig.has('siteAccessDenied')) throw new GraphError(403, 'accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.');
}

/** `/me|users/{id}/planner/tasks` and `/me|users/{id}/todo/…` (tasks.ts); undefined for the mailbox's routes. */
function routeUserTasks(ctx: RequestContext, services: GraphServices, owner: TenantUser, tail: string[]): Reply | undefined {
  const [first, ...below] = tail;
  if (first === 'planner' && below.length === 1 && below[0] === 'tasks' && ctx.method === 'GET') return services.tasks.myTasks(ctx, owner);
  if (first === 'todo') return services.tasks.handleTodo(ctx, owner, below);
  return undefined;
}

export async function routeGraph(ctx: RequestContext, graphPath: string, services: GraphServices): Promise<Reply> {
  // Split on '/', but keep `root:/a/b:` addressing intact for the drive resolver (it re-parses the rest).
  const segments = graphPath.split('/').filter((s) => s.length > 0);
  const [head, second, ...rest] = segments;
  const notFoundSegment = (seg: string | undefined): GraphError => new GraphError(400, 'BadRequest', `Resource not found for the segment '${seg ?? ''}'.`);

  switch (head) {
    case 'me': {
      if (!ctx.user) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
      if (!second) return handleMe(ctx);
      if (second === 'drive') throw new GraphError(404, 'itemNotFound', 'The user has no OneDrive in the local tenant; use the site library.');
      const tasks = routeUserTasks(ctx, services, ctx.user, [second, ...rest]);
      if (tasks) return tasks;
      return services.mailbox(ctx, ctx.user, true, [second, ...rest].map(normaliseSegment));
    }
    case 'users': {
      if (!second) return handleUsers(ctx);
      const owner = resolveUserKey(second);
      if (rest.length === 0) return handleUser(ctx, second);
      const tasks = routeUserTasks(ctx, services, owner, rest);
      if (tasks) return tasks;
      return services.mailbox(ctx, owner, false, rest.map(normaliseSegment));
    }
    case 'sites': {
      if (!second) throw notFoundSegment(head);
      // hostname:/server-relative-path: may contain slashes; rebuild it.
      let siteKey = second;
      let tail = rest;
      if (second.includes(':') && !second.endsWith(':') && !second.startsWith('localhost,')) {
        const colonEnd = rest.findIndex((s) => s.endsWith(':'));
        if (colonEnd >= 0) {
          siteKey = [second, ...rest.slice(0, colonEnd + 1)].join('/');
          tail = rest.slice(colonEnd + 1);
        } else {
          siteKey = [second, ...rest].join('/');
          tail = [];
        }
      }
      const siteId = siteIdFor(siteKey);
      if (!siteId) throw new GraphError(404, 'itemNotFound', 'Requested site could not be found');
      const [what, ...below] = tail;
      if (what === 'permissions') return handleSitePermissions(ctx, services.grants, siteId, below);
      // Sites.Selected: the app's role on this site stands in for the tenant-wide scopes, or 403.
      ctx = { ...ctx, scopes: scopesOnSite(ctx, services.grants, siteId) };
      if (siteId === OTHER_SITE_ID) {
        if (!what) return handleOtherSite(ctx);
        throw notFoundSegment(what);
      }
      denySiteIfSwitched(services);
      if (!what) return handleSite(ctx);
      if (what === 'drive') {
        if (below.length === 0) return handleDrives(ctx, services.drive, true);
        return handleDriveItem(ctx, services.drive, driveRest(below), services.driveHandlers);
      }
      if (what === 'drives') {
        if (below.length === 0) return handleDrives(ctx, services.drive, false);
        const [driveId, ...items] = below;
        if (decodeURIComponent(driveId ?? '') !== DRIVE_ID) throw new GraphError(404, 'itemNotFound', 'The drive could not be found.');
        if (items.length === 0) return handleDrives(ctx, services.drive, true);
        return handleDriveItem(ctx, services.drive, driveRest(items), services.driveHandlers);
      }
      if (what === 'lists') return handleLists(ctx, services.lists, below);
      throw notFoundSegment(what);
    }
    case 'drives': {
      ctx = { ...ctx, scopes: scopesOnSite(ctx, services.grants, SITE_ID) };
      denySiteIfSwitched(services);
      if (decodeURIComponent(second ?? '') !== DRIVE_ID) throw new GraphError(404, 'itemNotFound', 'The drive could not be found.');
      if (rest.length === 0) return handleDrives(ctx, services.drive, true);
      return handleDriveItem(ctx, services.drive, driveRest(rest), services.driveHandlers);
    }
    case 'planner':
      return handlePlanner(ctx, services.tasks, [second, ...rest].filter((x): x is string => x !== undefined));
    case 'groups': {
      // Only a group's plans are imitated (`/groups/{id}/planner/plans`); groups themselves are not read through Graph.
      if (second && rest[0] === 'planner' && rest[1] === 'plans' && rest.length === 2 && ctx.method === 'GET') return services.tasks.listGroupPlans(ctx, decodeURIComponent(second));
      throw notFoundSegment(rest[0] ?? head);
    }
    default: {
      const directory = head ? handleApplications(ctx, head, [second, ...rest].filter((x): x is string => x !== undefined), services.misconfig) : undefined;
      if (directory) return directory;
      throw notFoundSegment(head);
    }
  }
}
