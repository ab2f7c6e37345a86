import * as v from 'valibot';
import { carriedExemptFiles, type CarriedExemptFile } from '../domain/carriedExemptFiles';
import { DomainError } from '../domain/errors';
import type { MeetingFile } from '../domain/model';
import { StorageError } from '../domain/ports';
import { restString } from './sharePointRest';
import type { SitePermissionDeps } from './sitePermissions';
import { ItemInfoSchema, principals, siteRoles } from './sharePointRoles';
import { lazySchema } from '../domain/lazySchema';

const BindingsSchema = lazySchema(() =>
  v.object({ value: v.array(v.looseObject({ PrincipalId: v.number(), RoleDefinitionBindings: v.array(v.looseObject({ Id: v.number() })) })) }),
);

/**
 * A sak taken from an earlier body links that body's exempt vedlegg and saksframlegg where they lie: in its sak's closed
 * folder, which only the earlier body's entitled people may open (exemptFilePermissions.ts). The send of this meeting's
 * innkalling, before anything leaves (`protectExempt`), gives this meeting's invitees entitled to the sak Read on each file,
 * adding to what is there and taking away only this body's own earlier grants: the file stays the earlier body's, and its
 * people keep their access. A file linked by more than one sak of the meeting is opened to those entitled to any of them. A
 * file that still inherits its folder's permissions gets its own, copied from the folder first.
 *
 * Giving access there needs the right to manage the file's permissions, which the earlier body's secretariat has and another
 * body's may not. A file the signed-in secretary may not change (or cannot see at all) stops the send with its name and body
 * (`exempt.carriedNotGranted`), before anything is sent: the members would otherwise get a saksliste whose documents they
 * cannot open. A judgement: the secretary can ask the earlier body's secretariat to grant, or to send.
 *
 * Whose grant it is shows on the file: this body's invitees get Read through a permission level of this body's own
 * (sharePointRoles.ts `carriedRoleName`, Read's rights exactly, made on the body's first such send), not the built-in
 * Read. So the earlier body's own later sends leave these grants alone (exemptFilePermissions.ts `permissionWriter` removes
 * only what is not its own people's or a later body's), and a person removed from the earlier body loses its Read but keeps
 * this body's while this body entitles her. This send takes back its own level from whoever it no longer entitles (left
 * this body, a vara no longer called in) and touches nothing else. Making the level needs Manage Permissions on the site:
 * the site owner's «Klargjør SharePoint-området», «Opprett møteorganet» and «Rett tilgangene» make every body's
 * (sitePermissions.ts `repairPermissions`), and the start-up check names a body's missing level when it has such a sak
 * (`levelMissing`). A secretary who may not make it (403), or a level of that name with other rights, grants the built-in
 * Read as before, which the earlier body's next send takes away again until the level exists. Returns the ids of the saker
 * whose files got the built-in Read (none when granted through the level), which the send keeps on its notice
 * (`SentNotice.carriedBuiltInRead`) so the secretary is told after the send too.
 */
export async function grantCarriedExemptFiles(deps: Pick<SitePermissionDeps, 'rest'>, file: MeetingFile): Promise<string[]> {
  const carried = carriedExemptFiles(file);
  if (carried.length === 0) return [];
  const roles = await siteRoles(deps.rest);
  // Made here only when missing and the secretary may (the site owner's «Klargjør»/«Rett tilgangene» make it for every body);
  // refused (403), or a level of that name with other rights (never used): the built-in Read, as the check warned.
  const role = await roles.carriedFor(file.committee.id, file.committee.name).catch((error: unknown) => {
    if (error instanceof StorageError && (error.kind === 'forbidden' || error.kind === 'conflict')) return undefined;
    throw error;
  });
  const principalOf = principals(deps.rest);
  const refused: CarriedExemptFile[] = [];
  const byFile = new Map<string, CarriedExemptFile>();
  for (const entry of carried) {
    const known = byFile.get(entry.ref.webUrl);
    byFile.set(entry.ref.webUrl, known === undefined ? entry : { ...known, allowed: [...known.allowed, ...entry.allowed] });
  }
  for (const entry of byFile.values()) {
    const path = `web/GetFileByServerRelativeUrl(${restString(decodeURIComponent(new URL(entry.ref.webUrl).pathname))})/ListItemAllFields`;
    try {
      const info = await deps.rest.get(`${path}?$select=HasUniqueRoleAssignments`, ItemInfoSchema());
      if (!info.HasUniqueRoleAssignments) await deps.rest.post(`${path}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=false)`);
      const assignments = (await deps.rest.get(`${path}/roleassignments?$expand=RoleDefinitionBindings`, BindingsSchema())).value;
      const grantedBy = (roleId: number) => new Set(assignments.filter((a) => a.RoleDefinitionBindings.some((b) => b.Id === roleId)).map((a) => a.PrincipalId));
      // Without this body's own level (the secretary may not make it): anyone already there is left as they are.
      const present = role === undefined ? new Set(assignments.map((a) => a.PrincipalId)) : grantedBy(role);
      const grant = role ?? roles.id('read');
      const entitled = new Set<number>();
      for (const invitee of entry.allowed) {
        const principal = await principalOf(invitee.address);
        if (principal === undefined) throw new DomainError('exemptContentExposed', { key: 'exempt.unknownUser', values: { email: invitee.address } });
        entitled.add(principal);
        if (!present.has(principal)) await deps.rest.post(`${path}/roleassignments/addroleassignment(principalid=${principal},roledefid=${grant})`);
        present.add(principal);
      }
      if (role !== undefined) {
        for (const principal of grantedBy(role)) {
          if (!entitled.has(principal)) await deps.rest.post(`${path}/roleassignments/removeroleassignment(principalid=${principal},roledefid=${role})`);
        }
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
  return role === undefined ? [...new Set(carried.map((entry) => entry.item.id))] : [];
}
