// Permission levels a site adds (SP.RoleDefinitionCollection.add, Microsoft Learn: «To create a role definition,
// send a POST request to the RoleDefinitions endpoint»): BasePermissions, Name, Description, Order. A level with
// Read's mask lets its holder open a file as Read does and nothing more; only someone who manages the site's
// permissions may add one; names are unique and follow SP.RoleDefinition.name's rules; getbyname finds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { graph, passwordToken, send, type TenantResponse } from '../testing/tenantClient.js';
import { ROLE_DEFINITIONS, ROLE_ID, rightsOfMask } from './security.js';

let t: TempTenant;
const OWNER = 'kristin.liset@siv.example.no';
const MEMBER = 'per.christian.voss@siv.example.no';
const OBSERVER = 'observator@larvik.kommune.example.no';
const tokens: Record<string, { graph: string; sp: string }> = {};
const READ_MASK = ROLE_DEFINITIONS.find((r) => r.id === ROLE_ID.read)?.basePermissions ?? { High: '', Low: '' };

const g = (who: string, path: string, options: Parameters<typeof graph>[3] = {}): Promise<TenantResponse> => graph(t.tenant, tokens[who]?.graph ?? '', path, options);
const rest = (who: string, path: string, method = 'GET', body?: object): Promise<TenantResponse> =>
  send(t.tenant, `/sites/helsefellesskapet/_api/${path}`, { method, headers: { Authorization: `Bearer ${tokens[who]?.sp ?? ''}`, Accept: 'application/json;odata=nometadata' }, ...(body ? { body } : {}) });
const level = (name: string, mask = READ_MASK) => ({ BasePermissions: mask, Name: name, Description: 'Lesing', Order: 200 });

beforeAll(async () => {
  t = await startTempTenant();
  const host = new URL(t.tenant.url).origin;
  for (const upn of [OWNER, MEMBER, OBSERVER]) tokens[upn] = { graph: await passwordToken(t.tenant, upn, ['Sites.ReadWrite.All']), sp: await passwordToken(t.tenant, upn, [`${host}/AllSites.FullControl`]) };
}, 60_000);
afterAll(async () => t.dispose());

