// Request handling for the whole tenant: CORS, faults, the request log, and dispatch to the
// authority, Graph, upload/download URLs, the meeting simulator and the inspector.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { OidcAuthority } from './auth/oidc.js';
import { answerNestedAppRequest } from './auth/nestedAppBroker.js';
import { TokenService } from './auth/tokens.js';
import { GraphError, errorReply } from './http/graphError.js';
import { FaultInjector, RequestLog, faultError, faultSchema } from './http/faults.js';
import { Misconfigurations, misconfigSchema, type Misconfiguration } from './http/misconfig.js';
import { bytes, empty, json, type Reply, type RequestContext } from './http/types.js';
import { closeAfterAnswer, dropRequest, untilClientGivesUp, type TenantRequest, type TenantResponse } from './http/transport.js';
import { DriveService } from './graph/drive.js';
import { ListService } from './graph/lists.js';
import { routeGraph, type GraphServices } from './graph/router.js';
import { Store } from './store/store.js';
import { DRIVE_ID, MOTEBOK_CLIENT_ID, SITE_ID, SITE_PATH, TENANT_ID, USERS, type Organisation, type TenantUser } from './seed.js';
import { Mailboxes } from './graph/mailboxes.js';
import { handleMailbox } from './graph/mailboxRoutes.js';
import { TaskService } from './graph/tasks.js';
import { UploadSessions } from './graph/uploads.js';
import { DriveExtras } from './graph/driveExtras.js';
import { handleBatch } from './graph/batch.js';
import { serveStatic, SIMULATORS_ROOT } from './http/staticFiles.js';
import path from 'node:path';
import { handleInspector } from './inspector/inspector.js';
import { SecurityService, listChain } from './sharepoint/security.js';
import { SiteGrants } from './sharepoint/siteGrants.js';
import { SharePointRest } from './sharepoint/rest.js';
import { LiveShareRegistry } from './live/liveShareRegistry.js';
import { handleLiveShare } from './live/liveShareRoutes.js';

/** A seeded user as `/_tenant/info` tells tools, tests and the simulators (who can sign in as whom). */
export type TenantInfoUser = Pick<TenantUser, 'id' | 'userPrincipalName' | 'mail' | 'displayName' | 'userType' | 'password'> & { organisation: Organisation };

export interface TenantInfo {
  tenantId: string;
  authority: string;
  graphBaseUrl: string;
  clientId: string;
  siteId: string;
  driveId: string;
  /** Where the app runs (`npm start`: https://localhost:APP_PORT): the simulators frame its pages from there. */
  appUrl: string;
  /** Path of the development certificate (PEM) to trust, e.g. with NODE_EXTRA_CA_CERTS. */
  certificatePath: string;
  /** Fluid's local service behind the meeting simulator's Live Share, when the tenant started it. */
  liveServiceUrl?: string;
  users: TenantInfoUser[];
}

/** Where `npm start` puts the app unless APP_PORT says otherwise. */
export const DEFAULT_APP_URL = 'https://localhost:3000';

/** Largest body read at all: an upload-session chunk must stay under 60 MiB. */
const MAX_BODY = 64 * 1024 * 1024;
const EXPOSED_HEADERS = 'request-id, client-request-id, ETag, Location, Retry-After, Content-Range, Content-Length, Preference-Applied, x-ms-ags-diagnostic';

class BodyTooLarge extends Error {}

