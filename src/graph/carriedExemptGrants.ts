import * as v from 'valibot';
import { carriedExemptFiles, type CarriedExemptFile } from '../domain/carriedExemptFiles';
import { DomainError } from '../domain/errors';
import type { MeetingFile } from '../domain/model';
import { StorageError } from '../domain/ports';
import { restString } from './sharePointRest';
import type { SitePermissionDeps } from './sitePermissions';
import { ItemInfoSchema, principals, roleIds } from './sharePointRoles';
import { lazySchema } from '../domain/lazySchema';

const PrincipalIdsSchema = lazySchema(() => v.object({ value: v.array(v.looseObject({ PrincipalId: v.number() })) }));

/**
 * A sak taken from an earlier body links that body's exempt vedlegg and saksframlegg where they lie: in its sak's closed
 * folder, which only the earlier body's entitled people may open (exemptFilePermissions.ts). The send of this meeting's
 * innkalling, before anything leaves (`protectExempt`), gives this meeting's invitees entitled to the sak Read on each file,
 * adding to what is there and taking nobody away: the file stays the earlier body's, and its people keep their access. A
 * file that still inherits its folder's permissions gets its own, copied from the folder first.
 *
 * Giving access there needs the right to manage the file's permissions, which the earlier body's secretariat has and another
 * body's may not. A file the signed-in secretary may not change (or cannot see at all) stops the send with its name and body
 * (`exempt.carriedNotGranted`), before anything is sent: the members would otherwise get a saksliste whose documents they
 * cannot open. A judgement: the secretary can ask the earlier body's secretariat to grant, or to send.
 *
 * Left as it is: the earlier body's own later send of its meeting sets that file's permissions to its people again
 * (`permissionWriter` removes the others); this meeting's next send (an update) grants again.
 */
export async function grantCarriedExemptFiles(deps: Pick<SitePermissionDeps, 'rest'>, file: MeetingFile): Promise<void> {
  const carried = carriedExemptFiles(file);
  if (carried.length === 0) return;
  const roleId = await roleIds(deps.rest);
  const principalOf = principals(deps.rest);
  const refused: CarriedExemptFile[] = [];
  for (const entry of carried) {
    const path = `web/GetFileByServerRelativeUrl(${restString(decodeURIComponent(new URL(entry.ref.webUrl).pathname))})/ListItemAllFields`;
    try {
      const info = await deps.rest.get(`${path}?$select=HasUniqueRoleAssignments`, ItemInfoSchema());
      if (!info.HasUniqueRoleAssignments) await deps.rest.post(`${path}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=false)`);
      const present = new Set((await deps.rest.get(`${path}/roleassignments`, PrincipalIdsSchema())).value.map((assignment) => assignment.PrincipalId));
      for (const invitee of entry.allowed) {
        const principal = await principalOf(invitee.address);
        if (principal === undefined) throw new DomainError('exemptContentExposed', { key: 'exempt.unknownUser', values: { email: invitee.address } });
        if (!present.has(principal)) await deps.rest.post(`${path}/roleassignments/addroleassignment(principalid=${principal},roledefid=${roleId('read')})`);
        present.add(principal);
      }
    } catch (error) {
      if (!(error instanceof StorageError) || (error.kind !== 'forbidden' && error.kind !== 'notFound')) throw error;
      refused.push(entry);
    }
  }
  if (refused.length > 0) {
    const files = refused.map((entry) => `«${entry.ref.fileName}»`).join(', ');
    const bodies = [...new Set(refused.map((entry) => entry.body))].join(', ');
    throw new DomainError('exemptContentExposed', { key: 'exempt.carriedNotGranted', values: { files, body: bodies } });
  }
}
