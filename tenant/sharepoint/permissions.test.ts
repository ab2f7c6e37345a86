// SharePoint permissions in the local tenant: the site's default role assignments, the REST subset
// that gives lists and folders unique permissions, and Graph enforcing them on every read and write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { checkedGraph } from '../testing/checkedGraph.js';
import { passwordToken, send, type TenantResponse } from '../testing/tenantClient.js';
import { ROLE_ID } from './security.js';

let t: TempTenant;
let site: string;
let drive: string;
let spHost: string;
const GRAPH = ['Sites.Manage.All', 'Files.ReadWrite.All'];
const tokens: Record<string, { graph: string; sp: string }> = {};
const UPN = {
  owner: 'kristin.liset@siv.example.no',
  referent: 'hilde.kari.maugesten@siv.example.no',
  employee: 'annen.ansatt@siv.example.no',
  member: 'per.christian.voss@siv.example.no',
  guest: 'tobias.solli.iveland@sandefjord.kommune.example.no',
  observer: 'observator@larvik.kommune.example.no',
};
type Who = keyof typeof UPN;

const g = (who: Who, path: string, options: Parameters<typeof checkedGraph>[3] = {}): Promise<TenantResponse> => checkedGraph(t.tenant, tokens[who]?.graph ?? '', path, options);
const rest = (who: Who, path: string, method = 'GET', body?: object, headers: Record<string, string> = {}): Promise<TenantResponse> =>
  send(t.tenant, `/sites/helsefellesskapet/_api/${path}`, { method, headers: { Authorization: `Bearer ${tokens[who]?.sp ?? ''}`, Accept: 'application/json;odata=nometadata', ...headers }, ...(body ? { body } : {}) });
const ensure = async (who: Who, logonName: string): Promise<number> => ((await rest(who, 'web/ensureuser', 'POST', { logonName })).json() as { Id: number }).Id;

beforeAll(async () => {
  t = await startTempTenant();
  site = encodeURIComponent(t.tenant.info.siteId);
  drive = t.tenant.info.driveId;
  spHost = new URL(t.tenant.url).origin;
  for (const [who, upn] of Object.entries(UPN)) {
    tokens[who] = { graph: await passwordToken(t.tenant, upn, GRAPH), sp: await passwordToken(t.tenant, upn, [`${spHost}/AllSites.FullControl`]) };
  }
}, 60_000);
afterAll(async () => t.dispose());

