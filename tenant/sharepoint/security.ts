// SharePoint's permission model for the one site: role definitions (permission levels), site users
// and site groups (principals with SharePoint's integer ids), and securable objects — the web, each
// list (the document library is a list) and each list item (a library folder or file is one) — that
// either inherit their parent's role assignments or have unique ones. Graph and the SharePoint REST
// subset both ask this one place what a user may do, so what REST sets up is what Graph enforces.
import type { Store } from '../store/store.js';
import { GROUPS, MEMBERS_GROUP_ID, OBSERVER_ID, SITE_NAME, SITE_OWNER_IDS, SITE_WRITERS_GROUP_ID, TENANT_ID, findUser, type TenantUser } from '../seed.js';

/**
 * What a permission level lets a user do here (a coarse view of SharePoint's BasePermissions).
 * `browseUserInfo` is SPBasePermissions.BrowseUserInfo (low bit 0x8000000), which `web/ensureuser` needs
 * ("The current user must have the BrowseUserInfo rights", Microsoft Learn, SPWeb.EnsureUser): every
 * built-in level has it, Limited Access too (its mask below), so anyone given any role anywhere in the
 * site may resolve a user, as in SharePoint.
 */
export type Right = 'read' | 'write' | 'manageLists' | 'managePermissions' | 'browseUserInfo';

export interface RoleDefinition {
  id: number;
  name: string;
  description: string;
  roleTypeKind: number;
  order: number;
  hidden: boolean;
  rights: readonly Right[];
  basePermissions: { High: string; Low: string };
}

/** SharePoint Online's built-in permission levels, with their ids and BasePermissions masks. */
export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', roleTypeKind: 5, order: 1, hidden: false, rights: ['read', 'write', 'manageLists', 'managePermissions', 'browseUserInfo'], basePermissions: { High: '2147483647', Low: '4294967295' } },
  { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', roleTypeKind: 4, order: 32, hidden: false, rights: ['read', 'write', 'manageLists', 'browseUserInfo'], basePermissions: { High: '432', Low: '1012866047' } },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', roleTypeKind: 6, order: 48, hidden: false, rights: ['read', 'write', 'manageLists', 'browseUserInfo'], basePermissions: { High: '432', Low: '1011031023' } },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', roleTypeKind: 3, order: 64, hidden: false, rights: ['read', 'write', 'browseUserInfo'], basePermissions: { High: '432', Low: '1011030767' } },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', roleTypeKind: 2, order: 128, hidden: false, rights: ['read', 'browseUserInfo'], basePermissions: { High: '176', Low: '138612833' } },
  { id: 1073741825, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', roleTypeKind: 1, order: 160, hidden: true, rights: ['browseUserInfo'], basePermissions: { High: '16', Low: '134287360' } },
];
export const ROLE_ID = {
  fullControl: 1073741829,
  design: 1073741828,
  edit: 1073741830,
  contribute: 1073741827,
  read: 1073741826,
  limitedAccess: 1073741825,
} as const;

/** The site's three associated groups keep the ids SharePoint gives them on a new team site. */
export const OWNERS_GROUP = 3;
export const VISITORS_GROUP = 4;
export const MEMBERS_GROUP = 5;

/** A site user: a person (by Entra object id) or an Entra security group added as one principal. */
export interface SiteUserRecord {
  id: number;
  /** Entra object id of the user or group. */
  objectId: string;
  kind: 'user' | 'entraGroup';
}

export interface SiteGroupRecord {
  id: number;
  title: string;
  description: string;
  /** Entra object ids: users or security groups. */
  members: string[];
}

export interface RoleAssignment {
  principalId: number;
  roleDefinitionIds: number[];
}

interface SecurityDoc {
  nextPrincipalId: number;
  siteUsers: SiteUserRecord[];
  siteGroups: SiteGroupRecord[];
  /** Securable objects with unique role assignments, by key ('web', 'list:<id>', 'item:<listId>:<id>'). */
  scopes: Record<string, RoleAssignment[]>;
  /** List settings REST can change (EnableVersioning, MajorVersionLimit), by list id. */
  versioning: Record<string, { enabled: boolean; majorVersionLimit: number }>;
  /** Permission levels added to the site (`POST web/roledefinitions`); absent in a store made before they could be. */
  customRoles?: RoleDefinition[];
  /** Built-in permission levels the site deleted (`…/roledefinitions(id)/deleteObject()`); absent while none is. */
  deletedRoles?: number[];
}