describe('permission levels added to the site', () => {
  it('the rights of a mask are those of the built-in level with that mask (Read: read and resolve users; Limited Access: resolve users only)', () => {
    expect(rightsOfMask(READ_MASK)).toEqual(['read', 'browseUserInfo']);
    expect(rightsOfMask(ROLE_DEFINITIONS.find((r) => r.id === ROLE_ID.limitedAccess)?.basePermissions ?? READ_MASK)).toEqual(['browseUserInfo']);
    expect(rightsOfMask(ROLE_DEFINITIONS.find((r) => r.id === ROLE_ID.fullControl)?.basePermissions ?? READ_MASK)).toContain('managePermissions');
  });

  it('only someone who manages the site\'s permissions adds one; it is listed, found by name, RoleTypeKind 0', async () => {
    expect((await rest(MEMBER, 'web/roledefinitions', 'POST', level('Møtebok lesing PU'))).status).toBe(403);
    const added = await rest(OWNER, 'web/roledefinitions', 'POST', level('Møtebok lesing PU'));
    expect(added.status).toBe(200);
    const role = added.json() as { Id: number; Name: string; RoleTypeKind: number; BasePermissions: { High: string; Low: string } };
    expect(role).toMatchObject({ Name: 'Møtebok lesing PU', RoleTypeKind: 0, BasePermissions: READ_MASK });
    expect(role.Id).toBeGreaterThan(ROLE_ID.edit);
    const listed = (await rest(MEMBER, 'web/roledefinitions')).json() as { value: Array<{ Id: number }> };
    expect(listed.value.map((r) => r.Id)).toContain(role.Id);
    expect(((await rest(MEMBER, `web/roledefinitions/getbyname('${encodeURIComponent('Møtebok lesing PU')}')`)).json() as { Id: number }).Id).toBe(role.Id);
    expect((await rest(MEMBER, `web/roledefinitions(${role.Id})`)).status).toBe(200);
  });

  it('refuses a name already used (any case), a name with a forbidden character and a missing mask', async () => {
    expect((await rest(OWNER, 'web/roledefinitions', 'POST', level('møtebok LESING pu'))).status).toBe(400);
    expect((await rest(OWNER, 'web/roledefinitions', 'POST', level('Møtebok: lesing'))).status).toBe(400);
    expect((await rest(OWNER, 'web/roledefinitions', 'POST', { Name: 'Uten maske' })).status).toBe(400);
  });

  it('a file shared with one person by such a level opens for her with her own token (302 to its download), as Read would, and she may not change it', async () => {
    const put = await g(OWNER, `/drives/${t.tenant.info.driveId}/root:/Lukket/notat.docx:/content`, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from('notat') });
    const id = (put.json() as { id: string }).id;
    const item = `web/GetFileByServerRelativeUrl('/sites/helsefellesskapet/Shared Documents/Lukket/notat.docx')/ListItemAllFields`;
    expect((await rest(OWNER, `${item}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)`, 'POST')).status).toBe(200);
    expect((await g(OBSERVER, `/drives/${t.tenant.info.driveId}/items/${id}/content`)).status).toBe(404);
    const role = ((await rest(OWNER, 'web/roledefinitions', 'POST', level('Møtebok lesing KS'))).json() as { Id: number }).Id;
    const observer = ((await rest(OWNER, 'web/ensureuser', 'POST', { logonName: OBSERVER })).json() as { Id: number }).Id;
    expect((await rest(OWNER, `${item}/roleassignments/addroleassignment(principalid=${observer},roledefid=${role})`, 'POST')).status).toBe(200);
    expect((await g(OBSERVER, `/drives/${t.tenant.info.driveId}/items/${id}/content`)).status).toBe(302);
    const overwrite = await g(OBSERVER, `/drives/${t.tenant.info.driveId}/items/${id}/content`, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from('nei') });
    expect(overwrite.status).toBe(403);
    const bindings = (await rest(OWNER, `${item}/roleassignments?$expand=RoleDefinitionBindings`)).json() as { value: Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Id: number; Name: string }> }> };
    expect(bindings.value.find((a) => a.PrincipalId === observer)?.RoleDefinitionBindings.map((b) => b.Name)).toEqual(['Møtebok lesing KS']);
    expect((await rest(OWNER, `${item}/roleassignments/removeroleassignment(principalid=${observer},roledefid=${role})`, 'POST')).status).toBe(200);
    expect((await g(OBSERVER, `/drives/${t.tenant.info.driveId}/items/${id}/content`)).status).toBe(404);
  });

  it('the site owner deletes one (deleteObject): it is gone with its bindings, so the file no longer opens through it; Full Control and Limited Access may not be deleted, nor by a member', async () => {
    const put = await g(OWNER, `/drives/${t.tenant.info.driveId}/root:/Lukket/vedlegg.pdf:/content`, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from('vedlegg') });
    const id = (put.json() as { id: string }).id;
    const item = `web/GetFileByServerRelativeUrl('/sites/helsefellesskapet/Shared Documents/Lukket/vedlegg.pdf')/ListItemAllFields`;
    expect((await rest(OWNER, `${item}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=false)`, 'POST')).status).toBe(200);
    const role = ((await rest(OWNER, 'web/roledefinitions', 'POST', level('Møtebok lesing FSK'))).json() as { Id: number }).Id;
    const observer = ((await rest(OWNER, 'web/ensureuser', 'POST', { logonName: OBSERVER })).json() as { Id: number }).Id;
    expect((await rest(OWNER, `${item}/roleassignments/addroleassignment(principalid=${observer},roledefid=${role})`, 'POST')).status).toBe(200);
    expect((await g(OBSERVER, `/drives/${t.tenant.info.driveId}/items/${id}/content`)).status).toBe(302);
    expect((await rest(MEMBER, `web/roledefinitions(${role})/deleteObject()`, 'POST')).status).toBe(403);
    expect((await rest(OWNER, `web/roledefinitions(${role})/deleteObject()`, 'POST')).status).toBe(200);
    expect((await rest(OWNER, `web/roledefinitions(${role})`)).status).toBe(404);
    expect((await rest(OWNER, `web/roledefinitions(${role})/deleteObject()`, 'POST')).status).toBe(404);
    const bindings = (await rest(OWNER, `${item}/roleassignments?$expand=RoleDefinitionBindings`)).json() as { value: Array<{ PrincipalId: number }> };
    expect(bindings.value.map((a) => a.PrincipalId)).not.toContain(observer);
    expect((await g(OBSERVER, `/drives/${t.tenant.info.driveId}/items/${id}/content`)).status).toBe(404);
    // The name is free again.
    expect((await rest(OWNER, 'web/roledefinitions', 'POST', level('Møtebok lesing FSK'))).status).toBe(200);
    expect((await rest(OWNER, `web/roledefinitions(${ROLE_ID.fullControl})/deleteObject()`, 'POST')).status).toBe(400);
    expect((await rest(OWNER, `web/roledefinitions(${ROLE_ID.limitedAccess})/deleteObject()`, 'POST')).status).toBe(400);
  });
});
