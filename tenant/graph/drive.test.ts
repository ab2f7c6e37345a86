import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { checkedGraph } from '../testing/checkedGraph.js';
import { passwordToken, send } from '../testing/tenantClient.js';
import { findSoffice } from './driveExtras.js';

let t: TempTenant;
let kristin: string;
let guest: string;
let noFiles: string;
let drive: string;
const FILES = ['Files.ReadWrite.All', 'Sites.ReadWrite.All', 'Mail.ReadWrite'];

interface Item { id: string; name: string; eTag: string; cTag: string; size: number; file?: unknown; folder?: { childCount: number }; '@microsoft.graph.downloadUrl'?: string }
interface ErrorBody { error: { code: string; message: string; innerError: { 'request-id': string; date: string } } }

const put = (path: string, body: Buffer | string, headers: Record<string, string> = {}, token = kristin) => checkedGraph(t.tenant, token, `/drives/${drive}/root:${path}:/content`, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream', ...headers }, body: typeof body === 'string' ? Buffer.from(body) : body });

beforeAll(async () => {
  t = await startTempTenant();
  drive = t.tenant.info.driveId;
  kristin = await passwordToken(t.tenant, 'kristin.liset@siv.example.no', FILES);
  guest = await passwordToken(t.tenant, 'tobias.solli.iveland@sandefjord.kommune.example.no', FILES);
  noFiles = await passwordToken(t.tenant, 'kristin.liset@siv.example.no', ['User.Read']);
});
afterAll(async () => t.dispose());

describe('the site document library', () => {
  it('reads the empty root and the drive of the site', async () => {
    const root = await checkedGraph(t.tenant, kristin, `/drives/${drive}/root`);
    expect((root.json() as Item).folder?.childCount).toBe(0);
    const siteDrive = await send(t.tenant, `/v1.0/sites/${encodeURIComponent(t.tenant.info.siteId)}/drive`, { headers: { Authorization: `Bearer ${kristin}` } });
    expect((siteDrive.json() as { id: string }).id).toBe(drive);
  });

  it('writes a new version on a second upload and changes eTag and cTag; a stale If-Match gets 412', async () => {
    const first = (await put('/Versjoner/Referat.txt', 'versjon 1')).json() as Item;
    const second = await put('/Versjoner/Referat.txt', 'versjon 2');
    expect(second.status).toBe(200);
    const item = second.json() as Item;
    expect(item.id).toBe(first.id);
    expect(item.eTag).not.toBe(first.eTag);
    expect(item.cTag).not.toBe(first.cTag);
    const stale = await put('/Versjoner/Referat.txt', 'versjon 3', { 'If-Match': first.eTag });
    expect(stale.status).toBe(412);
    const ok = await put('/Versjoner/Referat.txt', 'versjon 3', { 'If-Match': item.eTag });
    expect(ok.status).toBe(200);
  });

  it('honours conflictBehavior fail and rename on upload and on folder creation', async () => {
    await put('/Konflikt/Sak.txt', 'a');
    const fail = await put('/Konflikt/Sak.txt', 'b', {}, kristin).then(() => checkedGraph(t.tenant, kristin, `/drives/${drive}/root:/Konflikt/Sak.txt:/content?@microsoft.graph.conflictBehavior=fail`, { method: 'PUT', headers: { 'Content-Type': 'text/plain' }, body: Buffer.from('c') }));
    expect(fail.status).toBe(409);
    expect((fail.json() as ErrorBody).error.code).toBe('nameAlreadyExists');
    const renamed = await checkedGraph(t.tenant, kristin, `/drives/${drive}/root:/Konflikt/Sak.txt:/content?@microsoft.graph.conflictBehavior=rename`, { method: 'PUT', headers: { 'Content-Type': 'text/plain' }, body: Buffer.from('d') });
    expect(renamed.status).toBe(201);
    expect((renamed.json() as Item).name).toBe('Sak 1.txt');
    const folder = { name: 'Møte 2026-06-11', folder: {}, '@microsoft.graph.conflictBehavior': 'fail' };
    expect((await checkedGraph(t.tenant, kristin, `/drives/${drive}/root/children`, { method: 'POST', body: folder })).status).toBe(201);
    const again = await checkedGraph(t.tenant, kristin, `/drives/${drive}/root/children`, { method: 'POST', body: folder });
    expect(again.status).toBe(409);
    const rename = await checkedGraph(t.tenant, kristin, `/drives/${drive}/root/children`, { method: 'POST', body: { ...folder, '@microsoft.graph.conflictBehavior': 'rename' } });
    expect((rename.json() as Item).name).toBe('Møte 2026-06-11 1');
  });

  it.each([
    ['a character SharePoint forbids', '/Sak%3A2026.txt'],
    ['a reserved name', '/CON'],
    ['a leading space', '/%20Sak.txt'],
    ['a trailing period', '/Sak.'],
    ['a lock-file prefix', '/~%24Sak.docx'],
    ['a name over 255 characters', `/${'a'.repeat(256)}.txt`],
    ['path traversal', '/../hemmelig.txt'],
    ['encoded path traversal', '/%2e%2e/hemmelig.txt'],
  ])('refuses %s with 400 invalidRequest in Graph error shape', async (_what, path) => {
    const res = await checkedGraph(t.tenant, kristin, `/drives/${drive}/root:${path}:/content`, { method: 'PUT', headers: { 'Content-Type': 'text/plain' }, body: Buffer.from('x') });
    expect(res.status).toBe(400);
    const body = res.json() as ErrorBody;
    expect(body.error.code).toBe('invalidRequest');
    expect(body.error.innerError['request-id']).toBe(res.headers['request-id']);
  });

  it('limits simple upload to the documented safe 4 MB (4,194,304 bytes) and answers 413 beyond', async () => {
    expect((await put('/Stor/akkurat4MB.bin', Buffer.alloc(4 * 1024 * 1024, 1))).status).toBe(201);
    const tooBig = await put('/Stor/over4MB.bin', Buffer.alloc(4 * 1024 * 1024 + 1, 1));
    expect(tooBig.status).toBe(413);
    expect((tooBig.json() as ErrorBody).error.message).toMatch(/createUploadSession/);
  });

  it('lists children with paging, $select and $top, and follows the nextLink', async () => {
    for (let i = 0; i < 5; i++) await put(`/Mange/fil-${i}.txt`, `innhold ${i}`);
    const first = await checkedGraph(t.tenant, kristin, `/drives/${drive}/root:/Mange:/children?$top=2&$select=name,size`);
    const page1 = first.json() as { value: Array<Record<string, unknown>>; '@odata.nextLink'?: string };
    expect(page1.value.map((v) => v.name)).toEqual(['fil-0.txt', 'fil-1.txt']);
    expect(Object.keys(page1.value[0] ?? {}).sort()).toEqual(['id', 'name', 'size']);
    const names: unknown[] = page1.value.map((v) => v.name);
    let next = page1['@odata.nextLink'];
    while (next) {
      const page = (await checkedGraph(t.tenant, kristin, next)).json() as { value: Array<Record<string, unknown>>; '@odata.nextLink'?: string };
      names.push(...page.value.map((v) => v.name));
      next = page['@odata.nextLink'];
    }
    expect(names).toHaveLength(5);
  });

  it('downloads through a pre-authenticated URL that needs no token, and also via @microsoft.graph.downloadUrl', async () => {
    const item = (await put('/Last ned/vedlegg.txt', 'Vedlegg 1 - Sak 2026.02')).json() as Item;
    const redirect = await checkedGraph(t.tenant, kristin, `/drives/${drive}/items/${item.id}/content`);
    expect(redirect.status).toBe(302);
    expect((await send(t.tenant, redirect.headers.location ?? '')).text()).toBe('Vedlegg 1 - Sak 2026.02');
    const meta = (await checkedGraph(t.tenant, kristin, `/drives/${drive}/items/${item.id}`)).json() as Item;
    expect((await send(t.tenant, meta['@microsoft.graph.downloadUrl'] ?? '')).text()).toBe('Vedlegg 1 - Sak 2026.02');
    const tampered = (meta['@microsoft.graph.downloadUrl'] ?? '').replace(/tempauth=[^&]+/, 'tempauth=feil');
    expect((await send(t.tenant, tampered)).status).toBe(401);
  });

  it('uploads in a session with 320 KiB chunks, refusing bad chunk sizes and out-of-order ranges', async () => {
    const size = 327_680 * 3 + 1000;
    const data = Buffer.alloc(size);
    for (let i = 0; i < size; i++) data[i] = i % 251;
    const session = await checkedGraph(t.tenant, kristin, `/drives/${drive}/root:/Store filer/Opptak.bin:/createUploadSession`, { method: 'POST', body: { item: { '@microsoft.graph.conflictBehavior': 'fail' } } });
    expect(session.status).toBe(200);
    type Session = { uploadUrl: string; nextExpectedRanges: string[]; expirationDateTime: string };
    const { uploadUrl, nextExpectedRanges, expirationDateTime } = session.json() as Session;
    expect(nextExpectedRanges).toEqual(['0-']);
    expect(Date.parse(expirationDateTime)).toBeGreaterThan(Date.now());
    const chunk = (start: number, end: number) => send(t.tenant, uploadUrl, { method: 'PUT', headers: { 'Content-Range': `bytes ${start}-${end}/${size}` }, body: data.subarray(start, end + 1) });
    const notMultiple = await chunk(0, 99_999);
    expect(notMultiple.status).toBe(400);
    const first = await chunk(0, 327_679);
    expect(first.status).toBe(202);
    expect((first.json() as { nextExpectedRanges: string[] }).nextExpectedRanges).toEqual([`327680-${size - 1}`]);
    expect((await chunk(655_360, 983_039)).status).toBe(416);
    expect((await chunk(0, 327_679)).status).toBe(416);
    expect((await chunk(327_680, 983_039)).status).toBe(202);
    const hidden = await checkedGraph(t.tenant, kristin, `/drives/${drive}/root:/Store filer/Opptak.bin`);
    expect(hidden.status).toBe(404);
    const last = await chunk(983_040, size - 1);
    expect(last.status).toBe(201);
    const item = last.json() as Item;
    expect(item.size).toBe(size);
    const content = await send(t.tenant, (await checkedGraph(t.tenant, kristin, `/drives/${drive}/items/${item.id}/content`)).headers.location ?? '');
    expect(content.body.equals(data)).toBe(true);
  });

  it('states the documented chunk limits: multiples of 320 KiB (327,680 bytes), each under 60 MiB', async () => {
    const { CHUNK_MULTIPLE, MAX_DRIVE_CHUNK } = await import('./uploads.js');
    expect(CHUNK_MULTIPLE).toBe(327_680);
    expect(MAX_DRIVE_CHUNK).toBe(60 * 1024 * 1024);
  });

  it('makes sharing links (201 new, 200 when the same link exists) and invites with a notification', async () => {
    const item = (await put('/Deling/Handlingsplan.txt', 'plan')).json() as Item;
    const link = await checkedGraph(t.tenant, kristin, `/drives/${drive}/items/${item.id}/createLink`, { method: 'POST', body: { type: 'view', scope: 'organization' } });
    expect(link.status).toBe(201);
    const perm = link.json() as { id: string; roles: string[]; link: { type: string; scope: string; webUrl: string } };
    expect(perm.roles).toEqual(['read']);
    expect(perm.link.scope).toBe('organization');
    const again = await checkedGraph(t.tenant, kristin, `/drives/${drive}/items/${item.id}/microsoft.graph.createLink`, { method: 'POST', body: { type: 'view', scope: 'organization' } });
    expect(again.status).toBe(200);
    expect((again.json() as { id: string }).id).toBe(perm.id);
    const invite = await checkedGraph(t.tenant, kristin, `/drives/${drive}/items/${item.id}/invite`, { method: 'POST', body: { recipients: [{ email: 'per.christian.voss@siv.example.no' }, { email: 'ingrid.fjeld@larvik.kommune.example.no' }], roles: ['read'], requireSignIn: true, sendInvitation: true, message: 'Til orientering' } });
    expect(invite.status).toBe(200);
    expect((invite.json() as { value: unknown[] }).value).toHaveLength(2);
    const per = await passwordToken(t.tenant, 'per.christian.voss@siv.example.no', ['Mail.ReadWrite']);
    const inbox = (await send(t.tenant, '/v1.0/me/messages', { headers: { Authorization: `Bearer ${per}` } })).json() as { value: Array<{ subject: string }> };
    expect(inbox.value.some((m) => m.subject.includes('Handlingsplan.txt'))).toBe(true);
  });

  it('lets guests from a municipality read but not write (403 accessDenied), and checks the token scopes', async () => {
    await put('/Rettigheter/les.txt', 'kan leses');
    expect((await checkedGraph(t.tenant, guest, `/drives/${drive}/root:/Rettigheter/les.txt`)).status).toBe(200);
    const write = await put('/Rettigheter/skriv.txt', 'nei', {}, guest);
    expect(write.status).toBe(403);
    expect((write.json() as ErrorBody).error.code).toBe('accessDenied');
    const scopeless = await checkedGraph(t.tenant, noFiles, `/drives/${drive}/root/children`);
    expect(scopeless.status).toBe(403);
  });

  it('renames, moves and deletes items, keeping the tree whole', async () => {
    const item = (await put('/Flytt/Fra/notat.txt', 'n')).json() as Item;
    const target = (await checkedGraph(t.tenant, kristin, `/drives/${drive}/root:/Flytt/Fra`)).json() as Item;
    const self = await checkedGraph(t.tenant, kristin, `/drives/${drive}/items/${target.id}`, { method: 'PATCH', body: { parentReference: { id: target.id } } });
    expect(self.status).toBe(400);
    const moved = await checkedGraph(t.tenant, kristin, `/drives/${drive}/items/${item.id}`, { method: 'PATCH', body: { name: 'notat-ny.txt', parentReference: { path: `/drives/${drive}/root:/Flytt` } } });
    expect(moved.status).toBe(200);
    expect((await checkedGraph(t.tenant, kristin, `/drives/${drive}/root:/Flytt/notat-ny.txt`)).status).toBe(200);
    expect((await checkedGraph(t.tenant, kristin, `/drives/${drive}/items/${target.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await checkedGraph(t.tenant, kristin, `/drives/${drive}/items/${target.id}`)).status).toBe(404);
  });

  it('converts a document to PDF with LibreOffice (?format=pdf) and refuses formats it cannot convert', async () => {
    expect(findSoffice(), 'LibreOffice (soffice) must be installed for this test; .ci/run installs it').not.toBeNull();
    const item = (await put('/Pdf/Innkalling.html', '<html><body><h1>Innkalling Partnerskapsmøtet</h1></body></html>')).json() as Item;
    const pdf = await send(t.tenant, `/v1.0/drives/${drive}/items/${item.id}/content?format=pdf`, { headers: { Authorization: `Bearer ${kristin}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const zip = (await put('/Pdf/arkiv.zip', 'PK')).json() as Item;
    const refused = await send(t.tenant, `/v1.0/drives/${drive}/items/${zip.id}/content?format=pdf`, { headers: { Authorization: `Bearer ${kristin}` } });
    expect(refused.status).toBe(406);
    expect((refused.json() as ErrorBody).error.code).toBe('notSupported');
  }, 90_000);
});