/** The JSON body of a control request (faults, misconfigurations), parsed with its schema, or 400 naming what is wrong. */
function controlBody<T>(ctx: RequestContext, schema: z.ZodType<T>, what: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(ctx.body.toString('utf8'));
  } catch {
    throw new GraphError(400, 'BadRequest', `The ${what} must be a JSON object.`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new GraphError(400, 'BadRequest', `Invalid ${what}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** A malformed percent-escape anywhere in the path is the client's error, not ours. */
function badEncoding(): GraphError {
  return new GraphError(400, 'BadRequest', 'The request URL contains an invalid percent-encoding.');
}

function readBody(req: TenantRequest): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > MAX_BODY) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new BodyTooLarge());
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function headerMap(req: TenantRequest): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  // HTTP/2's pseudo-headers (`:method`, `:path` …) are the request line, not headers: handlers see the same headers over either version.
  for (const [k, v] of Object.entries(req.headers)) if (!k.startsWith(':')) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export interface CoreOptions {
  dataDir: string;
  origin: () => string;
  quiet: boolean;
  certificatePath: string;
  /** Origin of the app the simulators frame (default https://localhost:3000). */
  appUrl?: string;
  /** The clock for expiries (upload sessions); tests move it forward. */
  now?: () => number;
  /** Fluid's local service for Live Share (tenant/live), when the tenant started one. */
  liveServiceUrl?: () => string | undefined;
}

export class TenantCore {
  readonly store: Store;
  readonly tokens: TokenService;
  readonly oidc: OidcAuthority;
  readonly drive: DriveService;
  readonly lists: ListService;
  readonly mailboxes: Mailboxes;
  readonly tasks: TaskService;
  readonly uploads: UploadSessions;
  readonly security: SecurityService;
  readonly grants: SiteGrants;
  private readonly sharePointRest: SharePointRest;
  /** Teams' side of Live Share: each meeting's Fluid container, each client's roles. */
  readonly liveShare = new LiveShareRegistry();
  readonly faults = new FaultInjector();
  readonly misconfig = new Misconfigurations();
  readonly log = new RequestLog();
  private readonly graph: GraphServices;

  constructor(private readonly options: CoreOptions) {
    this.store = new Store(options.dataDir);
    this.tokens = new TokenService(this.store, () => `${options.origin()}/${TENANT_ID}/v2.0`);
    this.oidc = new OidcAuthority(this.tokens, this.misconfig);
    const listNamed = (name: string): string | undefined => this.lists.all().find((l) => l.name === name)?.id;
    this.security = new SecurityService(this.store, {
      inheriting: () => {
        const id = this.misconfig.has('permissionsWrong') ? listNamed('MotebokAgendaItems') : undefined;
        return new Set(id ? [listChain(id)[0] ?? ''] : []);
      },
      versioningOff: () => {
        const id = this.misconfig.has('versioningOff') ? listNamed('MotebokMeetings') : undefined;
        return new Set(id ? [id] : []);
      },
    });
    this.drive = new DriveService(this.store, options.origin, this.security);
    this.lists = new ListService(this.store, options.origin, this.security, this.misconfig);
    this.mailboxes = new Mailboxes(this.store, options.origin, this.misconfig);
    this.tasks = new TaskService(this.store, () => new Date(options.now?.() ?? Date.now()));
    this.uploads = new UploadSessions(this.store, options.origin, this.drive, this.mailboxes, options.now);
    const extras = new DriveExtras(this.drive, this.uploads, this.mailboxes, this.store, options.dataDir);
    this.grants = new SiteGrants(this.store);
    this.sharePointRest = new SharePointRest(this.security, this.lists, this.drive, this.tokens, this.grants);
    this.graph = {
      drive: this.drive,
      lists: this.lists,
      misconfig: this.misconfig,
      tasks: this.tasks,
      grants: this.grants,
      driveHandlers: extras,
      mailbox: (ctx, owner, viaMe, tail) => handleMailbox(this.mailboxes, ctx, owner, viaMe, tail, this.uploads),
    };
    // Make sure the seeded site library exists on disk from the first start.
    this.drive.root();
    this.store.touch('drive');
    this.store.flush();
  }

  info(): TenantInfo {
    const origin = this.options.origin();
    return {
      tenantId: TENANT_ID,
      authority: `${origin}/${TENANT_ID}`,
      graphBaseUrl: `${origin}/v1.0`,
      clientId: MOTEBOK_CLIENT_ID,
      siteId: SITE_ID,
      driveId: DRIVE_ID,
      appUrl: this.options.appUrl ?? DEFAULT_APP_URL,
      certificatePath: this.options.certificatePath,
      ...(this.options.liveServiceUrl?.() ? { liveServiceUrl: this.options.liveServiceUrl() } : {}),
      users: USERS.map((u) => ({
        id: u.id,
        userPrincipalName: u.userPrincipalName,
        mail: u.mail,
        displayName: u.displayName,
        organisation: u.companyName,
        userType: u.userType,
        password: u.password,
      })),
    };
  }

  /** Rows straight into a list's storage, created by the referent (see InProcessTenant.seedListItems in server.ts). */
  seedListItems(list: string, rows: ReadonlyArray<Record<string, unknown>>): number {
    const target = this.lists.find(list);
    const author = USERS.find((user) => user.userPrincipalName.startsWith('hilde.kari.maugesten@'));
    if (!target || !author) throw new Error(`seedListItems: no list ${list}`);
    const created = this.lists.createItems(target, [...rows], author);
    this.store.flush();
    return created;
  }

  shutdown(): void {
    this.store.flush();
  }

  async handle(req: TenantRequest, res: TenantResponse): Promise<void> {
    const started = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    const url = new URL(rawUrl, 'https://localhost');
    const rawPath = url.pathname;
    const headers = headerMap(req);
    const requestId = randomUUID();
    const clientRequestId = headers['client-request-id'] ?? requestId;
    const corsHeaders = this.cors(headers);
    const isControl = /^\/_tenant(\/(info|requests|faults)?)?\/?$/.test(rawPath) || (rawPath.startsWith('/_tenant/') && !/^\/_tenant\/(upload|download|attachment-upload)\//.test(rawPath) && !rawPath.startsWith('/_tenant/meeting/join'));

    let reply: Reply;
    let userUpn: string | undefined;
    let stallBody = false;
    if (method === 'OPTIONS') {
      reply = empty(204, {
        'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': headers['access-control-request-headers'] ?? 'Authorization, Content-Type, client-request-id, Prefer, If-Match, Content-Range, Accept, X-HTTP-Method',
        'Access-Control-Max-Age': '86400',
      });
    } else {
      const fault = isControl ? undefined : this.faults.decide(method, rawPath);
      if (fault?.latencyMs) await new Promise((r) => setTimeout(r, fault.latencyMs));
      if (fault?.drop) {
        dropRequest(req);
        const durationMs = Math.round(performance.now() - started);
        this.log.add({ time: new Date().toISOString(), method, path: rawPath, status: 0, durationMs, bytes: 0, requestId });
        return;
      }
      let body: Buffer;
      try {
        body = await readBody(req);
      } catch (err) {
        if (!(err instanceof BodyTooLarge)) throw err;
        const r = errorReply(new GraphError(413, 'requestEntityTooLarge', `The request body is larger than the ${MAX_BODY} bytes this server accepts.`), requestId, clientRequestId);
        this.write(res, r, { ...corsHeaders, ...closeAfterAnswer(req) }, requestId, clientRequestId, method);
        return;
      }
      if (fault?.swallow === 'request') {
        await this.swallow(req, method, rawPath, started, requestId);
        return;
      }
      if (fault?.status) {
        const { code, message } = faultError(fault.status);
        const extra: Record<string, string> = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
        reply = errorReply(new GraphError(fault.status, code, message, extra), requestId, clientRequestId);
      } else {
        const ctx: RequestContext = {
          method,
          rawPath,
          query: url.searchParams,
          headers,
          body,
          requestId,
          clientRequestId,
          origin: this.options.origin(),
          scopes: new Set(),
        };
        reply = await this.dispatch(ctx);
        userUpn = ctx.user?.userPrincipalName;
        if (fault?.swallow === 'answer') {
          await this.swallow(req, method, rawPath, started, requestId);
          return;
        }
        stallBody = fault?.swallow === 'body';
      }
    }
    if (stallBody) {
      this.write(res, reply, corsHeaders, requestId, clientRequestId, method, { half: true });
      await this.swallow(req, method, rawPath, started, requestId);
      return;
    }
    const written = this.write(res, reply, corsHeaders, requestId, clientRequestId, method);
    if (!isControl) {
      this.log.add({ time: new Date().toISOString(), method, path: rawPath + (url.search || ''), status: reply.status, durationMs: Math.round((performance.now() - started) * 10) / 10, bytes: written, requestId, ...(userUpn ? { user: userUpn } : {}) });
    }
  }

  /** A swallowed request (fault `swallow`): no answer at all; its connection (HTTP/2: its stream) stays open until the client gives up (logged with status 0). */
  private async swallow(req: TenantRequest, method: string, path: string, started: number, requestId: string): Promise<void> {
    await untilClientGivesUp(req);
    this.log.add({ time: new Date().toISOString(), method, path, status: 0, durationMs: Math.round(performance.now() - started), bytes: 0, requestId });
  }

  private cors(headers: Record<string, string | undefined>): Record<string, string> {
    const origin = headers.origin;
    return {
      'Access-Control-Allow-Origin': origin ?? '*',
      'Access-Control-Expose-Headers': EXPOSED_HEADERS,
      ...(origin ? { Vary: 'Origin', 'Access-Control-Allow-Credentials': 'true' } : {}),
    };
  }

  /** Writes the answer; `half`: its headers and the first half of its body only, the connection left open (fault `swallow: 'body'`). */
  private write(
    res: TenantResponse,
    reply: Reply,
    extra: Record<string, string>,
    requestId: string,
    clientRequestId: string,
    method: string,
    stall?: { half: true },
  ): number {
    const headers: Record<string, string> = { ...extra, 'request-id': requestId, 'client-request-id': clientRequestId, ...reply.headers };
    let payload: Buffer | undefined;
    if (reply.body.kind === 'json') {
      payload = Buffer.from(JSON.stringify(reply.body.value), 'utf8');
      headers['Content-Type'] = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
    } else if (reply.body.kind === 'bytes') {
      payload = reply.body.value;
      headers['Content-Type'] = reply.body.contentType;
    }
    headers['Content-Length'] = String(payload?.length ?? 0);
    res.writeHead(reply.status, headers);
    if (stall && payload && method !== 'HEAD') {
      res.write(payload.subarray(0, Math.floor(payload.length / 2)));
      return Math.floor(payload.length / 2);
    }
    if (method === 'HEAD' || !payload) res.end();
    else res.end(payload);
    return payload?.length ?? 0;
  }

  private async dispatch(ctx: RequestContext): Promise<Reply> {
    try {
      return await this.route(ctx);
    } catch (err) {
      if (err instanceof GraphError) return errorReply(err, ctx.requestId, ctx.clientRequestId);
      if (err instanceof URIError) return errorReply(badEncoding(), ctx.requestId, ctx.clientRequestId);
      if (!this.options.quiet) console.error('[tenant] error on', ctx.method, ctx.rawPath, err);
      return errorReply(new GraphError(500, 'generalException', 'An unspecified error has occurred.'), ctx.requestId, ctx.clientRequestId);
    } finally {
      // Whatever changed during the request is on disk before the client hears about it.
      this.store.flush();
    }
  }

  /** Checks the bearer token; Graph answers 401 InvalidAuthenticationToken for every failure. */
  async authenticate(ctx: RequestContext): Promise<void> {
    const header = ctx.headers.authorization ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1]) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.', { 'WWW-Authenticate': `Bearer realm="", authorization_uri="${ctx.origin}/${TENANT_ID}/oauth2/v2.0/authorize", client_id="00000003-0000-0000-c000-000000000000"` });
    const result = await this.tokens.verifyAccess(match[1].trim());
    if (!result.ok) throw new GraphError(401, 'InvalidAuthenticationToken', result.message, { 'WWW-Authenticate': `Bearer realm="", error="invalid_token", authorization_uri="${ctx.origin}/${TENANT_ID}/oauth2/v2.0/authorize"` });
    ctx.user = result.user;
    ctx.scopes = result.scopes;
    if (result.appId) ctx.appId = result.appId;
  }

  /** One Graph request after authentication; $batch calls this for each inner request. */
  runGraph = async (ctx: RequestContext, graphPath: string): Promise<Reply> => {
    try {
      return await routeGraph(ctx, graphPath, this.graph);
    } catch (err) {
      if (err instanceof GraphError) return errorReply(err, ctx.requestId, ctx.clientRequestId);
      if (err instanceof URIError) return errorReply(badEncoding(), ctx.requestId, ctx.clientRequestId);
      if (!this.options.quiet) console.error('[tenant] error on', ctx.method, graphPath, err);
      return errorReply(new GraphError(500, 'generalException', 'An unspecified error has occurred.'), ctx.requestId, ctx.clientRequestId);
    }
  };

  /** `POST /_tenant/naa` `{ user, request }`: the simulated Teams host's token broker (auth/nestedAppBroker.ts). */
  /** `/_tenant/meeting/details/<thread id>`: the title Teams shows for the meeting of that join link. */
  private meetingDetails(rawThread: string): Reply {
    let thread: string;
    try {
      thread = decodeURIComponent(rawThread);
    } catch {
      throw new GraphError(400, 'BadRequest', 'Invalid path encoding.');
    }
    const subject = this.mailboxes.subjectOfJoinThread(thread);
    if (subject === undefined) throw new GraphError(404, 'NotFound', `No meeting has the join link of thread '${thread}'.`);
    return json(200, { subject });
  }

  private async nestedAppToken(ctx: RequestContext): Promise<Reply> {
    let body: unknown;
    try {
      body = JSON.parse(ctx.body.toString('utf8'));
    } catch {
      return json(400, { error: 'The body is not JSON: { "user": "<upn>", "request": "<NestedAppAuthRequest as JSON>" }.' });
    }
    const { user, request } = (typeof body === 'object' && body !== null ? body : {}) as { user?: unknown; request?: unknown };
    if (typeof user !== 'string' || request === undefined) return json(400, { error: 'Both «user» (the Teams user, upn) and «request» are required.' });
    return json(200, await answerNestedAppRequest(this.oidc, ctx.origin, user, request));
  }

  private async route(ctx: RequestContext): Promise<Reply> {
    const p = ctx.rawPath;
    if (p === '/v1.0' || p.startsWith('/v1.0/')) {
      await this.authenticate(ctx);
      const graphPath = p.slice('/v1.0'.length).replace(/^\//, '');
      if (graphPath === '$batch' && ctx.method === 'POST') return handleBatch(ctx, this.runGraph, this.faults, this.log);
      return this.runGraph(ctx, graphPath);
    }
    if (p === '/beta' || p.startsWith('/beta/')) throw new GraphError(400, 'BadRequest', 'The local tenant implements Graph v1.0 only.');
    if (p === '/_tenant/info' && ctx.method === 'GET') return json(200, this.info());
    if (p === '/_tenant/requests') {
      if (ctx.method === 'GET') return json(200, { value: this.log.all() });
      if (ctx.method === 'DELETE') { this.log.clear(); return empty(204); }
    }
    if (p === '/_tenant/faults') {
      if (ctx.method === 'GET') return json(200, { value: this.faults.list() });
      if (ctx.method === 'DELETE') { this.faults.clear(); return empty(204); }
      if (ctx.method === 'POST') return this.addFault(ctx);
    }
    if (p === '/_tenant/misconfig' || p.startsWith('/_tenant/misconfig/')) return this.misconfigControl(ctx, p.slice('/_tenant/misconfig'.length).replace(/^\//, ''));
    if (p.startsWith('/_tenant/upload/')) return this.uploads.handleDriveUpload(ctx, p.slice('/_tenant/upload/'.length));
    if (p.startsWith('/_tenant/attachment-upload/')) return this.uploads.handleAttachmentUpload(ctx, p.slice('/_tenant/attachment-upload/'.length));
    if (p.startsWith('/_tenant/download/') && (ctx.method === 'GET' || ctx.method === 'HEAD')) return this.download(ctx, p.slice('/_tenant/download/'.length));
    if (p === '/_tenant/live' || p.startsWith('/_tenant/live/')) return handleLiveShare(ctx, p.slice('/_tenant/live'.length), this.liveShare, this.options.liveServiceUrl?.());
    // The meeting simulator's Teams client asks here for a nested app's tokens (auth/nestedAppBroker.ts).
    if (p === '/_tenant/naa' && ctx.method === 'POST') return this.nestedAppToken(ctx);
    // The meeting simulator's title bar: the subject of the event whose Teams meeting it joined.
    if (p.startsWith('/_tenant/meeting/details/') && ctx.method === 'GET') return this.meetingDetails(p.slice('/_tenant/meeting/details/'.length));
    if (p.startsWith('/_tenant/meeting/')) return serveStatic(ctx, p.slice('/_tenant/meeting/'.length), path.join(SIMULATORS_ROOT, 'meeting'));
    if (p.startsWith('/_tenant/personal/')) return serveStatic(ctx, p.slice('/_tenant/personal/'.length), path.join(SIMULATORS_ROOT, 'personal'));
    if (p.startsWith('/_tenant/outlook/')) return serveStatic(ctx, p.slice('/_tenant/outlook/'.length), path.join(SIMULATORS_ROOT, 'outlook'));
    if (p === '/_tenant' || p.startsWith('/_tenant/')) return handleInspector(ctx, this);
    const form = ctx.method === 'POST' && (ctx.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded') ? new URLSearchParams(ctx.body.toString('utf8')) : new URLSearchParams();
    const oidc = await this.oidc.handle({ method: ctx.method, path: p, query: ctx.query, form, cookie: ctx.headers.cookie, origin: ctx.origin });
    if (oidc) return oidc;
    if (p === '/' && ctx.method === 'GET') return empty(302, { Location: '/_tenant/' });
    // SharePoint REST on the site (token for the SharePoint resource, not Graph): sharepoint/rest.ts.
    if (p.toLowerCase().startsWith(`${SITE_PATH}/_api/`)) return this.sharePointRest.handle(ctx, p.slice(`${SITE_PATH}/_api/`.length));
    if (ctx.method === 'GET' && (p.startsWith(`${SITE_PATH}/`) || p === SITE_PATH || p.startsWith('/:'))) return this.openWebUrl(p);
    throw new GraphError(404, 'NotFound', `No resource at '${p}'. Graph lives under /v1.0, the authority under /${TENANT_ID}, the inspector at /_tenant/.`);
  }

  /** `GET` lists the switches, `POST {"mode"}` turns one on, `DELETE` turns all (or `/{mode}` one) off. */
  private misconfigControl(ctx: RequestContext, mode: string): Reply {
    if (ctx.method === 'GET' && !mode) return json(200, { value: this.misconfig.list() });
    if (ctx.method === 'DELETE') {
      if (!mode) this.misconfig.clear();
      else if (this.misconfig.list().some((m) => m.mode === mode)) this.misconfig.unset(mode as Misconfiguration);
      else throw new GraphError(404, 'NotFound', `No misconfiguration '${mode}'.`);
      return empty(204);
    }
    if (ctx.method === 'POST' && !mode) {
      const { mode: chosen } = controlBody(ctx, misconfigSchema, 'misconfiguration');
      this.misconfig.set(chosen);
      return json(201, { mode: chosen, active: true });
    }
    throw new GraphError(405, 'BadRequest', `${ctx.method} is not supported here.`);
  }

  private addFault(ctx: RequestContext): Reply {
    const spec = controlBody(ctx, faultSchema, 'fault');
    try {
      new RegExp(spec.match);
    } catch {
      throw new GraphError(400, 'BadRequest', `'match' is not a valid regular expression.`);
    }
    const fault = this.faults.add(spec);
    return json(201, { id: fault.id, ...spec });
  }

  /**
   * The webUrls Graph hands out (library files and folders, sharing links, list items) lead
   * somewhere useful in development: files download, folders and lists open in the inspector.
   */
  private openWebUrl(rawPath: string): Reply {
    const path = decodeURIComponent(rawPath);
    const library = `${SITE_PATH}/Shared Documents`;
    if (path === library || path.startsWith(`${library}/`)) {
      const segments = path.slice(library.length).split('/').filter(Boolean);
      const item = this.drive.walk(this.drive.root(), segments);
      if (!item) throw new GraphError(404, 'itemNotFound', 'The file or folder does not exist (any more).');
      return empty(302, { Location: item.isFolder ? '/_tenant/library' : this.drive.downloadUrl(item) });
    }
    const listMatch = /^\/sites\/[^/]+\/Lists\/([^/]+)/.exec(path);
    if (listMatch?.[1]) {
      const list = this.lists.find(listMatch[1]);
      if (list) return empty(302, { Location: `/_tenant/lists/${encodeURIComponent(list.id)}` });
    }
    const linkToken = /\/[ev]([A-Za-z0-9_-]{10,})$/.exec(path)?.[1];
    if (linkToken) {
      const item = this.drive.all().find((i) => i.permissions.some((perm) => perm.link?.webUrl.endsWith(linkToken)));
      if (item && !item.isFolder) return empty(302, { Location: this.drive.downloadUrl(item) });
    }
    if (path === SITE_PATH || path === `${SITE_PATH}/`) return empty(302, { Location: '/_tenant/library' });
    throw new GraphError(404, 'itemNotFound', 'Nothing at this SharePoint address in the local tenant.');
  }

  private download(ctx: RequestContext, rawId: string): Reply {
    const item = this.drive.verifyDownload(decodeURIComponent(rawId), ctx.query);
    if (!item) throw new GraphError(401, 'unauthenticated', 'The download URL is invalid or has expired.');
    const safeName = item.name.replace(/["\\\r\n]/g, '_');
    return bytes(200, this.drive.content(item), item.mimeType ?? 'application/octet-stream', {
      'Content-Disposition': `attachment; filename="${safeName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(item.name)}`,
      ETag: `"${item.guid},${item.contentVersion}"`,
    });
  }
}
