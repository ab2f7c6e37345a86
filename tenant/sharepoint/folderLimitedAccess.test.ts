// Limited Access in the document library, as SharePoint Online gives it: a principal granted a role on
// one folder only (the closed «Unntatt offentlighet» folder of a sak) gets Limited Access on each object
// above it with unique permissions where it had no role (Microsoft Learn, «Understanding permission
// levels in SharePoint»: "when you assign edit or open permissions to the single item, SharePoint
// automatically assigns Limited Access to other required locations, such as the site or library in
// which the single item is located"), and Limited Access "does not grant any additional permissions to
// the user, so they can't see or access any other content". So the person reads the folder and what is
// in it, reaches it by its path, resolves users (BrowseUserInfo), and reads nothing else up the tree.
// Own tenant: the Visitors group's Read is taken off the site, so the observer holds no role anywhere first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { graph, passwordToken, send, type TenantResponse } from '../testing/tenantClient.js';
import { ROLE_ID, VISITORS_GROUP } from './security.js';

let t: TempTenant;
const OWNER = 'kristin.liset@siv.example.no';
const OBSERVER = 'observator@larvik.kommune.example.no';
const tokens: Record<string, { graph: string; sp: string }> = {};
const ids: Record<string, string> = {};
let drive: string;

const g = (who: string, path: string, options: Parameters<typeof graph>[3] = {}): Promise<TenantResponse> => graph(t.tenant, tokens[who]?.graph ?? '', path, options);
const rest = (who: string, path: string, method = 'GET', body?: object): Promise<TenantResponse> =>
  send(t.tenant, `/sites/helsefellesskapet/_api/${path}`, { method, headers: { Authorization: `Bearer ${tokens[who]?.sp ?? ''}`, Accept: 'application/json;odata=nometadata' }, ...(body ? { body } : {}) });
const folderItem = (path: string): string => `web/getfolderbyserverrelativeurl('/sites/helsefellesskapet/Shared Documents/${path}')/ListItemAllFields`;
type Assignment = { PrincipalId: number; RoleDefinitionBindings: Array<{ Name: string }> };
const rolesOf = async (path: string, principalId: number): Promise<string[]> => {
  const res = await rest(OWNER, `${path}/roleassignments?$expand=RoleDefinitionBindings`);
  expect(res.status).toBe(200);
  return ((res.json() as { value: Assignment[] }).value.find((a) => a.PrincipalId === principalId)?.RoleDefinitionBindings ?? []).map((b) => b.Name);
};

beforeAll(async () => {
  t = await startTempTenant();
  drive = `/drives/${t.tenant.info.driveId}`;
  const host = new URL(t.tenant.url).origin;
  for (const upn of [OWNER, OBSERVER]) tokens[upn] = { graph: await passwordToken(t.tenant, upn, ['Sites.ReadWrite.All']), sp: await passwordToken(t.tenant, upn, [`${host}/AllSites.FullControl`]) };
  // The committee's folder, a meeting folder in it, and the sak's closed folder; a file in each of the last two.
  const mkdir = async (parent: string, name: string) => {
    const res = await g(OWNER, parent === 'root' ? `${drive}/root/children` : `${drive}/items/${parent}/children`, { method: 'POST', body: { name, folder: {} } });
    expect(res.status).toBe(201);
    return String((res.json() as { id: string }).id);
  };
  const put = async (parent: string, name: string) => {
    const res = await g(OWNER, parent === 'root' ? `${drive}/root:/${name}:/content` : `${drive}/items/${parent}:/${name}:/content`, { method: 'PUT', body: 'innhold', headers: { 'Content-Type': 'text/plain' } });
    expect(res.status).toBe(201);
    return String((res.json() as { id: string }).id);
  };
  ids.committee = await mkdir('root', 'PM');
  ids.meeting = await mkdir(ids.committee, '2026-03-05');
  ids.closed = await mkdir(ids.meeting, 'Unntatt offentlighet');
  ids.openFile = await put(ids.meeting, 'Saksliste.txt');
  ids.closedFile = await put(ids.closed, 'Vedlegg 1.txt');
  ids.rootFile = await put('root', 'Annet.txt');
}, 60_000);
afterAll(async () => t.dispose());

