/**
 * The probes of `npm run test:m365`: for each behaviour the local tenant imitates
 * (tenant/behaviours.ts), one check against the configured tenant, through the app's own Graph layer
 * where the app has one (provisioning, committees, meetings, documents) and with plain Graph
 * requests where the behaviour is below it. Everything is made on the test site under a test
 * committee created for the run and removed at the end.
 */
import { readFileSync } from 'node:fs';
import { graphScopes, scopesFor, type SiteAccess } from '../../src/auth/scopes';
import type { TokenProvider } from '../../src/auth/tokenProvider';
import type { Committee, Meeting } from '../../src/domain/model';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import { createGraphClientFactory } from '../../src/graph/graphClient';
import type { FetchLike } from '../../src/graph/middleware/fetchMiddleware';
import { SharePointMeetingRepository } from '../../src/graph/sharePointMeetingRepository';
import { IMITATED_BEHAVIOURS } from '../../tenant/behaviours';

export type ProbeOutcome = { result: 'samme'; detail: string } | { result: 'annerledes'; detail: string } | { result: 'ikke kjørt'; detail: string };

export interface ProbeReport {
  id: string;
  area: string;
  behaviour: string;
  outcome: ProbeOutcome;
}

export interface Answer {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
  text: string;
}

export interface SuiteContext {
  graphBaseUrl: string;
  siteId: string;
  tokens: TokenProvider;
  fetch: FetchLike;
  /** Who signed in (their UPN). */
  user: string;
  /** The build's MOTEBOK_SITE_ACCESS: the suite asks for that mode's scopes, as the app does. */
  siteAccess: SiteAccess;
  log(line: string): void;
}

/**
 * Every scope the app asks for at some point under the build's site access, so the suite exercises the
 * same consent: with `selected`, Sites.Selected stands for Sites.ReadWrite.All and Sites.Manage.All.
 */
export function suiteScopes(access: SiteAccess): string[] {
  return graphScopes(access, ['signIn', 'people', 'storage', 'provisioning', 'calendar', 'sendMail']);
}

const same = (detail: string): ProbeOutcome => ({ result: 'samme', detail });
const differs = (detail: string): ProbeOutcome => ({ result: 'annerledes', detail });
const expectThat = (holds: boolean, ok: string, otherwise: string): ProbeOutcome => (holds ? same(ok) : differs(otherwise));

function testMeetingFile(runId: string): { committee: Committee; meeting: Meeting } {
  const file = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
  const committee: Committee = { ...file.committee, id: `m365-test-${runId}`, name: `Møtebok-test ${runId} (slettes)`, shortName: `TEST${runId.slice(-4)}` };
  const meeting: Meeting = { ...file.meeting, id: `m365-test-meeting-${runId}`, committeeId: committee.id };
  return { committee, meeting };
}