/**
 * SPBasePermissions bits (Microsoft Learn, "SPBasePermissions enumeration") that decide the rights here:
 * ViewListItems 0x1 and OpenItems 0x20 (read), AddListItems 0x2 / EditListItems 0x4 (write), ManageLists
 * 0x800, ManagePermissions 0x2000000 and BrowseUserInfo 0x8000000, all in the low 32 bits.
 */
export function rightsOfMask(mask: { High: string; Low: string }): Right[] {
  const low = Number(mask.Low);
  const has = (bit: number): boolean => Math.floor(low / bit) % 2 === 1;
  const out: Right[] = [];
  if (has(0x1) && has(0x20)) out.push('read');
  if (has(0x2) || has(0x4)) out.push('write');
  if (has(0x800)) out.push('manageLists');
  if (has(0x2000000)) out.push('managePermissions');
  if (has(0x8000000)) out.push('browseUserInfo');
  return out;
}

/** The first id SharePoint gives a permission level a site adds (the built-in ones end at 1073741830). */
const FIRST_CUSTOM_ROLE_ID = 1073741924;

/**
 * A securable object as the chain of keys from itself up to the web: the first key with unique
 * role assignments decides. `['item:L:7', 'list:L', 'web']` is item 7 of list L.
 */
export type ScopeChain = readonly string[];

/**
 * The misconfiguration switches (http/misconfig.ts) as they reach permissions: scopes that inherit
 * from the site whatever was set (`permissionsWrong`), lists whose versioning is off (`versioningOff`).
 */
export interface SecuritySwitches {
  inheriting(): ReadonlySet<string>;
  versioningOff(): ReadonlySet<string>;
}

export const webChain = (): ScopeChain => ['web'];
export const listChain = (listId: string): ScopeChain => [`list:${listId}`, 'web'];
export const listItemChain = (listId: string, itemId: string | number): ScopeChain => [`item:${listId}:${itemId}`, `list:${listId}`, 'web'];

export type SecurityError = { kind: 'inherits' } | { kind: 'principalNotFound' } | { kind: 'roleNotFound' } | { kind: 'limitedAccess' };

export class SecurityService {
  constructor(private readonly store: Store, private readonly switches?: SecuritySwitches) {}

  private inheriting(key: string): boolean {
    return this.switches?.inheriting().has(key) ?? false;
  }

  private get doc(): SecurityDoc {
    return this.store.doc<SecurityDoc>('security', () => ({
      nextPrincipalId: 6,
      siteUsers: [],
      siteGroups: [
        { id: OWNERS_GROUP, title: `${SITE_NAME} Owners`, description: 'Use this group to grant people full control permissions to the SharePoint site', members: [...SITE_OWNER_IDS] },
        { id: VISITORS_GROUP, title: `${SITE_NAME} Visitors`, description: 'Use this group to grant people read permissions to the SharePoint site', members: [MEMBERS_GROUP_ID, OBSERVER_ID] },
        { id: MEMBERS_GROUP, title: `${SITE_NAME} Members`, description: 'Use this group to grant people contribute permissions to the SharePoint site', members: [SITE_WRITERS_GROUP_ID] },
      ],
      // A new team site: owners Full Control, members Edit, visitors Read.
      scopes: {
        web: [
          { principalId: OWNERS_GROUP, roleDefinitionIds: [ROLE_ID.fullControl] },
          { principalId: VISITORS_GROUP, roleDefinitionIds: [ROLE_ID.read] },
          { principalId: MEMBERS_GROUP, roleDefinitionIds: [ROLE_ID.edit] },
        ],
      },
      versioning: {},
    }));
  }

  private save(): void {
    this.store.touch('security');
  }

  // --- permission levels
  /** The built-in permission levels and those the site added, in SharePoint's order. */
  roleDefinitions(): RoleDefinition[] {
    const deleted = new Set(this.doc.deletedRoles ?? []);
    return [...ROLE_DEFINITIONS.filter((r) => !deleted.has(r.id)), ...(this.doc.customRoles ?? [])];
  }

