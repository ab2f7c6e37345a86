import * as v from 'valibot';
import type { AccessLevel } from '../domain/committeeAccess';
import { StorageError } from '../domain/ports';
import type { SharePointRest } from './sharePointRest';
import { lazySchema } from '../domain/lazySchema';

/**
 * SharePoint REST's role vocabulary, shared by the permission check and repair (`sitePermissions.ts`)
 * and the freeze of an approved meeting (`meetingFreeze.ts`): role assignments as REST answers them,
 * permission levels by RoleTypeKind, and site users by e-mail (`ensureuser`), each asked once per run.
 */

export const RoleAssignmentSchema = lazySchema(() => v.looseObject({
  PrincipalId: v.number(),
  Member: v.looseObject({ Id: v.number(), Title: v.string(), LoginName: v.string(), Email: v.optional(v.nullable(v.string())), PrincipalType: v.number() }),
  RoleDefinitionBindings: v.array(v.looseObject({ Id: v.number(), Name: v.string(), RoleTypeKind: v.number() })),
}));
/** RoleTypeKind of Limited Access (SharePoint's "Guest" role type). */
const LIMITED_ACCESS_KIND = 1;

/**
 * Role assignments without their Limited Access bindings (and without those left with none). SharePoint
 * gives Limited Access by itself on the list, folder or site above an item shared with someone who has no
 * access there, and it grants nothing by itself (Microsoft Learn, "Understanding permission levels in
 * SharePoint"); nobody can assign it. So it is neither access to compare with what Møtebok wants nor
 * something to remove: removing it from a list would cut that person off from the rows they were given.
 */
export function withoutLimitedAccess<T extends { RoleDefinitionBindings: Array<{ RoleTypeKind?: number | undefined }> }>(assignments: readonly T[]): T[] {
  return assignments
    .map((assignment) => ({
      ...assignment,
      RoleDefinitionBindings: assignment.RoleDefinitionBindings.filter((binding) => binding.RoleTypeKind !== LIMITED_ACCESS_KIND),
    }))
    .filter((assignment) => assignment.RoleDefinitionBindings.length > 0);
}

/** A securable object's role assignments as REST answers them, Limited Access left out (`withoutLimitedAccess`). */
export const RoleAssignmentListSchema = lazySchema(() => v.pipe(v.array(RoleAssignmentSchema()), v.transform(withoutLimitedAccess)));
export const RoleAssignmentsSchema = lazySchema(() => v.object({ value: RoleAssignmentListSchema() }));
export type Assignment = v.InferOutput<ReturnType<typeof RoleAssignmentSchema>>;
export const ItemInfoSchema = lazySchema(() => v.looseObject({ HasUniqueRoleAssignments: v.boolean() }));
export const PrincipalSchema = lazySchema(() => v.looseObject({ Id: v.number(), Email: v.optional(v.nullable(v.string())), LoginName: v.string() }));
const RoleDefinitionsSchema = lazySchema(() =>
  v.object({
    value: v.array(
      v.looseObject({
        Id: v.number(),
        RoleTypeKind: v.number(),
        Name: v.optional(v.string()),
        BasePermissions: v.optional(v.looseObject({ High: v.string(), Low: v.string() })),
      }),
    ),
  }),
);
const RoleDefinitionSchema = lazySchema(() => v.looseObject({ Id: v.number() }));

/** The `$expand` that gives each role assignment its member and permission levels. */
export const EXPAND_ASSIGNMENTS = 'Member,RoleDefinitionBindings';

/** SharePoint's RoleTypeKind for each Møtebok level: Administrator (Full Control), Contributor, Reader. */
const ROLE_KIND: Record<AccessLevel, number> = { manage: 5, write: 3, read: 2 };
/** How much each RoleTypeKind allows, to compare with what is wanted (Editor and WebDesigner are more than Contributor). */
const KIND_RANK: Record<number, number> = { 2: 1, 3: 2, 4: 2.5, 6: 2.5, 5: 3 };

export function rankOf(assignment: Pick<Assignment, 'RoleDefinitionBindings'>): number {
  return Math.max(0, ...assignment.RoleDefinitionBindings.map((b) => KIND_RANK[b.RoleTypeKind] ?? 0));
}

/**
 * The site's permission level id for a Møtebok level (one request, then remembered). A site without
 * that built-in level (removed by hand) is `permissionLevelMissing`, worded by the screens.
 */
export async function roleIds(rest: SharePointRest): Promise<(level: AccessLevel) => number> {
  return (await siteRoles(rest)).id;
}