describe('tokens for SharePoint REST', () => {
  it('are issued for the SharePoint host with its scopes, and neither API accepts the other one’s token', async () => {
    const payload = JSON.parse(Buffer.from(tokens.owner?.sp.split('.')[1] ?? '', 'base64url').toString('utf8')) as { aud: string; scp: string };
    expect(payload.aud).toBe(spHost);
    expect(payload.scp).toBe('AllSites.FullControl');
    expect((await send(t.tenant, '/v1.0/me', { headers: { Authorization: `Bearer ${tokens.owner?.sp ?? ''}` } })).status).toBe(401);
    const wrong = await send(t.tenant, '/sites/helsefellesskapet/_api/web', { headers: { Authorization: `Bearer ${tokens.owner?.graph ?? ''}` } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['www-authenticate']).toContain('00000003-0000-0ff1-ce00-000000000000');
  });

  it('refuses one request for scopes of two resources (AADSTS28000)', async () => {
    await expect(passwordToken(t.tenant, UPN.owner, ['Sites.ReadWrite.All', `${spHost}/AllSites.Manage`])).rejects.toThrow(/more than one resource/);
  });

  it('caps what the user may do by the token: AllSites.Read cannot change a list', async () => {
    const list = await g('owner', `/sites/${site}/lists`, { method: 'POST', body: { displayName: 'Skopetest', list: { template: 'genericList' } } });
    expect(list.status).toBe(201);
    const readOnly = await passwordToken(t.tenant, UPN.owner, [`${spHost}/AllSites.Read`]);
    const merge = await send(t.tenant, "/sites/helsefellesskapet/_api/web/lists/getbytitle('Skopetest')", { method: 'POST', headers: { Authorization: `Bearer ${readOnly}`, 'X-HTTP-Method': 'MERGE', Accept: 'application/json;odata=nometadata' }, body: { EnableVersioning: true } });
    expect(merge.status).toBe(403);
    expect((merge.json() as { 'odata.error': { code: string } })['odata.error'].code).toContain('UnauthorizedAccessException');
  });
});

describe('the site’s default role assignments', () => {
  it('are a team site’s: owners Full Control, members Edit, visitors Read', async () => {
    const res = await rest('owner', 'web/roleassignments?$expand=Member,RoleDefinitionBindings');
    expect(res.status).toBe(200);
    const rows = (res.json() as { value: Array<{ PrincipalId: number; Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> }> }).value;
    expect(rows.map((r) => [r.Member.Title, r.RoleDefinitionBindings.map((b) => b.Name).join()])).toEqual([
      ['Helsefellesskapet i Vestfold Owners', 'Full Control'],
      ['Helsefellesskapet i Vestfold Visitors', 'Read'],
      ['Helsefellesskapet i Vestfold Members', 'Edit'],
    ]);
    const roles = (await rest('guest', 'web/roledefinitions')).json() as { value: Array<{ Id: number; Name: string }> };
    expect(roles.value.find((r) => r.Name === 'Contribute')?.Id).toBe(ROLE_ID.contribute);
    expect((await rest('employee', 'web/roleassignments')).status).toBe(403);
  });

  it('answer each user’s EffectiveBasePermissions on the site: Manage Permissions (low bit 0x2000000) for owners only, capped by the token', async () => {
    const MANAGE_PERMISSIONS = 0x2000000; // SPBasePermissions.ManagePermissions
    const mask = async (token: string) => {
      const res = await send(t.tenant, '/sites/helsefellesskapet/_api/web/EffectiveBasePermissions', { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata' } });
      expect(res.status).toBe(200);
      const { High, Low } = res.json() as { High: string; Low: string };
      return { High, Low, manages: (Number(Low) & MANAGE_PERMISSIONS) !== 0 };
    };
    expect(await mask(tokens.owner?.sp ?? '')).toEqual({ High: '2147483647', Low: '4294967295', manages: true });
    // A site member (Edit) and a visitor (Read) see the site but may not manage its permissions.
    expect((await mask(tokens.employee?.sp ?? '')).manages).toBe(false);
    expect((await mask(tokens.guest?.sp ?? '')).manages).toBe(false);
    expect((await mask(await passwordToken(t.tenant, UPN.owner, [`${spHost}/AllSites.Manage`]))).manages).toBe(false);
  });

  it('resolve a user by ensureuser for anyone with BrowseUserInfo on the site: a visitor with Read, a guest from another organisation among them', async () => {
    // Microsoft Learn, SPWeb.EnsureUser: "The current user must have the BrowseUserInfo rights to view the users of the website." Read has it; Edit is not needed.
    const byVisitor = await rest('guest', 'web/ensureuser', 'POST', { logonName: UPN.referent });
    expect(byVisitor.status).toBe(200);
    expect((byVisitor.json() as { Id: number }).Id).toBe(await ensure('owner', UPN.referent));
    expect((await rest('observer', 'web/ensureuser', 'POST', { logonName: UPN.member })).status).toBe(200);
  });

  it('let guests read and give them 403 on writes; site members write', async () => {
    await g('owner', `/sites/${site}/lists`, { method: 'POST', body: { displayName: 'Arv', columns: [{ name: 'Note', text: {} }] } });
    const created = await g('employee', `/sites/${site}/lists/Arv/items`, { method: 'POST', body: { fields: { Title: 'fra en ansatt' } } });
    expect(created.status).toBe(201);
    expect((await g('guest', `/sites/${site}/lists/Arv/items?$expand=fields`)).status).toBe(200);
    const denied = await g('guest', `/sites/${site}/lists/Arv/items`, { method: 'POST', body: { fields: { Title: 'nei' } } });
    expect(denied.status).toBe(403);
    expect((denied.json() as { error: { code: string } }).error.code).toBe('accessDenied');
  });
});

describe('a list with unique permissions', () => {
  let itemId: string;

  beforeAll(async () => {
    await g('owner', `/sites/${site}/lists`, { method: 'POST', body: { displayName: 'Protokoll', columns: [{ name: 'Note', text: {} }] } });
    itemId = ((await g('owner', `/sites/${site}/lists/Protokoll/items`, { method: 'POST', body: { fields: { Title: 'Konklusjon' } } })).json() as { id: string }).id;
  });

  it('cannot be made unique by a site member without Full Control', async () => {
    expect((await rest('employee', "web/lists/getbytitle('Protokoll')/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)", 'POST')).status).toBe(403);
    expect(((await rest('owner', "web/lists/getbytitle('Protokoll')/HasUniqueRoleAssignments")).json() as { value: boolean }).value).toBe(false);
  });

  it('keeps only the caller after breaking inheritance without copying, then takes the assignments given', async () => {
    expect((await rest('owner', "web/lists/getbytitle('Protokoll')/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)", 'POST')).status).toBe(200);
    const after = (await rest('owner', "web/lists/getbytitle('Protokoll')/roleassignments?$expand=Member")).json() as { value: Array<{ Member: { LoginName: string } }> };
    expect(after.value.map((a) => a.Member.LoginName)).toEqual([`i:0#.f|membership|${UPN.owner}`]);
    const referent = await ensure('owner', `i:0#.f|membership|${UPN.referent}`);
    const member = await ensure('owner', UPN.member);
    const guestUpn = t.tenant.info.users.find((u) => u.mail === UPN.guest)?.userPrincipalName ?? '';
    const guest = await ensure('owner', `i:0#.f|membership|${guestUpn}`);
    expect(await ensure('owner', UPN.referent)).toBe(referent);
    for (const [principal, role] of [[referent, ROLE_ID.contribute], [member, ROLE_ID.read], [guest, ROLE_ID.read]] as const) {
      expect((await rest('owner', `web/lists/getbytitle('Protokoll')/roleassignments/addroleassignment(principalid=${principal},roledefid=${role})`, 'POST')).status).toBe(200);
    }
    expect(((await rest('owner', "web/lists/getbytitle('Protokoll')/HasUniqueRoleAssignments")).json() as { value: boolean }).value).toBe(true);
  });

  it('is enforced by Graph: writers write, readers read, everyone else finds nothing', async () => {
    const path = `/sites/${site}/lists/Protokoll/items/${itemId}`;
    const patch = { method: 'PATCH', body: { fields: { Note: 'endret' } } };
    expect((await g('referent', path, patch)).status).toBe(200);
    expect((await g('member', path)).status).toBe(200);
    expect((await g('member', path, patch)).status).toBe(403);
    expect((await g('guest', path, patch)).status).toBe(403);
    for (const outsider of ['employee', 'observer'] as const) {
      expect((await g(outsider, path)).status).toBe(404);
      expect((await g(outsider, path, patch)).status).toBe(404);
      expect((await g(outsider, `/sites/${site}/lists/Protokoll`)).status).toBe(404);
      const lists = (await g(outsider, `/sites/${site}/lists`)).json() as { value: Array<{ displayName: string }> };
      expect(lists.value.map((l) => l.displayName)).not.toContain('Protokoll');
    }
    expect((await rest('employee', "web/lists/getbytitle('Protokoll')")).status).toBe(404);
  });

  it('is enforced inside $batch as well', async () => {
    const batch = await send(t.tenant, '/v1.0/$batch', {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.member?.graph ?? ''}` },
      body: { requests: [
        { id: '1', method: 'GET', url: `/sites/${site}/lists/Protokoll/items/${itemId}` },
        { id: '2', method: 'PATCH', url: `/sites/${site}/lists/Protokoll/items/${itemId}/fields`, headers: { 'Content-Type': 'application/json' }, body: { Note: 'batch' } },
      ] },
    });
    const statuses = Object.fromEntries((batch.json() as { responses: Array<{ id: string; status: number }> }).responses.map((r) => [r.id, r.status]));
    expect(statuses).toEqual({ '1': 200, '2': 403 });
  });

  it('turns on versioning through MERGE, which needs Manage Lists there', async () => {
    const before = (await rest('owner', "web/lists/getbytitle('Protokoll')")).json() as { EnableVersioning: boolean };
    expect(before.EnableVersioning).toBe(false);
    const headers = { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' };
    expect((await rest('referent', "web/lists/getbytitle('Protokoll')", 'POST', { EnableVersioning: true }, headers)).status).toBe(403);
    expect((await rest('owner', "web/lists/getbytitle('Protokoll')", 'POST', { EnableVersioning: true, MajorVersionLimit: 100 }, headers)).status).toBe(204);
    expect((await rest('owner', "web/lists/getbytitle('Protokoll')", 'PATCH', { Nonsense: 1 })).status).toBe(400);
    const after = (await rest('owner', "web/lists/getbytitle('Protokoll')")).json() as { EnableVersioning: boolean; MajorVersionLimit: number };
    expect([after.EnableVersioning, after.MajorVersionLimit]).toEqual([true, 100]);
    const library = (await rest('owner', "web/lists/getbytitle('Documents')")).json() as { EnableVersioning: boolean; BaseTemplate: number };
    expect(library).toMatchObject({ EnableVersioning: true, BaseTemplate: 101 });
  });
});

describe('a library folder with unique permissions', () => {
  let fileId: string;
  let folderUrl: string;

  beforeAll(async () => {
    const put = await g('owner', `/drives/${drive}/root:/PM/2026-06-11 PM/Referat.docx:/content`, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from('referat') });
    fileId = (put.json() as { id: string }).id;
    folderUrl = encodeURIComponent("'/sites/helsefellesskapet/Shared Documents/PM/2026-06-11 PM'");
    expect((await rest('owner', `web/GetFolderByServerRelativeUrl(${folderUrl})/ListItemAllFields/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, 'POST')).status).toBe(200);
    const member = await ensure('owner', UPN.member);
    expect((await rest('owner', `web/GetFolderByServerRelativeUrl(${folderUrl})/ListItemAllFields/roleassignments/addroleassignment(principalid=${member},roledefid=${ROLE_ID.read})`, 'POST')).status).toBe(200);
  });

  it('hides the folder and its files from those without access, and lets readers read but not write', async () => {
    const children = (who: Who) => g(who, `/drives/${drive}/root:/PM:/children`).then((r) => (r.json() as { value: Array<{ name: string }> }).value.map((c) => c.name));
    expect(await children('member')).toEqual(['2026-06-11 PM']);
    expect(await children('employee')).toEqual([]);
    expect((await g('employee', `/drives/${drive}/items/${fileId}`)).status).toBe(404);
    expect((await g('employee', `/drives/${drive}/items/${fileId}/content`)).status).toBe(404);
    expect((await g('member', `/drives/${drive}/items/${fileId}`)).status).toBe(200);
    const overwrite = await g('member', `/drives/${drive}/items/${fileId}/content`, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from('nei') });
    expect(overwrite.status).toBe(403);
    const upload = await g('employee', `/drives/${drive}/root:/PM/2026-06-11 PM/Nytt.docx:/createUploadSession`, { method: 'POST', body: {} });
    expect(upload.status).toBe(404);
    expect((await rest('employee', `web/GetFolderByServerRelativeUrl(${folderUrl})`)).status).toBe(404);
  });

  it('lists the item’s permissions: all of them for an owner, only the caller’s own for others', async () => {
    const all = (await g('owner', `/drives/${drive}/items/${fileId}/permissions`)).json() as { value: Array<{ roles: string[]; grantedToV2: { user?: { email: string } } }> };
    expect(all.value.map((p) => [p.grantedToV2.user?.email, p.roles[0]])).toEqual([[UPN.owner, 'owner'], [UPN.member, 'read']]);
    const own = (await g('member', `/drives/${drive}/items/${fileId}/permissions`)).json() as { value: unknown[] };
    expect(own.value).toHaveLength(1);
  });

  it('shares a file by invite (the file stops inheriting), refuses to delete what is inherited, deletes what is its own', async () => {
    const inherited = (await g('owner', `/drives/${drive}/items/${fileId}/permissions`)).json() as { value: Array<{ id: string }> };
    const refused = await g('owner', `/drives/${drive}/items/${fileId}/permissions/${encodeURIComponent(inherited.value[1]?.id ?? '')}`, { method: 'DELETE' });
    expect(refused.status).toBe(400);
    const invite = await g('owner', `/drives/${drive}/items/${fileId}/invite`, { method: 'POST', body: { recipients: [{ email: UPN.employee }], roles: ['write'], requireSignIn: true, sendInvitation: false } });
    expect(invite.status).toBe(200);
    const granted = (invite.json() as { value: Array<{ id: string; roles: string[] }> }).value[0];
    expect(granted?.roles).toEqual(['write']);
    expect((await g('employee', `/drives/${drive}/items/${fileId}`)).status).toBe(200);
    expect((await g('employee', `/drives/${drive}/root:/PM/2026-06-11 PM`)).status).toBe(404);
    expect((await g('employee', `/drives/${drive}/items/${fileId}/permissions/${encodeURIComponent(granted?.id ?? '')}`, { method: 'DELETE' })).status).toBe(403);
    expect((await g('owner', `/drives/${drive}/items/${fileId}/permissions/${encodeURIComponent(granted?.id ?? '')}`, { method: 'DELETE' })).status).toBe(204);
    expect((await g('employee', `/drives/${drive}/items/${fileId}`)).status).toBe(404);
  });
});