export async function runSuite(ctx: SuiteContext): Promise<ProbeReport[]> {
  const scopes = suiteScopes(ctx.siteAccess);
  const graphClients = createGraphClientFactory({ config: { graphBaseUrl: ctx.graphBaseUrl }, tokenProvider: ctx.tokens, fetch: ctx.fetch });
  // As graphServices does: the app's feature scopes under the build's site access.
  const clients: typeof graphClients = (wanted) => graphClients(scopesFor(wanted, ctx.siteAccess));
  const repository = new SharePointMeetingRepository({ clients, siteId: ctx.siteId });
  const call = async (
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; token?: boolean; raw?: BodyInit } = {},
  ): Promise<Answer> => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token !== false) headers.Authorization = `Bearer ${await ctx.tokens.getToken(scopes)}`;
    let body: BodyInit | undefined = options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = 'application/json';
    }
    const url = /^https:/.test(path) ? path : `${ctx.graphBaseUrl}${path}`;
    const response = await ctx.fetch(url, { method, headers, redirect: 'manual', ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      // not JSON
    }
    return { status: response.status, headers: response.headers, json, text };
  };
  const site = `/sites/${ctx.siteId}`;
  const runId = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const { committee, meeting } = testMeetingFile(runId);
  const cleanup: Array<() => Promise<unknown>> = [];
  const outcomes = new Map<string, ProbeOutcome>();
  const probe = async (id: string, run: () => Promise<ProbeOutcome>): Promise<void> => {
    try {
      outcomes.set(id, await run());
    } catch (error) {
      outcomes.set(id, differs(`feilet: ${error instanceof Error ? error.message : String(error)}`));
    }
    ctx.log(`${id}: ${outcomes.get(id)?.result ?? ''}`);
  };

  await probe('signin.deviceCode', async () => same(`logget på med enhetskode som ${ctx.user}`));
  await probe('signin.tokenScopes', async () => {
    const token = await ctx.tokens.getToken(scopes);
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    const scp = String(claims.scp ?? '').split(' ');
    const missing = scopes.filter((s) => !scp.includes(s));
    return expectThat(missing.length === 0 && typeof claims.tid === 'string' && typeof claims.preferred_username === 'string', `scp har ${scopes.join(', ')}`, `tokenet mangler ${missing.join(', ') || 'tid/preferred_username'}`);
  });
  await probe('graph.unauthenticated', async () => {
    const res = await call('GET', '/me', { token: false });
    const code = (res.json.error as { code?: string } | undefined)?.code;
    return expectThat(res.status === 401 && code === 'InvalidAuthenticationToken', '401 InvalidAuthenticationToken', `svarte ${res.status} ${code ?? ''}`);
  });
  await probe('graph.errorShape', async () => {
    const res = await call('GET', `${site}/lists/finnes-ikke-${runId}`);
    const error = res.json.error as { code?: string; message?: string; innerError?: Record<string, unknown> } | undefined;
    const holds = res.status === 404 && typeof error?.code === 'string' && typeof error.message === 'string' && typeof error.innerError?.['request-id'] === 'string' && typeof error.innerError?.date === 'string' && res.headers.has('request-id') && res.headers.has('client-request-id');
    return expectThat(holds, `404 ${error?.code ?? ''} med innerError og request-id-hodene`, `svarte ${res.status}: ${res.text.slice(0, 200)}`);
  });
  await probe('directory.me', async () => {
    const res = await call('GET', '/me');
    return expectThat(res.status === 200 && typeof res.json.userPrincipalName === 'string' && 'mail' in res.json, `/me ga ${String(res.json.userPrincipalName)}`, `svarte ${res.status}`);
  });
  await probe('directory.usersStartswith', async () => {
    const me = await call('GET', '/me?$select=displayName');
    const start = String(me.json.displayName ?? '').slice(0, 3);
    const res = await call('GET', `/users?$filter=${encodeURIComponent(`startswith(displayName,'${start.replace(/'/g, "''")}')`)}&$select=id,displayName,mail`);
    const value = (res.json.value as Array<{ displayName?: string }> | undefined) ?? [];
    return expectThat(res.status === 200 && value.length > 0 && value.every((u) => u.displayName?.toLowerCase().startsWith(start.toLowerCase())), `${value.length} treff på «${start}»`, `svarte ${res.status} med ${value.length} treff`);
  });

  // Lists, through the app's provisioning and repository on the test site.
  await probe('lists.provision', async () => {
    await repository.provision();
    const id = await repository.lists.listId('MotebokMeetings');
    const columns = await call('GET', `${site}/lists/${id}/columns?$select=name,indexed`);
    const indexed = ((columns.json.value as Array<{ name: string; indexed?: boolean }> | undefined) ?? []).filter((c) => c.indexed).map((c) => c.name);
    return expectThat(['MeetingId', 'CommitteeId', 'MeetingDate', 'Status'].every((c) => indexed.includes(c)), 'listene finnes, spørringskolonnene er indeksert', `indekserte kolonner: ${indexed.join(', ')}`);
  });
  await repository.saveCommittee(committee);
  cleanup.push(async () => deleteRows('MotebokCommittees', 'CommitteeId', committee.id));
  const saved = await repository.saveMeeting(meeting);
  cleanup.push(async () => deleteRows('MotebokAgendaItems', 'MeetingId', meeting.id));
  cleanup.push(async () => deleteRows('MotebokMeetings', 'MeetingId', meeting.id));
  async function rowsWhere(list: string, column: string, value: string): Promise<Array<{ id: string; eTag?: string; '@odata.etag'?: string }>> {
    const id = await repository.lists.listId(list as 'MotebokMeetings');
    const res = await call('GET', `${site}/lists/${id}/items?$filter=${encodeURIComponent(`fields/${column} eq '${value}'`)}&$top=500`);
    return (res.json.value as Array<{ id: string; eTag?: string }> | undefined) ?? [];
  }
  async function deleteRows(list: string, column: string, value: string): Promise<void> {
    const id = await repository.lists.listId(list as 'MotebokMeetings');
    for (const row of await rowsWhere(list, column, value)) await call('DELETE', `${site}/lists/${id}/items/${row.id}`);
  }
  const meetingsList = await repository.lists.listId('MotebokMeetings');
  await probe('lists.itemEtag', async () => {
    const [row] = await rowsWhere('MotebokMeetings', 'MeetingId', meeting.id);
    const before = row?.eTag ?? '';
    await repository.saveMeeting({ ...meeting, place: `${meeting.place ?? ''} ` }, saved.version);
    const [after] = await rowsWhere('MotebokMeetings', 'MeetingId', meeting.id);
    const form = /^"[0-9a-f-]{36},(\d+)"$/i;
    const n1 = Number(form.exec(before)?.[1]);
    const n2 = Number(form.exec(after?.eTag ?? '')?.[1]);
    return expectThat(form.test(before) && after?.['@odata.etag'] === after?.eTag && n2 > n1, `eTag ${before} → ${after?.eTag ?? ''}`, `eTag ${before} → ${after?.eTag ?? ''}`);
  });
  await probe('lists.ifMatch', async () => {
    const [row] = await rowsWhere('MotebokMeetings', 'MeetingId', meeting.id);
    const res = await call('PATCH', `${site}/lists/${meetingsList}/items/${row?.id ?? ''}/fields`, { body: { Place: 'x' }, headers: { 'If-Match': '"00000000-0000-0000-0000-000000000000,1"' } });
    return expectThat(res.status === 412, '412 ved utdatert If-Match', `svarte ${res.status}`);
  });
  await probe('lists.unknownField', async () => {
    const res = await call('POST', `${site}/lists/${meetingsList}/items`, { body: { fields: { FinnesIkke: 'x' } } });
    if (res.status < 300) {
      const id = String(res.json.id ?? '');
      if (id) await call('DELETE', `${site}/lists/${meetingsList}/items/${id}`);
    }
    return expectThat(res.status === 400, '400 for ukjent felt', `svarte ${res.status}`);
  });
  await probe('lists.nonIndexedFilter', async () => {
    const res = await call('GET', `${site}/lists/${meetingsList}/items?$filter=${encodeURIComponent("fields/Place eq 'x'")}`);
    return expectThat(res.status === 400, '400 uten Prefer-hodet', `svarte ${res.status}`);
  });
  await probe('lists.paging', async () => {
    const itemsList = await repository.lists.listId('MotebokAgendaItems');
    const res = await call('GET', `${site}/lists/${itemsList}/items?$top=1&$filter=${encodeURIComponent(`fields/MeetingId eq '${meeting.id}'`)}`);
    const next = res.json['@odata.nextLink'];
    const more = typeof next === 'string' ? await call('GET', next) : undefined;
    return expectThat(res.status === 200 && typeof next === 'string' && more?.status === 200, '$top=1 gir @odata.nextLink, som kan følges', `svarte ${res.status}, nextLink ${typeof next}`);
  });

  // The library: the app's folder for the test meeting.
  const document = await repository.uploadDocument(committee, meeting, `m365-test-${runId}.txt`, new TextEncoder().encode('Møtebok test:m365'));
  cleanup.push(async () => {
    const item = await call('GET', `${site}/drive/items/${document.driveItemId}?$select=parentReference`);
    const meetingFolder = (item.json.parentReference as { id?: string } | undefined)?.id;
    const folder = meetingFolder ? await call('GET', `${site}/drive/items/${meetingFolder}?$select=parentReference`) : undefined;
    const committeeFolder = (folder?.json.parentReference as { id?: string } | undefined)?.id;
    if (committeeFolder) await call('DELETE', `${site}/drive/items/${committeeFolder}`);
  });
  const folderId = String(((await call('GET', `${site}/drive/items/${document.driveItemId}?$select=parentReference`)).json.parentReference as { id?: string } | undefined)?.id ?? '');
  await probe('drive.folderConflict', async () => {
    const body = { name: 'dobbel', folder: {}, '@microsoft.graph.conflictBehavior': 'fail' };
    await call('POST', `${site}/drive/items/${folderId}/children`, { body });
    const again = await call('POST', `${site}/drive/items/${folderId}/children`, { body });
    return expectThat(again.status === 409 && (again.json.error as { code?: string } | undefined)?.code === 'nameAlreadyExists', '409 nameAlreadyExists', `svarte ${again.status}`);
  });
  await probe('drive.simpleUpload', async () => {
    const res = await call('PUT', `${site}/drive/items/${folderId}:/enkel-${runId}.txt:/content`, { raw: 'hei', headers: { 'Content-Type': 'text/plain' } });
    const holds = res.status === 201 && /^"\{[0-9A-F-]{36}\},\d+"$/.test(String(res.json.eTag)) && /^"c:\{[0-9A-F-]{36}\},\d+"$/.test(String(res.json.cTag));
    return expectThat(holds, `201, eTag ${String(res.json.eTag)}`, `svarte ${res.status}, eTag ${String(res.json.eTag)}, cTag ${String(res.json.cTag)}`);
  });
  await probe('drive.contentRedirect', async () => {
    const res = await call('GET', `${site}/drive/items/${document.driveItemId}/content`);
    return expectThat(res.status === 302 && (res.headers.get('location') ?? '').startsWith('https://'), '302 til en forhåndsgodkjent nedlastingsadresse', `svarte ${res.status}`);
  });
  await probe('drive.invalidName', async () => {
    const res = await call('PUT', `${site}/drive/items/${folderId}:/ugyldig${encodeURIComponent(':')}navn.txt:/content`, { raw: 'x', headers: { 'Content-Type': 'text/plain' } });
    return expectThat(res.status === 400, '400 for navn med :', `svarte ${res.status}`);
  });
  await probe('drive.uploadSession', async () => {
    const bytes = new Uint8Array(327_680 + 1000).fill(65);
    const session = await call('POST', `${site}/drive/items/${folderId}:/okt-${runId}.bin:/createUploadSession`, { body: { item: { '@microsoft.graph.conflictBehavior': 'replace' } } });
    const uploadUrl = String(session.json.uploadUrl ?? '');
    const first = await ctx.fetch(uploadUrl, { method: 'PUT', headers: { 'Content-Range': `bytes 0-327679/${bytes.length}` }, body: bytes.slice(0, 327_680) });
    await first.arrayBuffer();
    const last = await ctx.fetch(uploadUrl, { method: 'PUT', headers: { 'Content-Range': `bytes 327680-${bytes.length - 1}/${bytes.length}` }, body: bytes.slice(327_680) });
    const item = (await last.json()) as { size?: number };
    return expectThat(first.status === 202 && (last.status === 201 || last.status === 200) && item.size === bytes.length, `to biter, ${bytes.length} byte`, `svarte ${first.status} og ${last.status}`);
  });

  // Calendar and mail, in the signed-in user's own mailbox; no one else is invited.
  await probe('calendar.timeZone', async () => {
    const res = await call('POST', '/me/events', { body: { subject: `Møtebok test:m365 ${runId} (slettes)`, start: { dateTime: '2030-01-10T10:00:00', timeZone: 'W. Europe Standard Time' }, end: { dateTime: '2030-01-10T11:00:00', timeZone: 'W. Europe Standard Time' }, isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' }, headers: { Prefer: 'outlook.timezone="Europe/Oslo"' } });
    const id = String(res.json.id ?? '');
    if (id) cleanup.push(async () => call('DELETE', `/me/events/${id}`));
    outcomes.set('calendar.onlineMeeting', expectThat(typeof (res.json.onlineMeeting as { joinUrl?: string } | undefined)?.joinUrl === 'string', 'onlineMeeting.joinUrl er satt', 'ingen onlineMeeting.joinUrl'));
    const zone = (res.json.start as { timeZone?: string } | undefined)?.timeZone;
    return expectThat(res.status === 201 && zone === 'Europe/Oslo' && (res.headers.get('preference-applied') ?? '').includes('outlook.timezone'), `start i ${zone ?? ''}, Preference-Applied`, `svarte ${res.status}, sone ${zone ?? ''}`);
  });
  await probe('mail.sendMail', async () => {
    const res = await call('POST', '/me/sendMail', { body: { message: { subject: `Møtebok test:m365 ${runId}`, body: { contentType: 'Text', content: 'Testmelding til deg selv fra npm run test:m365.' }, toRecipients: [{ emailAddress: { address: ctx.user } }] }, saveToSentItems: true } });
    return expectThat(res.status === 202, '202 Accepted (sendt til deg selv)', `svarte ${res.status}`);
  });
  await probe('batch.limit', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    const tooMany = await call('POST', '/$batch', { body: { requests } });
    const ok = await call('POST', '/$batch', { body: { requests: requests.slice(0, 2) } });
    const ids = ((ok.json.responses as Array<{ id: string }> | undefined) ?? []).map((r) => r.id).sort();
    return expectThat(tooMany.status === 400 && ok.status === 200 && ids.join(',') === '1,2', '400 for 21, svar per id for 2', `svarte ${tooMany.status} og ${ok.status}`);
  });

  // Remove the test committee, its meeting, rows, folder and event.
  for (const step of cleanup.reverse()) await step().catch((error: unknown) => ctx.log(`opprydding: ${error instanceof Error ? error.message : String(error)}`));

  return IMITATED_BEHAVIOURS.map((b) => ({
    id: b.id,
    area: b.area,
    behaviour: b.behaviour,
    outcome: b.notOnRealTenant ? { result: 'ikke kjørt', detail: b.notOnRealTenant } : outcomes.get(b.id) ?? differs('ingen prøve for denne oppførselen'),
  }));
}
