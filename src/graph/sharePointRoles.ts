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
const RoleDefinitionsSchema = lazySchema(() => v.object({ value: v.array(v.looseObject({ Id: v.number(), RoleTypeKind: v.number() })) }));

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
  const roles = (await rest.get('web/roledefinitions', RoleDefinitionsSchema())).value;
  return (level) => {
    const role = roles.find((r) => r.RoleTypeKind === ROLE_KIND[level]);
    if (!role) throw new StorageError('permissionLevelMissing', `no permission level of RoleTypeKind ${ROLE_KIND[level]} (for ${level}) in web/roledefinitions`);
    return role.Id;
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
