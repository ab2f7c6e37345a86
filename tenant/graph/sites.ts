// The one SharePoint site and its drive, addressed by id, by `root`, or by hostname:path.
import { GraphError } from '../http/graphError.js';
import { json, type Reply, type RequestContext } from '../http/types.js';
import { DRIVE_ID, OTHER_SITE_GUID, OTHER_SITE_ID, OTHER_SITE_NAME, OTHER_SITE_PATH, OTHER_WEB_GUID, SITE_GUID, SITE_ID, SITE_NAME, SITE_PATH, WEB_GUID } from '../seed.js';
import { requireScope } from './common.js';
import type { DriveService } from './drive.js';
import { applySelect } from './odata.js';

const SITE_READ = ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Files.Read.All', 'Files.ReadWrite.All'];

/** Accepts the composite id, `root`, the site guid, or `localhost:/sites/helsefellesskapet:` spellings. */
export function isOurSite(key: string): boolean {
  const decoded = decodeURIComponent(key);
  if (decoded === SITE_ID || decoded === SITE_GUID || decoded === 'root' || decoded === `${SITE_GUID},${WEB_GUID}`) return true;
  const hostPath = /^[^:]+:(\/sites\/[^:]+):?$/.exec(decoded);
  return hostPath?.[1]?.toLowerCase() === SITE_PATH;
}

/** The other site (seed.ts: `OTHER_SITE_ID`) by the same spellings. */
function isOtherSite(key: string): boolean {
  const decoded = decodeURIComponent(key);
  if (decoded === OTHER_SITE_ID || decoded === OTHER_SITE_GUID || decoded === `${OTHER_SITE_GUID},${OTHER_WEB_GUID}`) return true;
  return /^[^:]+:(\/sites\/[^:]+):?$/.exec(decoded)?.[1]?.toLowerCase() === OTHER_SITE_PATH;
}

/** The composite id of the site a key addresses, or undefined when the tenant has no such site. */
export function siteIdFor(key: string): string | undefined {
  if (isOurSite(key)) return SITE_ID;
  return isOtherSite(key) ? OTHER_SITE_ID : undefined;
}

/** `GET /sites/{other site}`: only the site resource is imitated there. */
export function handleOtherSite(ctx: RequestContext): Reply {
  requireScope(ctx, SITE_READ);
  if (ctx.method !== 'GET') throw new GraphError(403, 'accessDenied', 'Access denied');
  const body = { ...siteJson(ctx.origin), '@odata.context': `${ctx.origin}/v1.0/$metadata#sites/$entity`, id: OTHER_SITE_ID, name: 'intranett', displayName: OTHER_SITE_NAME, description: '', webUrl: `${ctx.origin}${OTHER_SITE_PATH}` };
  return json(200, applySelect(body, ctx.query.get('$select')));
}

export function siteJson(origin: string): Record<string, unknown> {
  return {
    '@odata.context': `${origin}/v1.0/$metadata#sites/$entity`,
    createdDateTime: '2024-01-08T09:00:00Z',
    description: 'Partnerskapsmøtet og fagutvalgene i Helsefellesskapet i Vestfold',
    id: SITE_ID,
    lastModifiedDateTime: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    name: 'helsefellesskapet',
    webUrl: `${origin}${SITE_PATH}`,
    displayName: SITE_NAME,
    root: {},
    siteCollection: { hostname: new URL(origin).hostname },
  };
}

export function driveJson(origin: string, drive: DriveService): Record<string, unknown> {
  const root = drive.root();
  return {
    '@odata.context': `${origin}/v1.0/$metadata#drives/$entity`,
    createdDateTime: root.created,
    description: '',
    id: DRIVE_ID,
    lastModifiedDateTime: root.modified,
    name: 'Dokumenter',
    webUrl: `${origin}${SITE_PATH}/Shared%20Documents`,
    driveType: 'documentLibrary',
    createdBy: { user: { displayName: 'Systemkonto' } },
    owner: { group: { id: 'c3d4e5f6-0001-4c00-8000-00000000c001', displayName: 'Sekretariatet Helsefellesskapet' } },
    quota: { deleted: 0, remaining: 27487790694400, state: 'normal', total: 27487790694400, used: drive.all().reduce((n, i) => n + (i.isFolder ? 0 : i.size), 0) },
  };
}

export function handleSite(ctx: RequestContext): Reply {
  requireScope(ctx, SITE_READ);
  if (ctx.method !== 'GET') throw new GraphError(403, 'accessDenied', 'Access denied');
  return json(200, applySelect(siteJson(ctx.origin), ctx.query.get('$select')));
}

export function handleDrives(ctx: RequestContext, drive: DriveService, single: boolean): Reply {
  requireScope(ctx, SITE_READ);
  if (ctx.method !== 'GET') throw new GraphError(403, 'accessDenied', 'Access denied');
  const body = driveJson(ctx.origin, drive);
  if (single) return json(200, body);
  const { '@odata.context': _ctx, ...rest } = body;
  return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#drives`, value: [rest] });
}
