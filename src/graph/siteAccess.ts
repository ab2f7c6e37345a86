import type { Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import { DomainError, type DomainReason } from '../domain/errors';
import { StorageError } from '../domain/ports';
import { lazySchema } from '../domain/lazySchema';
import { graphCall } from './graphCall';
import type { SharePointRest } from './sharePointRest';

/**
 * With `MOTEBOK_SITE_ACCESS=selected` (src/auth/scopes.ts `SiteAccess`) the app reaches the committee's
 * site only with the role an administrator gave it there (`POST /sites/{id}/permissions`), and then the
 * lesser of that role and the user's own rights. SharePoint answers a missing or too small role with the
 * same 403 as a user without access, so a refusal is looked into once (two requests, only after a 403)
 * and, when it is the app's role, said as such: the role Møtebok needs and how IT grants it
 * (`siteAccess.notGranted` / `siteAccess.tooSmall`, worded in nb/nn/en with the other reasons).
 * Loaded with the permission check's chunk, never at start.
 */

/** The role Møtebok needs: it creates lists and columns (manage) and sets permissions itself (fullcontrol). */
export const NEEDED_ROLE = 'fullcontrol';

export interface SiteAccessDeps {
  /** The Graph client with the storage scopes (Sites.Selected in this mode). */
  graph: Client;
  /** SharePoint REST with the SharePoint resource's own Sites.Selected. */
  rest: () => Promise<SharePointRest>;
  siteId: string;
  /** The registration's client id, for the grant command (MOTEBOK_CLIENT_ID). */
  appId: string;
}

const SiteSchema = lazySchema(() => v.looseObject({ webUrl: v.string() }));
const MaskSchema = lazySchema(() => v.looseObject({ High: v.union([v.string(), v.number()]), Low: v.union([v.string(), v.number()]) }));
/** `SP.PermissionKind.managePermissions`: bit 25 of the mask's low half (as `mayManagePermissions` reads it). */
const MANAGE_PERMISSIONS_LOW = 0x2000000;

const isForbidden = (error: unknown): boolean => error instanceof StorageError && error.kind === 'forbidden';

/**
 * What is wrong with the app's role on the site, if that is what a refusal was: `notGranted` when
 * Graph refuses even to show the site (every user who opens Møtebok may read it), `tooSmall` when
 * SharePoint's effective permissions for this user and app lack Manage Permissions. Undefined when the
 * role is not the problem, or when it cannot be told (another failure).
 */
export async function siteAccessProblem(deps: SiteAccessDeps): Promise<'notGranted' | 'tooSmall' | undefined> {
  try {
    await graphCall(SiteSchema(), () => deps.graph.api(`/sites/${deps.siteId}`).select('webUrl').get());
    const mask = await (await deps.rest()).get('web/EffectiveBasePermissions', MaskSchema());
    return (Number(mask.Low) & MANAGE_PERMISSIONS_LOW) === 0 ? 'tooSmall' : undefined;
  } catch (error) {
    return isForbidden(error) ? 'notGranted' : undefined;
  }
}

/** The app's missing or too small role on the site as a reason the screens word, or undefined. */
export async function siteAccessReason(deps: SiteAccessDeps): Promise<DomainReason | undefined> {
  const problem = await siteAccessProblem(deps);
  return problem ? { key: `siteAccess.${problem}`, values: { role: NEEDED_ROLE, appId: deps.appId, siteId: deps.siteId } } : undefined;
}

/** The refusal as the app's missing role on the site, with the role needed and the grant; any other failure as it was. */
export async function explainRefusal(error: unknown, deps: SiteAccessDeps): Promise<unknown> {
  if (!isForbidden(error)) return error;
  const reason = await siteAccessReason(deps);
  return reason ? new DomainError('siteAccess', reason, undefined, { cause: error }) : error;
}
