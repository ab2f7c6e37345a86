// Sites.Selected: the roles an administrator gave an application on a site
// (`POST /v1.0/sites/{id}/permissions`, graph/sitePermissionRoutes.ts). A token that carries
// `Sites.Selected` (Graph's, or the SharePoint resource's own) reaches a site only where its app has
// a role here, and then at most that role; delegated, the user's own SharePoint rights still apply,
// so the effective right is the lesser of the two ("the minimal intersection of application and
// user permissions", Microsoft 365 Developer Blog, «SharePoint now supports delegated Sites.Selected
// authentication», 2024-02-09). Tenant-wide scopes in the same token are not narrowed by it.
import type { Store } from '../store/store.js';
import { TENANT_ID } from '../seed.js';
import type { Right } from './security.js';

/** The four roles of a site permission, smallest first (the blog's table: read, write, manage, fullcontrol). */
export const SITE_ROLES = ['read', 'write', 'manage', 'fullcontrol'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

/** What each role carries in SharePoint: write adds Write, manage adds Manage Lists, fullcontrol everything (Manage Permissions). */
export const ROLE_RIGHTS: Record<SiteRole, readonly Right[]> = {
  // BrowseUserInfo is in every permission level (web/ensureuser needs it), so in every role.
  read: ['read', 'browseUserInfo'],
  write: ['read', 'write', 'browseUserInfo'],
  manage: ['read', 'write', 'manageLists', 'browseUserInfo'],
  fullcontrol: ['read', 'write', 'manageLists', 'managePermissions', 'browseUserInfo'],
};

/**
 * The tenant-wide Graph scope each role stands in for, so the handlers' own scope checks apply
 * unchanged: reading lists and files needs read, writing items write, creating lists and columns
 * manage (`Sites.Manage.All`'s job), and the rest fullcontrol.
 */
export const ROLE_GRAPH_SCOPES: Record<SiteRole, readonly string[]> = {
  read: ['Sites.Read.All'],
  write: ['Sites.Read.All', 'Sites.ReadWrite.All'],
  manage: ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All'],
  fullcontrol: ['Sites.Read.All', 'Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'],
};

export interface AppIdentity {
  id: string;
  displayName: string;
}

export interface SiteGrant {
  id: string;
  siteId: string;
  roles: SiteRole[];
  application: AppIdentity;
}

interface GrantsDoc {
  grants: SiteGrant[];
}

export class SiteGrants {
  constructor(private readonly store: Store) {}

  private doc(): GrantsDoc {
    return this.store.doc<GrantsDoc>('site-grants', () => ({ grants: [] }));
  }

  of(siteId: string): SiteGrant[] {
    return this.doc().grants.filter((g) => g.siteId === siteId);
  }

  find(siteId: string, id: string): SiteGrant | undefined {
    return this.of(siteId).find((g) => g.id === id);
  }

  /** The largest role the app holds on the site, if any. */
  roleOf(siteId: string, appId: string | undefined): SiteRole | undefined {
    if (!appId) return undefined;
    let best = -1;
    for (const grant of this.of(siteId)) {
      if (grant.application.id.toLowerCase() !== appId.toLowerCase()) continue;
      for (const role of grant.roles) best = Math.max(best, SITE_ROLES.indexOf(role));
    }
    return best >= 0 ? SITE_ROLES[best] : undefined;
  }

  /**
   * A new grant, or the app's existing one on the site with the new roles (SharePoint keeps one
   * permission per app and site). Its id is, as SharePoint's are, the base64 of the app's claim
   * (`i:0i.t|ms.sp.ext|<app id>@<tenant id>`).
   */
  grant(siteId: string, application: AppIdentity, roles: SiteRole[]): SiteGrant {
    const existing = this.of(siteId).find((g) => g.application.id.toLowerCase() === application.id.toLowerCase());
    if (existing) {
      existing.roles = roles;
      this.store.touch('site-grants');
      return existing;
    }
    const id = Buffer.from(`i:0i.t|ms.sp.ext|${application.id}@${TENANT_ID}`).toString('base64');
    const grant: SiteGrant = { id, siteId, roles, application };
    this.doc().grants.push(grant);
    this.store.touch('site-grants');
    return grant;
  }

  update(grant: SiteGrant, roles: SiteRole[]): SiteGrant {
    grant.roles = roles;
    this.store.touch('site-grants');
    return grant;
  }

  revoke(grant: SiteGrant): void {
    const doc = this.doc();
    doc.grants = doc.grants.filter((g) => g !== grant);
    this.store.touch('site-grants');
  }
}