// As SharePoint Online within one site: a new file gets its folder's permissions; a file moved
// (Graph PATCH parentReference) that inherits takes its new folder's, one with unique permissions keeps
// its own (Microsoft's «Move to» within a site carries an item's unique permissions along); new content
// for a stored file (PUT …/content by id) is the same item with the same permissions.
describe('files moved into, out of and uploaded into a folder with unique permissions', () => {
  const file = (name: string) => encodeURIComponent(`'/sites/helsefellesskapet/Shared Documents/Flytt/${name}'`);
  const unique = async (serverRelative: string, kind: 'Folder' | 'File') =>
    ((await rest('owner', `web/Get${kind}ByServerRelativeUrl(${serverRelative})/ListItemAllFields?$select=HasUniqueRoleAssignments`)).json() as { HasUniqueRoleAssignments: boolean }).HasUniqueRoleAssignments;
  const put = async (path: string, text: string) =>
    ((await g('owner', `/drives/${drive}/root:/${path}:/content`, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from(text) })).json() as { id: string }).id;
  const moveTo = (id: string, parentId: string) => g('owner', `/drives/${drive}/items/${id}`, { method: 'PATCH', body: { parentReference: { id: parentId } } });
  let openId: string;
  let closedId: string;

  beforeAll(async () => {
    const folder = async (name: string) => ((await g('owner', `/drives/${drive}/root:/Flytt/${name}`)).json() as { id: string }).id;
    await put('Flytt/Åpen/start.txt', 'start');
    await put('Flytt/Lukket/start.txt', 'start');
    openId = await folder('Åpen');
    closedId = await folder('Lukket');
    expect((await rest('owner', `web/GetFolderByServerRelativeUrl(${file('Lukket')})/ListItemAllFields/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, 'POST')).status).toBe(200);
    const member = await ensure('owner', UPN.member);
    expect((await rest('owner', `web/GetFolderByServerRelativeUrl(${file('Lukket')})/ListItemAllFields/roleassignments/addroleassignment(principalid=${member},roledefid=${ROLE_ID.read})`, 'POST')).status).toBe(200);
  });

  it('gives a file uploaded into the closed folder the folder’s permissions', async () => {
    const id = await put('Flytt/Lukket/ny.docx', 'ny');
    expect(await unique(file('Lukket/ny.docx'), 'File')).toBe(false);
    expect((await g('employee', `/drives/${drive}/items/${id}`)).status).toBe(404);
    expect((await g('member', `/drives/${drive}/items/${id}`)).status).toBe(200);
  });

  it('gives a file that inherits, moved into the closed folder, the folder’s permissions', async () => {
    const id = await put('Flytt/Åpen/flyttes-inn.docx', 'inn');
    expect((await g('employee', `/drives/${drive}/items/${id}`)).status).toBe(200);
    expect((await moveTo(id, closedId)).status).toBe(200);
    expect((await g('employee', `/drives/${drive}/items/${id}`)).status).toBe(404);
    expect((await g('member', `/drives/${drive}/items/${id}`)).status).toBe(200);
  });

  it('lets a file with unique permissions keep them when moved out to a folder everyone reads, and when its content is replaced', async () => {
    const id = await put('Flytt/Lukket/egne.docx', 'egne');
    expect((await rest('owner', `web/GetFileByServerRelativeUrl(${file('Lukket/egne.docx')})/ListItemAllFields/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=false)`, 'POST')).status).toBe(200);
    expect((await moveTo(id, openId)).status).toBe(200);
    expect(await unique(file('Åpen/egne.docx'), 'File')).toBe(true);
    expect((await g('employee', `/drives/${drive}/items/${id}`)).status).toBe(404);
    expect((await g('member', `/drives/${drive}/items/${id}`)).status).toBe(200);
    const replaced = await g('owner', `/drives/${drive}/items/${id}/content`, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from('nytt innhold') });
    expect((replaced.json() as { id: string }).id).toBe(id);
    expect((await g('employee', `/drives/${drive}/items/${id}`)).status).toBe(404);
  });
});

describe('a list item with unique permissions (SharePoint REST items(id), enforced by Graph)', () => {
  const ids: string[] = [];
  const item = (id: string | undefined, tail = ''): string => `web/lists/GetByTitle('Vedtak')/items(${id ?? ''})${tail}`;
  type Assignments = { value: Array<{ PrincipalId: number; Member: { LoginName: string }; RoleDefinitionBindings: Array<{ Id: number }> }> };

  beforeAll(async () => {
    await g('owner', `/sites/${site}/lists`, { method: 'POST', body: { displayName: 'Vedtak', columns: [{ name: 'Note', text: {} }, { name: 'MeetingId', text: {}, indexed: true }] } });
    for (const meeting of ['m1', 'm1', 'm2']) ids.push(((await g('owner', `/sites/${site}/lists/Vedtak/items`, { method: 'POST', body: { fields: { Title: 'Sak', MeetingId: meeting } } })).json() as { id: string }).id);
    expect((await rest('owner', "web/lists/getbytitle('Vedtak')/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)", 'POST')).status).toBe(200);
    const referent = await ensure('owner', UPN.referent);
    const member = await ensure('owner', UPN.member);
    for (const [principal, role] of [[referent, ROLE_ID.contribute], [member, ROLE_ID.read]] as const) {
      expect((await rest('owner', `web/lists/getbytitle('Vedtak')/roleassignments/addroleassignment(principalid=${principal},roledefid=${role})`, 'POST')).status).toBe(200);
    }
  });

  it('answers HasUniqueRoleAssignments by items(id) and items/getbyid(id), and 404 for an item that does not exist', async () => {
    expect((await rest('owner', item(ids[0], '/HasUniqueRoleAssignments'))).json()).toEqual({ value: false });
    expect((await rest('owner', `web/lists/GetByTitle('Vedtak')/items/getbyid(${ids[0] ?? ''})?$select=Id,HasUniqueRoleAssignments`)).json()).toEqual({ Id: Number(ids[0]), HasUniqueRoleAssignments: false });
    const missing = await rest('owner', item('999', '/HasUniqueRoleAssignments'));
    expect(missing.status).toBe(404);
    expect(missing.json()).toEqual({ 'odata.error': { code: '-2130575338, System.ArgumentException', message: { lang: 'en-US', value: 'Item does not exist. It may have been deleted by another user.' } } });
  });

  it('cannot be broken by a Contribute user; Full Control copies the list’s assignments and changes them on the item alone', async () => {
    const denied = await rest('referent', item(ids[0], '/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)'), 'POST');
    expect(denied.status).toBe(403);
    expect((denied.json() as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toBe('Access denied. You do not have permission to perform this action or access this resource.');
    expect((await rest('owner', item(ids[0], '/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)'), 'POST')).status).toBe(200);
    const referent = await ensure('owner', UPN.referent);
    expect((await rest('owner', item(ids[0], `/roleassignments/addroleassignment(principalid=${referent},roledefid=${ROLE_ID.read})`), 'POST')).status).toBe(200);
    expect((await rest('owner', item(ids[0], `/roleassignments/removeroleassignment(principalid=${referent},roledefid=${ROLE_ID.contribute})`), 'POST')).status).toBe(200);
    const onItem = (await rest('owner', item(ids[0], '/roleassignments?$expand=Member,RoleDefinitionBindings'))).json() as Assignments;
    expect(onItem.value.map((a) => [a.Member.LoginName, a.RoleDefinitionBindings.map((b) => b.Id)])).toEqual([
      [`i:0#.f|membership|${UPN.owner}`, [ROLE_ID.fullControl]],
      [`i:0#.f|membership|${UPN.referent}`, [ROLE_ID.read]],
      [`i:0#.f|membership|${UPN.member}`, [ROLE_ID.read]],
    ]);
    const onList = (await rest('owner', "web/lists/getbytitle('Vedtak')/roleassignments?$expand=RoleDefinitionBindings")).json() as Assignments;
    expect(onList.value.find((a) => a.PrincipalId === referent)?.RoleDefinitionBindings.map((b) => b.Id)).toEqual([ROLE_ID.contribute]);
  });

  it('is enforced by Graph on every read and write of the item, $batch included, while its siblings stay writable', async () => {
    const path = (id: string | undefined) => `/sites/${site}/lists/Vedtak/items/${id ?? ''}`;
    const patch = { method: 'PATCH', body: { fields: { Note: 'endret' } } };
    expect((await g('referent', path(ids[0]))).status).toBe(200);
    expect((await g('referent', path(ids[0]), patch)).status).toBe(403);
    expect((await g('referent', `${path(ids[0])}/fields`, { method: 'PATCH', body: { Note: 'endret' } })).status).toBe(403);
    expect((await g('referent', path(ids[0]), { method: 'DELETE' })).status).toBe(403);
    expect((await g('referent', path(ids[1]), patch)).status).toBe(200);
    expect((await g('owner', path(ids[0]), patch)).status).toBe(200);
    const batch = await send(t.tenant, '/v1.0/$batch', {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.referent?.graph ?? ''}` },
      body: { requests: [
        { id: '1', method: 'PATCH', url: `/sites/${site}/lists/Vedtak/items/${ids[0] ?? ''}/fields`, headers: { 'Content-Type': 'application/json' }, body: { Note: 'batch' } },
        { id: '2', method: 'PATCH', url: `/sites/${site}/lists/Vedtak/items/${ids[1] ?? ''}/fields`, headers: { 'Content-Type': 'application/json' }, body: { Note: 'batch' } },
      ] },
    });
    const statuses = Object.fromEntries((batch.json() as { responses: Array<{ id: string; status: number }> }).responses.map((r) => [r.id, r.status]));
    expect(statuses).toEqual({ '1': 403, '2': 200 });
  });

  it('reads the items of one meeting with their uniqueness and role assignments in one request, for those who may enumerate permissions', async () => {
    const query = "web/lists/GetByTitle('Vedtak')/items?$select=Id,HasUniqueRoleAssignments,RoleAssignments/Member/LoginName&$expand=RoleAssignments/Member,RoleAssignments/RoleDefinitionBindings&$filter=MeetingId eq 'm1'&$top=500";
    const res = await rest('owner', query);
    expect(res.status).toBe(200);
    const rows = (res.json() as { value: Array<{ Id: number; HasUniqueRoleAssignments: boolean; RoleAssignments: Assignments['value'] }> }).value;
    expect(rows.map((r) => [r.Id, r.HasUniqueRoleAssignments, r.RoleAssignments.length])).toEqual([[Number(ids[0]), true, 3], [Number(ids[1]), false, 3]]);
    expect((await rest('referent', query)).status).toBe(403);
    expect(((await rest('referent', "web/lists/GetByTitle('Vedtak')/items?$select=Id&$filter=MeetingId eq 'm2'")).json() as { value: unknown[] }).value).toEqual([{ Id: Number(ids[2]) }]);
  });

  it('hides an item from someone taken off it, and gives inheritance back on resetroleinheritance', async () => {
    const member = await ensure('owner', UPN.member);
    expect((await rest('owner', item(ids[0], `/roleassignments/removeroleassignment(principalid=${member},roledefid=${ROLE_ID.read})`), 'POST')).status).toBe(200);
    expect((await g('member', `/sites/${site}/lists/Vedtak/items/${ids[0] ?? ''}`)).status).toBe(404);
    expect(((await g('member', `/sites/${site}/lists/Vedtak/items`)).json() as { value: Array<{ id: string }> }).value.map((i) => i.id)).toEqual([ids[1], ids[2]]);
    expect((await rest('member', item(ids[0], '/HasUniqueRoleAssignments'))).status).toBe(404);
    // Inside $batch too: the filtered query leaves it out (SharePoint security-trims list queries), the read by id finds nothing.
    const batch = await send(t.tenant, '/v1.0/$batch', {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.member?.graph ?? ''}` },
      body: { requests: [
        { id: 'meeting', method: 'GET', url: `/sites/${site}/lists/Vedtak/items?$expand=fields&$filter=fields/MeetingId eq 'm1'` },
        { id: 'item', method: 'GET', url: `/sites/${site}/lists/Vedtak/items/${ids[0] ?? ''}` },
      ] },
    });
    const batched = batch.json() as { responses: Array<{ id: string; status: number; body: { value?: Array<{ id: string }> } }> };
    const answers = new Map(batched.responses.map((r) => [r.id, r]));
    expect(answers.get('meeting')?.body.value?.map((i) => i.id)).toEqual([ids[1]]);
    expect(answers.get('item')?.status).toBe(404);
    expect((await rest('referent', item(ids[0], '/resetroleinheritance'), 'POST')).status).toBe(403);
    expect((await rest('owner', item(ids[0], '/resetroleinheritance'), 'POST')).status).toBe(200);
    expect((await rest('owner', item(ids[0], '/HasUniqueRoleAssignments'))).json()).toEqual({ value: false });
    expect((await g('referent', `/sites/${site}/lists/Vedtak/items/${ids[0] ?? ''}`, { method: 'PATCH', body: { fields: { Note: 'igjen' } } })).status).toBe(200);
    expect((await g('member', `/sites/${site}/lists/Vedtak/items/${ids[0] ?? ''}`)).status).toBe(200);
  });
});

