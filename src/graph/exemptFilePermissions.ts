import { z } from 'zod';
import { committeeAccess } from '../domain/committeeAccess';
import { exemptFiles } from '../domain/confidentialityAudience';
import type { MeetingFile } from '../domain/model';
import { graphCall } from './graphCall';
import { restString } from './sharePointRest';
import type { SitePermissionDeps } from './sitePermissions';

/**
 * Exempt vedlegg get unique permissions: only the secretariat (Full Control) and the invitees
 * entitled to the sak (Read), everyone else removed. Graph v1.0 cannot stop a file inheriting its
 * folder's permissions, so this goes through SharePoint REST on the file's list item
 * (breakroleinheritance, addroleassignment, removeroleassignment), as `sitePermissions.ts` does for
 * folders. The notice sender calls it before `checkExemptPermissions` reads the result back
 * through Graph.
 */

const RoleDefinitionsSchema = z.object({ value: z.array(z.object({ Id: z.number(), RoleTypeKind: z.number() }).loose()) });
const ItemInfoSchema = z.object({ HasUniqueRoleAssignments: z.boolean() }).loose();
const PrincipalSchema = z.object({ Id: z.number(), Email: z.string().nullable().optional(), LoginName: z.string() }).loose();
const AssignmentsSchema = z.object({ value: z.array(z.object({ PrincipalId: z.number(), RoleDefinitionBindings: z.array(z.object({ Id: z.number() }).loose()) }).loose()) });
const DriveItemUrlSchema = z.object({ webUrl: z.string() }).loose();

const READER = 2;
const ADMINISTRATOR = 5;

export async function protectExemptFiles(deps: SitePermissionDeps, file: MeetingFile): Promise<void> {
  const stored = exemptFiles(file).filter((entry) => entry.attachment.driveItemId !== undefined);
  if (stored.length === 0) return;
  const roles = (await deps.rest.get('web/roledefinitions', RoleDefinitionsSchema)).value;
  const roleId = (kind: number): number => {
    const role = roles.find((r) => r.RoleTypeKind === kind);
    if (!role) throw new Error('SharePoint-området mangler tillatelsesnivået Lese eller Full kontroll.');
    return role.Id;
  };
  const me = await deps.rest.get('web/currentuser', PrincipalSchema);
  const principals = new Map<string, number>();
  const principalFor = async (email: string): Promise<number> => {
    const known = principals.get(email.toLowerCase());
    if (known !== undefined) return known;
    const ensured = PrincipalSchema.parse(await deps.rest.post('web/ensureuser', { logonName: email }));
    principals.set(email.toLowerCase(), ensured.Id);
    return ensured.Id;
  };
  const managers = committeeAccess(file.committee).filter((entry) => entry.level === 'manage').flatMap((entry) => (entry.person.email ? [entry.person.email] : []));
  for (const entry of stored) {
    const item = await graphCall(DriveItemUrlSchema, () => deps.graph.api(`/sites/${deps.siteId}/drive/items/${entry.attachment.driveItemId ?? ''}`).select('webUrl').get());
    const path = `web/GetFileByServerRelativeUrl(${restString(decodeURIComponent(new URL(item.webUrl).pathname))})/ListItemAllFields`;
    const info = await deps.rest.get(`${path}?$select=HasUniqueRoleAssignments`, ItemInfoSchema);
    if (!info.HasUniqueRoleAssignments) await deps.rest.post(`${path}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`);
    const wanted = new Map<number, number>();
    // The caller keeps Full Control while working (and after: only the secretariat sends).
    wanted.set(me.Id, roleId(ADMINISTRATOR));
    for (const email of managers) wanted.set(await principalFor(email), roleId(ADMINISTRATOR));
    for (const invitee of entry.allowed) {
      const id = await principalFor(invitee.address);
      if (!wanted.has(id)) wanted.set(id, roleId(READER));
    }
    const actual = (await deps.rest.get(`${path}/roleassignments?$expand=RoleDefinitionBindings`, AssignmentsSchema)).value;
    for (const [principal, role] of wanted) {
      const has = actual.find((assignment) => assignment.PrincipalId === principal);
      if (!has?.RoleDefinitionBindings.some((binding) => binding.Id === role)) await deps.rest.post(`${path}/roleassignments/addroleassignment(principalid=${principal},roledefid=${role})`);
    }
    for (const assignment of actual) {
      for (const binding of assignment.RoleDefinitionBindings) {
        if (wanted.get(assignment.PrincipalId) !== binding.Id) await deps.rest.post(`${path}/roleassignments/removeroleassignment(principalid=${assignment.PrincipalId},roledefid=${binding.Id})`);
      }
    }
  }
}