  /**
   * SP.RoleDefinition.deleteObject (Microsoft Learn: «unbinds and destroys the data of the role definition, deleting all
   * role assignment bindings for the definition»; refused for the Guest and Administrator types, Limited Access and Full
   * Control): the level goes, and every assignment's binding to it; an assignment left with no level goes too. Returns
   * 'missing' when there is no such level, 'refused' for those two.
   */
  deleteRoleDefinition(id: number): 'deleted' | 'missing' | 'refused' {
    const role = this.roleDefinition(id);
    if (!role) return 'missing';
    if (role.roleTypeKind === 1 || role.roleTypeKind === 5) return 'refused';
    if (ROLE_DEFINITIONS.some((r) => r.id === id)) (this.doc.deletedRoles ??= []).push(id);
    else this.doc.customRoles = (this.doc.customRoles ?? []).filter((r) => r.id !== id);
    for (const [key, assignments] of Object.entries(this.doc.scopes)) {
      this.doc.scopes[key] = assignments
        .map((a) => ({ ...a, roleDefinitionIds: a.roleDefinitionIds.filter((r) => r !== id) }))
        .filter((a) => a.roleDefinitionIds.length > 0);
    }
    this.save();
    return 'deleted';
  }

  roleDefinition(id: number): RoleDefinition | undefined {
    return this.roleDefinitions().find((r) => r.id === id);
  }

  /**
   * SP.RoleDefinitionCollection.add: a new permission level with the given BasePermissions (RoleTypeKind 0,
   * None); its name must be unique on the site. Returns undefined when the name is taken.
   */
  addRoleDefinition(input: { name: string; description: string; order: number; basePermissions: { High: string; Low: string } }): RoleDefinition | undefined {
    const custom = (this.doc.customRoles ??= []);
    if (this.roleDefinitions().some((r) => r.name.toLowerCase() === input.name.toLowerCase())) return undefined;
    const id = Math.max(FIRST_CUSTOM_ROLE_ID - 1, ...custom.map((r) => r.id)) + 1;
    const { name, description, order, basePermissions } = input;
    const role: RoleDefinition = { id, name, description, roleTypeKind: 0, order, hidden: false, rights: rightsOfMask(basePermissions), basePermissions };
    custom.push(role);
    this.save();
    return role;
  }

  // --- principals
  siteUsers(): SiteUserRecord[] {
    return this.doc.siteUsers;
  }

  siteGroups(): SiteGroupRecord[] {
    return this.doc.siteGroups;
  }

  siteGroup(id: number): SiteGroupRecord | undefined {
    return this.doc.siteGroups.find((g) => g.id === id);
  }

  siteUser(id: number): SiteUserRecord | undefined {
    return this.doc.siteUsers.find((u) => u.id === id);
  }

  /** Adds a user or an Entra group to the site's users (SharePoint's EnsureUser); the same one answers again. */
  ensurePrincipal(objectId: string, kind: 'user' | 'entraGroup'): SiteUserRecord {
    const existing = this.doc.siteUsers.find((u) => u.objectId === objectId);
    if (existing) return existing;
    const record: SiteUserRecord = { id: this.doc.nextPrincipalId++, objectId, kind };
    this.doc.siteUsers.push(record);
    this.save();
    return record;
  }

  /** Resolves a logon name: claims (`i:0#.f|membership|upn`, `c:0t.c|tenant|<group id>`), UPN or e-mail. */
  resolveLogonName(logonName: string): { objectId: string; kind: 'user' | 'entraGroup' } | undefined {
    const claims = /^i:0#\.f\|membership\|(.+)$/i.exec(logonName);
    const groupClaims = /^c:0t\.c\|tenant\|([0-9a-f-]{36})$/i.exec(logonName);
    if (groupClaims?.[1]) {
      const group = GROUPS.find((g) => g.id === groupClaims[1]?.toLowerCase());
      return group ? { objectId: group.id, kind: 'entraGroup' } : undefined;
    }
    const user = findUser(claims?.[1] ?? logonName);
    return user ? { objectId: user.id, kind: 'user' } : undefined;
  }

  /** Whether the principal (site user or site group) stands for this user. */
  contains(principalId: number, user: TenantUser): boolean {
    const group = this.siteGroup(principalId);
    if (group) return group.members.some((m) => this.objectContains(m, user));
    const siteUser = this.siteUser(principalId);
    return siteUser ? this.objectContains(siteUser.objectId, user) : false;
  }

  private objectContains(objectId: string, user: TenantUser): boolean {
    if (objectId === user.id) return true;
    return GROUPS.find((g) => g.id === objectId)?.memberIds.includes(user.id) ?? false;
  }

