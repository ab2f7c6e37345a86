/**
 * The delegated Microsoft Graph scopes Møtebok asks for, grouped by the feature that needs them.
 * Each feature requests only its own group when it is first used (incremental consent), so a
 * member who only follows the meeting on the stage never consents to calendar or mail access.
 * The README in this folder has the table with the reasons.
 */
export const SCOPES = {
  /** Sign-in and the user's own name/e-mail (Person for "Saksbehandler", "Referent"). */
  signIn: ['User.Read'],
  /** People picker for members, presenters, case officers: basic profiles of others in the tenant. */
  people: ['User.ReadBasic.All'],
  /**
   * Read and write list items and files in the committee's site. Sites.ReadWrite.All is the
   * smallest tenant-wide delegated scope that covers lists *and* the document library on an
   * arbitrary site; the user's own SharePoint permissions still apply, so it reaches no more than
   * the user can. With `MOTEBOK_SITE_ACCESS=selected` it becomes Sites.Selected (`scopesFor`).
   */
  storage: ['Sites.ReadWrite.All'],
  /** "Klargjør SharePoint-området": creating lists and columns needs Sites.Manage.All. Asked only by that action. */
  provisioning: ['Sites.Manage.All'],
  /** Create and update the invite in the user's own calendar. */
  calendar: ['Calendars.ReadWrite'],
  /** Create the invite in the secretariat's shared mailbox (only when one is configured). */
  sharedCalendar: ['Calendars.ReadWrite.Shared'],
  /** "Send referat" by e-mail. */
  sendMail: ['Mail.Send'],
  /**
   * Oppfølgingspunkter: create and read Planner tasks in the committee's plan (or To Do tasks in the
   * user's own list). Tasks.ReadWrite is the least privileged delegated scope for both; asked only
   * when a referent first makes a point or a screen first shows their status.
   */
  tasks: ['Tasks.ReadWrite'],
} as const satisfies Record<string, readonly string[]>;

export type Feature = keyof typeof SCOPES;

/**
 * The token the storage client asks for: the storage scopes and User.Read together. Both are Graph's,
 * one resource, and the Microsoft identity platform issues one access token per resource for the
 * scopes asked of it (its `scp` claim lists them: MSAL.js, «Resources and scopes»,
 * https://learn.microsoft.com/en-us/entra/msal/javascript/browser/resources-and-scopes; mixing two
 * resources is refused, AADSTS28000, as the local tenant does in `tenant/auth/oidc.ts`). So a meeting
 * page's `GET /me` rides in its first `$batch` with the one token (`graph/signedInUser.ts`, issue 14:
 * one token request and one preflight, not two), and `Services.signedInUser` asks with it elsewhere.
 * User.Read is the sign-in scope: it asks no new consent.
 */
export const STORAGE_TOKEN: readonly string[] = [...SCOPES.storage, ...SCOPES.signIn];

/** The scopes for sending the innkalling, from the user's calendar or the shared mailbox. */
export function calendarScopes(sharedMailbox: string | undefined): readonly string[] {
  return sharedMailbox ? [...SCOPES.calendar, ...SCOPES.sharedCalendar] : SCOPES.calendar;
}

/**
 * The SharePoint REST API (unique permissions on lists, folders, rows and files, list versioning —
 * Graph v1.0 has no API for them) takes a token for the SharePoint resource, not Graph:
 * `https://<tenant>.sharepoint.com`, which is the origin of the site's webUrl. Managing permissions
 * needs Full Control, so the delegated scope is AllSites.FullControl (with `selected` site access, the
 * SharePoint resource's own Sites.Selected, reaching only a site granted to the app); the user's own SharePoint
 * rights still apply (only a site owner or the secretariat can change anything with it).
 *
 * Every SharePoint REST call asks for this one scope (`graph/sharePointRest.ts`), so it is asked by
 * everything that goes through that client: the permission check at start (for anyone who opens the
 * workspace) and `mayManage`, «Klargjør SharePoint-området» / «Rett tilgangene», the freeze and the
 * reopening of an approved referat, the save that marks or unmarks a sak as exempt (its row's
 * permissions), and the send that closes exempt vedlegg and rows (`ensureuser`, role definitions).
 * Not narrowed per call: the calls that matter most (reading and changing role assignments) need Full
 * Control anyway, and a second, smaller scope for the few plain reads would be a second token and a
 * second consent for the same resource without reaching less. See README.
 */
export function sharePointScopes(sharePointOrigin: string, access: SiteAccess = 'tenant'): readonly string[] {
  return [`${sharePointOrigin}/${access === 'selected' ? 'Sites.Selected' : 'AllSites.FullControl'}`];
}

/**
 * How far the SharePoint scopes reach (`MOTEBOK_SITE_ACCESS`, src/config). `tenant` (the default):
 * the tenant-wide `Sites.ReadWrite.All`, `Sites.Manage.All` and SharePoint's `AllSites.FullControl`,
 * which reach every site the user can. `selected`: Graph's `Sites.Selected` for storage and
 * provisioning and the SharePoint resource's own `Sites.Selected` for REST, which reach only the sites
 * an administrator gave the app a role on (`POST /sites/{id}/permissions`); delegated, the lesser of
 * that role and the user's own rights applies. Møtebok sets permissions itself, so it needs the
 * `fullcontrol` role on the committee's site (docs/drift.md §3).
 */
export type SiteAccess = 'tenant' | 'selected';

/** The tenant-wide Graph scopes that `selected` replaces with Sites.Selected. */
const TENANT_WIDE_SITE_SCOPES: ReadonlySet<string> = new Set([...SCOPES.storage, ...SCOPES.provisioning]);

/** A feature's scopes under the site access chosen: with `selected`, Sites.Selected stands for storage and provisioning. */
export function scopesFor(scopes: readonly string[], access: SiteAccess = 'tenant'): readonly string[] {
  return access === 'selected' ? [...new Set(scopes.map((scope) => (TENANT_WIDE_SITE_SCOPES.has(scope) ? 'Sites.Selected' : scope)))] : scopes;
}

/** Every delegated Graph scope Møtebok may ask for under the site access chosen (the registration, `npm run doctor`). */
export function graphScopes(access: SiteAccess = 'tenant', features: readonly Feature[] = Object.keys(SCOPES) as Feature[]): string[] {
  return [...new Set(features.flatMap((feature) => scopesFor(SCOPES[feature], access)))];
}
