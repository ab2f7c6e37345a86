import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ConflictError, NotProvisionedError, OfflineError, StorageError, UnreadableRowError } from '../../domain/ports';
import { DomainError } from '../../domain/errors';
import { normaliseGraphError } from '../../graph/graphError';
import { createSharePointRest } from '../../graph/sharePointRest';
import { AuthError } from '../../auth/tokenProvider';
import { commonMessages, type CommonKey } from './messages';
import { editingMessages } from './editing/messages';
import './editing/editingText';
import { describeError, loadMeetingFileWording, wordingReady } from './describeError';
import { InvalidMeetingError } from '../../domain/fileProblems';
import type { Translate } from './i18n';

const t: Translate<CommonKey> = (key, values) =>
  commonMessages.nb[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? ''));

describe('describeError', () => {
  it('explains a conflict and promises the text is kept', () => {
    expect(describeError(new ConflictError('412'), t)).toEqual({ kind: 'conflict', message: commonMessages.nb['error.conflict'] });
    expect(describeError(new StorageError('conflict', 'Graph 409 conflict'), t).kind).toBe('conflict');
  });

  it('maps what the repository reports to what the user can do', () => {
    expect(describeError(new OfflineError('fetch failed'), t).kind).toBe('network');
    expect(describeError(new StorageError('unauthorized', 'expired'), t).kind).toBe('unauthorized');
    expect(describeError(new StorageError('forbidden', ''), t).message).toMatch(/tilgang/);
    expect(describeError(new StorageError('throttled', '', 5), t).kind).toBe('throttled');
    expect(describeError(new StorageError('notFound', ''), t).kind).toBe('notFound');
  });

  it('words a 403 on SharePoint permission calls as a refusal to change permissions (no owner, or the app without the right), not "no access to this"', async () => {
    // The SharePoint REST client against a site that refuses everything with 403, as SharePoint words it.
    const refused = async () => new Response(JSON.stringify({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { value: 'Access denied.' } } }), { status: 403 });
    const rest = createSharePointRest(async () => 'https://contoso.sharepoint.com/sites/helse', { getToken: async () => 'token' }, refused);
    const calls = [
      () => rest.post(`web/lists/getbytitle('MotebokAgendaItems')/items(7)/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`),
      () => rest.post(`web/lists/getbytitle('MotebokAgendaItems')/items(7)/roleassignments/removeroleassignment(principalid=3,roledefid=1073741829)`),
      () => rest.post(`web/GetFolderByServerRelativeUrl('%2Fsites%2Fhelse%2FDelte%20dokumenter%2FPM')/ListItemAllFields/resetroleinheritance`),
      () => rest.get(`web/lists/getbytitle('MotebokMeetings')/roleassignments?$expand=Member,RoleDefinitionBindings`, v.unknown()),
      () => rest.get(`web/lists/getbytitle('MotebokMeetings')/items?$select=Id,RoleAssignments&$expand=RoleAssignments/Member`, v.unknown()),
    ];
    for (const call of calls) {
      const error = await call().then(() => undefined, (e: unknown) => e);
      expect(describeError(error, t)).toEqual({ kind: 'forbidden', message: editingMessages.nb['error.permissionsForbidden'] });
    }
    expect(editingMessages.nb['error.permissionsForbidden']).toMatch(/ikke eier av SharePoint-området.*appen fått rett til å styre tilganger/);
    // Any other 403 (a row, a user) keeps the general wording.
    for (const call of [() => rest.get(`web/lists/getbytitle('MotebokMeetings')/items(3)`, v.unknown()), () => rest.post('web/ensureuser', { logonName: 'a@b.no' })]) {
      const error = await call().then(() => undefined, (e: unknown) => e);
      expect(describeError(error, t).message).toBe(commonMessages.nb['error.forbidden']);
    }
  });

  it('describes what the Graph layer throws (a 412 and a lost network) without the screen knowing Graph', () => {
    expect(describeError(normaliseGraphError(Object.assign(new Error('etag'), { statusCode: 412, code: 'preconditionFailed' })), t).kind).toBe('conflict');
    expect(describeError(normaliseGraphError(new TypeError('fetch failed')), t).kind).toBe('network');
    expect(describeError(normaliseGraphError(Object.assign(new Error('slow down'), { statusCode: 429, code: 'TooManyRequests' })), t).kind).toBe('throttled');
    const busy = Object.assign(new Error('busy'), { statusCode: 503, code: 'serviceNotAvailable', headers: new Headers({ 'Retry-After': '3' }) });
    expect(describeError(normaliseGraphError(busy), t).kind).toBe('throttled');
  });

  it('names a row that could not be read by its id in the catalogue language, not in the error text meant for logs', () => {
    const error = new UnreadableRowError({ label: { kind: 'meeting', date: '2026-09-10T00:00:00Z' }, rowId: '7', problem: { code: 'missing', field: 'date' } });
    expect(describeError(error, t)).toEqual({ kind: 'rule', message: 'En rad i SharePoint kunne ikke leses (rad-ID 7).' });
    const english: Translate<CommonKey> = (key, values) => commonMessages.en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? ''));
    expect(describeError(error, english).message).toBe('A row in SharePoint could not be read (row ID 7).');
  });

  it('says the site needs setting up when the lists are missing', () => {
    const described = describeError(new NotProvisionedError('MotebokCommittees'), t);
    expect(described.kind).toBe('notProvisioned');
    expect(described.message).toMatch(/Klargjør SharePoint-området/);
  });

  it('does not guess a sign-in problem from any other error the Graph client made in its middleware', () => {
    const otherMiddlewareFailure = Object.assign(new Error('Invalid URL'), { statusCode: -1, code: 'TypeError' });
    expect(describeError(otherMiddlewareFailure, t)).toEqual({ kind: 'unknown', message: 'Uventet feil: Invalid URL' });
  });

  it('says a meeting cannot be saved at once, and names the sak and the field once the wording is fetched', async () => {
    const error = new InvalidMeetingError([{ item: { caseNumber: '2026.03', position: 2 }, problem: { code: 'missing' } }, { problem: { code: 'wrongType', expected: 'boolean' } }]);
    expect(describeError(error, t)).toEqual({ kind: 'rule', message: 'Møtet kan ikke lagres slik det er.' });
    await loadMeetingFileWording();
    expect(describeError(error, t)).toEqual({ kind: 'rule', message: 'Møtet kan ikke lagres slik det er:\nSak 2026.03: Mangler.\nMøtet: Skal være sann/usann.' });
  });

  it('shows a sign-in failure from a Graph call (restored by the gateway from its code) with the sign-in message', async () => {
    const wrappedByClient = Object.assign(new Error(new AuthError('interactionRequired', 'AADSTS50058').message), { statusCode: -1, code: 'AuthError' });
    const restored = normaliseGraphError(wrappedByClient);
    expect(restored).toMatchObject({ code: 'interactionRequired', detail: 'AADSTS50058' });
    await wordingReady(restored);
    expect(describeError(restored, t)).toEqual({ kind: 'unauthorized', message: 'Du må logge inn på nytt for å fortsette. Det du har skrevet, er tatt vare på.' });
    expect(describeError(new AuthError('network'), t)).toEqual({ kind: 'network', message: 'Får ikke kontakt med innloggingstjenesten. Sjekk nettforbindelsen og prøv igjen.' });
  });

  it('never shows the line of a DomainError that says nothing as data as if it were words: it is a bug, said with its detail', () => {
    expect(describeError(new DomainError('emptyTitle', 'emptyTitle item=a'), t)).toEqual({ kind: 'unknown', message: 'Uventet feil: emptyTitle item=a' });
  });

  it('treats a failed fetch as a lost network and anything else as an unexpected error with its detail', () => {
    expect(describeError(new TypeError('Failed to fetch'), t).kind).toBe('network');
    expect(describeError(new Error('boom'), t)).toEqual({ kind: 'unknown', message: 'Uventet feil: boom' });
  });
});

describe('describeError for a rule of the model’s fields (domain/fieldRules.ts)', () => {
  it('words a schema’s parse that threw on a field rule once the wording is here, never its language-free message', async () => {
    const { CommitteeSchema } = await import('../../domain/model');
    const { parse } = await import('valibot');
    let error: unknown;
    try {
      parse(CommitteeSchema, { id: 'pm', name: '', shortName: 'PM', languageForm: 'nb', members: [] });
    } catch (caught) {
      error = caught;
    }
    await wordingReady(error);
    expect(describeError(error, t)).toEqual({ kind: 'rule', message: 'Navn på møteorganet mangler' });
  });
});

// Last: it fetches the wording, which the tests above expect not to be here yet.
describe('describeError for a failure of Microsoft 365 the common texts do not name', () => {
  it('says a server failure in words, its line only as the detail for support', async () => {
    const error = new StorageError('server', 'Graph 500 generalException: boom');
    await wordingReady(error);
    expect(describeError(error, t)).toEqual({ kind: 'unknown', message: 'Microsoft 365 svarer ikke som det skal akkurat nå. Prøv igjen om litt.', detail: 'Graph 500 generalException: boom' });
  });
});