  // --- securable objects
  /** The key whose role assignments apply to the chain's object. */
  effectiveKey(chain: ScopeChain): string {
    for (const key of chain) if (this.doc.scopes[key] && !this.inheriting(key)) return key;
    return 'web';
  }

  hasUnique(key: string): boolean {
    return this.doc.scopes[key] !== undefined && !this.inheriting(key);
  }

  assignments(chain: ScopeChain): RoleAssignment[] {
    return this.doc.scopes[this.effectiveKey(chain)] ?? [];
  }

  rights(user: TenantUser, chain: ScopeChain): Set<Right> {
    const out = new Set<Right>();
    for (const assignment of this.assignments(chain)) {
      if (!this.contains(assignment.principalId, user)) continue;
      for (const roleId of assignment.roleDefinitionIds) this.roleDefinition(roleId)?.rights.forEach((r) => out.add(r));
    }
    return out;
  }

  can(user: TenantUser, chain: ScopeChain, right: Right): boolean {
    return this.rights(user, chain).has(right);
  }

  /**
   * Whether the user may open the object at all: any role on it, Limited Access included. Limited Access
   * carries Open and View Application Pages but not View Items, so a list the user holds only Limited
   * Access on can be reached (by name, and its items queried) while only the items the user may read
   * come back ("Limited Access does not grant any additional permissions to the user, so they can't see
   * or access any other content", Microsoft Learn, "Understanding permission levels in SharePoint").
   */
  mayOpen(user: TenantUser, chain: ScopeChain): boolean {
    return this.assignments(chain).some((assignment) => assignment.roleDefinitionIds.length > 0 && this.contains(assignment.principalId, user));
  }

  /**
   * SharePoint's BreakRoleInheritance: the object gets its own copy of the parent's assignments, or
   * (copyRoleAssignments=false) only the current user with Full Control. clearSubscopes makes the
   * objects below it inherit again. Breaking an object that already has unique assignments changes nothing.
   */
  breakInheritance(chain: ScopeChain, copy: boolean, subscopeKeys: readonly string[], user: TenantUser): void {
    const key = chain[0] ?? 'web';
    if (this.hasUnique(key)) {
      if (subscopeKeys.length) this.clear(subscopeKeys);
      return;
    }
    const parent = this.assignments(chain.slice(1));
    this.doc.scopes[key] = copy
      ? parent.map((a) => ({ principalId: a.principalId, roleDefinitionIds: [...a.roleDefinitionIds] }))
      : [{ principalId: this.ensurePrincipal(user.id, 'user').id, roleDefinitionIds: [ROLE_ID.fullControl] }];
    this.clear(subscopeKeys);
    this.save();
  }

  resetInheritance(key: string): void {
    if (key === 'web') return;
    delete this.doc.scopes[key];
    this.save();
  }

  /** Keys with unique assignments among `keys` (e.g. to find what clearSubscopes clears). */
  uniqueKeysWithPrefix(prefix: string): string[] {
    return Object.keys(this.doc.scopes).filter((k) => k.startsWith(prefix));
  }

  private clear(keys: readonly string[]): void {
    for (const k of keys) delete this.doc.scopes[k];
    this.save();
  }

  /**
   * Gives the principal a role on the chain's object (it must have unique role assignments). As
   * Microsoft Learn's "Understanding permission levels in SharePoint" says of Limited Access: "You cannot
   * assign Limited Access permissions directly to a user or group yourself. Instead, when you assign edit
   * or open permissions to the single item, SharePoint automatically assigns Limited Access to other
   * required locations, such as the site or library in which the single item is located." So Limited
   * Access is refused here, and a role on a list item (a file or folder too) adds Limited Access for the
   * principal on each object above it with unique role assignments (its folders, the list, the web) where
   * the principal has no access of its own.
   */
  addRoleAssignment(chain: ScopeChain, principalId: number, roleDefinitionId: number): SecurityError | undefined {
    const key = chain[0] ?? 'web';
    const assignments = this.doc.scopes[key];
    if (!assignments) return { kind: 'inherits' };
    if (!this.siteGroup(principalId) && !this.siteUser(principalId)) return { kind: 'principalNotFound' };
    if (!this.roleDefinition(roleDefinitionId)) return { kind: 'roleNotFound' };
    if (roleDefinitionId === ROLE_ID.limitedAccess) return { kind: 'limitedAccess' };
    this.bind(assignments, principalId, roleDefinitionId);
    if (key.startsWith('item:')) this.limitedAccessAbove(chain, principalId);
    this.save();
    return undefined;
  }