// Microsoft Learn, "Understanding permission levels in SharePoint" (learn.microsoft.com/sharepoint/understanding-permission-levels):
// Limited Access "enables a user or group to browse to a site page or library to access a specific content item when they do not
// have permissions to open or edit any other items in the site or library. … You cannot assign Limited Access permissions directly
// to a user or group yourself. Instead, when you assign edit or open permissions to the single item, SharePoint automatically assigns
// Limited Access to other required locations, such as the site or library in which the single item is located. … Limited Access
// does not grant any additional permissions to the user, so they can't see or access any other content." Its list permissions
// (same page) include no View Items: list queries are security-trimmed to the items the user may read.
describe('Limited Access: one item of a list shared with someone who has no access to the list', () => {
  const ids: string[] = [];
  type Assignments = { value: Array<{ PrincipalId: number; RoleDefinitionBindings: Array<{ Id: number; Name: string }> }> };
  const path = (id?: string) => `/sites/${site}/lists/Sakskart/items${id ? `/${id}` : ''}`;
  const listBindings = async (principal: number) =>
    ((await rest('owner', "web/lists/getbytitle('Sakskart')/roleassignments?$expand=Member,RoleDefinitionBindings")).json() as Assignments).value.find((a) => a.PrincipalId === principal)?.RoleDefinitionBindings.map((b) => b.Name) ?? [];

  beforeAll(async () => {
    await g('owner', `/sites/${site}/lists`, { method: 'POST', body: { displayName: 'Sakskart', columns: [{ name: 'MeetingId', text: {}, indexed: true }] } });
    for (const meeting of ['m1', 'm1', 'm2']) ids.push(((await g('owner', path(), { method: 'POST', body: { fields: { Title: 'Sak', MeetingId: meeting } } })).json() as { id: string }).id);
    expect((await rest('owner', "web/lists/getbytitle('Sakskart')/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)", 'POST')).status).toBe(200);
    const member = await ensure('owner', UPN.member);
    expect((await rest('owner', `web/lists/getbytitle('Sakskart')/roleassignments/addroleassignment(principalid=${member},roledefid=${ROLE_ID.read})`, 'POST')).status).toBe(200);
  });

  it('cannot be given by hand: addroleassignment with Limited Access is refused', async () => {
    const guest = await ensure('owner', UPN.guest);
    const refused = await rest('owner', `web/lists/getbytitle('Sakskart')/roleassignments/addroleassignment(principalid=${guest},roledefid=${ROLE_ID.limitedAccess})`, 'POST');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json())).toContain('You cannot grant a user the Limited Access permission level.');
    expect(await listBindings(guest)).toEqual([]);
    expect((await g('guest', path(ids[0]))).status).toBe(404);
    expect((await g('guest', `/sites/${site}/lists/Sakskart`)).status).toBe(404);
  });

  it('is given on the list when the item is shared, so the item is reached by id and in the list’s queries, and nothing else of the list', async () => {
    const guest = await ensure('owner', UPN.guest);
    const member = await ensure('owner', UPN.member);
    expect((await rest('owner', `web/lists/getbytitle('Sakskart')/items(${ids[0] ?? ''})/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`, 'POST')).status).toBe(200);
    expect((await rest('owner', `web/lists/getbytitle('Sakskart')/items(${ids[0] ?? ''})/roleassignments/addroleassignment(principalid=${guest},roledefid=${ROLE_ID.read})`, 'POST')).status).toBe(200);
    // Limited Access on the list, which has unique permissions; the member, who reads the list, gets none.
    expect(await listBindings(guest)).toEqual(['Limited Access']);
    expect(await listBindings(member)).toEqual(['Read']);
    // The web: the guest reads the site as a visitor (through a group), so nothing is added there.
    const web = (await rest('owner', 'web/roleassignments?$expand=Member,RoleDefinitionBindings')).json() as Assignments;
    expect(web.value.some((a) => a.PrincipalId === guest)).toBe(false);

    expect((await g('guest', path(ids[0]))).status).toBe(200);
    expect((await g('guest', path(ids[1]))).status).toBe(404);
    expect((await g('guest', `/sites/${site}/lists/Sakskart`)).status).toBe(200);
    expect(((await g('guest', path())).json() as { value: Array<{ id: string }> }).value.map((i) => i.id)).toEqual([ids[0]]);
    expect(((await g('guest', `${path()}?$expand=fields&$filter=fields/MeetingId eq 'm1'`)).json() as { value: Array<{ id: string }> }).value.map((i) => i.id)).toEqual([ids[0]]);
    expect(((await g('guest', `${path()}?$expand=fields&$filter=fields/MeetingId eq 'm2'`)).json() as { value: unknown[] }).value).toEqual([]);
    const batch = await send(t.tenant, '/v1.0/$batch', {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.guest?.graph ?? ''}` },
      body: { requests: [
        { id: 'meeting', method: 'GET', url: `${path()}?$expand=fields&$filter=fields/MeetingId eq 'm1'` },
        { id: 'shared', method: 'GET', url: path(ids[0]) },
        { id: 'other', method: 'GET', url: path(ids[1]) },
      ] },
    });
    const batched = batch.json() as { responses: Array<{ id: string; status: number; body: { value?: Array<{ id: string }> } }> };
    const answers = new Map(batched.responses.map((r) => [r.id, r]));
    expect(answers.get('meeting')?.body.value?.map((i) => i.id)).toEqual([ids[0]]);
    expect(answers.get('shared')?.status).toBe(200);
    expect(answers.get('other')?.status).toBe(404);
    // Limited Access adds no right of its own: no new items, no change to the item only read.
    expect((await g('guest', path(), { method: 'POST', body: { fields: { Title: 'Ny' } } })).status).toBe(403);
    expect((await g('guest', path(ids[0]), { method: 'PATCH', body: { fields: { Title: 'endret' } } })).status).toBe(403);
    // SharePoint REST trims the same way.
    expect((await rest('guest', "web/lists/getbytitle('Sakskart')")).status).toBe(200);
    expect(((await rest('guest', "web/lists/getbytitle('Sakskart')/items?$select=Id")).json() as { value: unknown[] }).value).toEqual([{ Id: Number(ids[0]) }]);
    // Someone granted nothing still finds no list.
    expect((await g('observer', `/sites/${site}/lists/Sakskart`)).status).toBe(404);
  });

  it('stays on the list when the item’s role is taken away, giving nothing: the list is reached, its items are not', async () => {
    const guest = await ensure('owner', UPN.guest);
    expect((await rest('owner', `web/lists/getbytitle('Sakskart')/items(${ids[0] ?? ''})/roleassignments/removeroleassignment(principalid=${guest},roledefid=${ROLE_ID.read})`, 'POST')).status).toBe(200);
    expect((await g('guest', path(ids[0]))).status).toBe(404);
    expect(((await g('guest', path())).json() as { value: unknown[] }).value).toEqual([]);
    expect(await listBindings(guest)).toEqual(['Limited Access']);
  });
});