/**
 * The permission level a later body's send gives its entitled invitees on the exempt files of a sak it took from an
 * earlier body (carriedExemptGrants.ts), one per later body, so that whose grant it is can be seen on the file: the
 * earlier body's own send leaves such grants alone (exemptFilePermissions.ts `permissionWriter`), and the later body's
 * send takes back only its own. Read's rights exactly; a name without SharePoint's forbidden characters.
 */
export const CARRIED_ROLE_PREFIX = 'Møtebok hentet sak ';
export const carriedRoleName = (committeeId: string): string => `${CARRIED_ROLE_PREFIX}${committeeId.replace(/[/\\[\]:|<>+=;,?*'"@]/g, '-')}`.slice(0, 255);

/** The description a later body's level is made with, wherever it is made (the body's send, «Klargjør», «Rett tilgangene»). */
export const carriedRoleDescription = (committeeName: string): string => `Møtebok: ${committeeName} leser unntatte dokumenter i saker tatt fra et annet utvalg`.slice(0, 512);

/**
 * A later body's level as the site has it: its id, `missing`, or `otherRights` — a level of that name whose rights are not
 * Read's exactly (changed or made by hand), which is never used: grants through it would give more, or other, than Read.
 */
export type CarriedLevel = number | 'missing' | 'otherRights';

/** `roleIds` with the levels a later body's send gives (`carriedRoleName`): the same one request. */
export async function siteRoles(rest: SharePointRest): Promise<{
  id: (level: AccessLevel) => number;
  /** Ids of the levels a later body's send gives: named so and with Read's rights, never more. */
  carried: ReadonlySet<number>;
  /** This later body's level, as read (no request). */
  carriedLevel: (committeeId: string) => CarriedLevel;
  /**
   * The level of this later body, made when missing (`POST web/roledefinitions`, needs Manage Permissions on the site: 403
   * otherwise). A level of that name with other rights is a `conflict`, never used.
   */
  carriedFor: (committeeId: string, committeeName: string) => Promise<number>;
}> {
  const roles = (await rest.get('web/roledefinitions', RoleDefinitionsSchema())).value;
  const id = (level: AccessLevel): number => {
    const role = roles.find((r) => r.RoleTypeKind === ROLE_KIND[level]);
    if (!role) throw new StorageError('permissionLevelMissing', `no permission level of RoleTypeKind ${ROLE_KIND[level]} (for ${level}) in web/roledefinitions`);
    return role.Id;
  };
  const readMask = roles.find((r) => r.RoleTypeKind === ROLE_KIND.read)?.BasePermissions;
  const sameMask = (mask: { High: string; Low: string } | undefined): boolean =>
    mask !== undefined && readMask !== undefined && mask.High === readMask.High && mask.Low === readMask.Low;
  const carriedRoles = roles.filter((r) => r.Name?.startsWith(CARRIED_ROLE_PREFIX) === true && sameMask(r.BasePermissions));
  // SharePoint's level names are unique without regard to case (a second «møtebok hentet sak ks» is refused).
  const carriedLevel = (committeeId: string): CarriedLevel => {
    const name = carriedRoleName(committeeId).toLowerCase();
    const known = carriedRoles.find((r) => r.Name?.toLowerCase() === name);
    if (known) return known.Id;
    return roles.some((r) => r.Name?.toLowerCase() === name) ? 'otherRights' : 'missing';
  };
  return {
    id,
    carried: new Set(carriedRoles.map((r) => r.Id)),
    carriedLevel,
    async carriedFor(committeeId, committeeName) {
      const level = carriedLevel(committeeId);
      if (typeof level === 'number') return level;
      const name = carriedRoleName(committeeId);
      if (level === 'otherRights') throw new StorageError('conflict', `the permission level «${name}» has other rights than Read: not used`);
      if (readMask === undefined) throw new StorageError('permissionLevelMissing', 'no Read permission level in web/roledefinitions');
      const made = v.parse(RoleDefinitionSchema(), await rest.post('web/roledefinitions', { BasePermissions: readMask, Name: name, Description: carriedRoleDescription(committeeName), Order: 300 }));
      const role = { Id: made.Id, RoleTypeKind: 0, Name: name, BasePermissions: readMask };
      carriedRoles.push(role);
      roles.push(role);
      return made.Id;
    },
  };
}

/** A site user's principal id by e-mail (`web/ensureuser`, once per address); undefined for an address SharePoint does not know. */
export function principals(rest: SharePointRest): (email: string) => Promise<number | undefined> {
  const known = new Map<string, number>();
  return async (email) => {
    const key = email.toLowerCase();
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    try {
      const ensured = v.parse(PrincipalSchema(), await rest.post('web/ensureuser', { logonName: email }));
      known.set(key, ensured.Id);
      return ensured.Id;
    } catch (error) {
      if (error instanceof StorageError && error.kind === 'notFound') return undefined;
      throw error;
    }
  };
}