  private bind(assignments: RoleAssignment[], principalId: number, roleDefinitionId: number): void {
    const existing = assignments.find((a) => a.principalId === principalId);
    if (existing) {
      if (!existing.roleDefinitionIds.includes(roleDefinitionId)) existing.roleDefinitionIds.push(roleDefinitionId);
    } else {
      assignments.push({ principalId, roleDefinitionIds: [roleDefinitionId] });
    }
  }

  /** Limited Access for the principal on each unique scope above the chain's object where it has no role yet. */
  private limitedAccessAbove(chain: ScopeChain, principalId: number): void {
    const above = new Set(chain.slice(1).map((_, i) => this.effectiveKey(chain.slice(i + 1))));
    for (const scope of above) {
      const assignments = this.doc.scopes[scope];
      if (!assignments || this.principalReaches(assignments, principalId)) continue;
      this.bind(assignments, principalId, ROLE_ID.limitedAccess);
    }
  }

  /** Whether the principal already has a role there, itself or (a user) through a group or Entra group. */
  private principalReaches(assignments: readonly RoleAssignment[], principalId: number): boolean {
    if (assignments.some((a) => a.principalId === principalId && a.roleDefinitionIds.length > 0)) return true;
    const siteUser = this.siteUser(principalId);
    const user = siteUser?.kind === 'user' ? findUser(siteUser.objectId) : undefined;
    return user !== undefined && assignments.some((a) => a.roleDefinitionIds.length > 0 && this.contains(a.principalId, user));
  }

  /** Removes one binding (or, without a role, the principal's whole assignment). */
  removeRoleAssignment(key: string, principalId: number, roleDefinitionId?: number): SecurityError | undefined {
    const assignments = this.doc.scopes[key];
    if (!assignments) return { kind: 'inherits' };
    const existing = assignments.find((a) => a.principalId === principalId);
    if (existing) {
      existing.roleDefinitionIds = roleDefinitionId === undefined ? [] : existing.roleDefinitionIds.filter((r) => r !== roleDefinitionId);
      if (existing.roleDefinitionIds.length === 0) assignments.splice(assignments.indexOf(existing), 1);
      this.save();
    }
    return undefined;
  }

  // --- list settings
  versioning(listId: string, defaultEnabled: boolean): { enabled: boolean; majorVersionLimit: number } {
    if (this.switches?.versioningOff().has(listId)) return { enabled: false, majorVersionLimit: 0 };
    return this.doc.versioning[listId] ?? { enabled: defaultEnabled, majorVersionLimit: defaultEnabled ? 500 : 0 };
  }

  setVersioning(listId: string, settings: { enabled: boolean; majorVersionLimit: number }): void {
    this.doc.versioning[listId] = settings;
    this.save();
  }

  // --- how principals look in answers
  principalJson(principalId: number): Record<string, unknown> | undefined {
    const group = this.siteGroup(principalId);
    if (group) return { Id: group.id, IsHiddenInUI: false, LoginName: group.title, Title: group.title, PrincipalType: 8, Description: group.description, OwnerTitle: `${SITE_NAME} Owners` };
    const siteUser = this.siteUser(principalId);
    if (!siteUser) return undefined;
    if (siteUser.kind === 'entraGroup') {
      const entra = GROUPS.find((g) => g.id === siteUser.objectId);
      return { Id: siteUser.id, IsHiddenInUI: false, LoginName: `c:0t.c|tenant|${siteUser.objectId}`, Title: entra?.displayName ?? siteUser.objectId, PrincipalType: 4, Email: entra?.mail ?? '', IsSiteAdmin: false, UserId: null };
    }
    const user = findUser(siteUser.objectId);
    return {
      Id: siteUser.id,
      IsHiddenInUI: false,
      LoginName: `i:0#.f|membership|${(user?.userPrincipalName ?? siteUser.objectId).toLowerCase()}`,
      Title: user?.displayName ?? '',
      PrincipalType: 1,
      Email: user?.mail ?? '',
      IsSiteAdmin: false,
      UserPrincipalName: user?.userPrincipalName ?? null,
      UserId: { NameId: siteUser.objectId, NameIdIssuer: `urn:federation:microsoftonline:${TENANT_ID}` },
      IsShareByEmailGuestUser: false,
    };
  }
}