describe('a principal granted only on a closed folder in the library', () => {
  let observerId: number;

  beforeAll(async () => {
    // Nobody reads the site but its owners and members: the observer, a guest, had Read only through Visitors.
    expect((await rest(OWNER, `web/roleassignments/removeroleassignment(principalid=${VISITORS_GROUP},roledefid=${ROLE_ID.read})`, 'POST')).status).toBe(200);
    observerId = (((await rest(OWNER, 'web/ensureuser', 'POST', { logonName: OBSERVER })).json()) as { Id: number }).Id;
    // The committee's folder is closed to its own people (copy=false: only the owner); the sak's folder too, and the observer gets Read on it.
    expect((await rest(OWNER, `${folderItem('PM')}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, 'POST')).status).toBe(200);
    expect((await rest(OWNER, `${folderItem('PM/2026-03-05/Unntatt offentlighet')}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, 'POST')).status).toBe(200);
    expect((await rest(OWNER, `${folderItem('PM/2026-03-05/Unntatt offentlighet')}/roleassignments/addroleassignment(principalid=${observerId},roledefid=${ROLE_ID.read})`, 'POST')).status).toBe(200);
  }, 60_000);

  it('is given Limited Access where it had no role above it: the closed committee folder and the site, not the folder it inherits from', async () => {
    expect(await rolesOf(folderItem('PM/2026-03-05/Unntatt offentlighet'), observerId)).toEqual(['Read']);
    expect(await rolesOf(folderItem('PM'), observerId)).toEqual(['Limited Access']);
    expect(await rolesOf('web', observerId)).toEqual(['Limited Access']);
    // The meeting folder inherits from the committee folder: it has no assignments of its own to carry one.
    expect(((await rest(OWNER, `${folderItem('PM/2026-03-05')}/HasUniqueRoleAssignments`)).json() as { value: boolean }).value).toBe(false);
  });

  it('reads the folder and its file, by id and by path', async () => {
    expect((await g(OBSERVER, `${drive}/items/${ids.closed}`)).status).toBe(200);
    expect((await g(OBSERVER, `${drive}/items/${ids.closedFile}`)).status).toBe(200);
    expect((await g(OBSERVER, `${drive}/root:/PM/2026-03-05/Unntatt offentlighet/Vedlegg 1.txt`)).status).toBe(200);
    const children = (await g(OBSERVER, `${drive}/items/${ids.closed}/children`)).json() as { value: Array<{ name: string }> };
    expect(children.value.map((c) => c.name)).toEqual(['Vedlegg 1.txt']);
  });

  it('reads nothing up the tree: the meeting and committee folders, their other files and the library\'s are not there for it (404)', async () => {
    for (const id of [ids.meeting, ids.committee, ids.openFile, ids.rootFile]) expect((await g(OBSERVER, `${drive}/items/${id ?? ''}`)).status).toBe(404);
    expect((await g(OBSERVER, `${drive}/root:/PM/2026-03-05/Saksliste.txt`)).status).toBe(404);
  });

  it('holds BrowseUserInfo on the site through Limited Access (ensureuser answers), but not Read (the site\'s lists are not its to list)', async () => {
    expect((await rest(OBSERVER, 'web/ensureuser', 'POST', { logonName: OWNER })).status).toBe(200);
    expect((await rest(OBSERVER, 'web/roleassignments')).status).toBe(403);
    const web = await rest(OBSERVER, 'web/EffectiveBasePermissions');
    expect(web.status).toBe(200);
    expect(Number((web.json() as { Low: string }).Low) & 0x1).toBe(0); // ViewListItems (PermissionKind 1) is not in Limited Access
  });
});
