// Validates Graph requests and responses against Microsoft's OpenAPI description of Graph v1.0
// (the subset kept in ./openapi/, see its README). Used by the tenant's fidelity tests and by the app's
// Graph tests to check what the app sends. Returns a list of problems; empty means it conforms.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const SPEC_FILE = 'graph-v1.0-subset.relaxed.openapi.json';

/** The description travels with the repository (./openapi), so a clone with nothing beside it can test. */
export const SPEC_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'openapi', SPEC_FILE);

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  op: JsonObject;
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * OpenAPI 3.0's `nullable: true` is not JSON Schema: turn it into a `null` type (or an anyOf
 * with null where there is no type, e.g. beside $ref), so Ajv checks what the description means.
 */
export function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) out[k] = k === 'properties' && isObject(v) ? Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, toJsonSchema(pv)])) : toJsonSchema(v);
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  if (out.nullable === false) delete out.nullable;
  return out;
}

/** `microsoft.graph.sendMail` → `sendMail`: Graph accepts both spellings of an action. */
function stripActionPrefix(p: string): string {
  return p.split('/').map((s) => s.replace(/^microsoft\.graph\./, '')).join('/');
}

/**
 * Brings an actual request path to the description's shapes: no origin, /v1.0 or query; drive
 * path addressing (`root:/a/b:`) as an item id; paths below the site's `drive` as a drive's; `calendar/events`
 * of another user as their events; mail folders as messages.
 */
export function normalisePath(raw: string): string {
  let p = raw.replace(/^https?:\/\/[^/]+/i, '').split('?')[0] ?? '';
  p = p.replace(/^\/v1\.0(?=\/|$)/, '');
  if (!p.startsWith('/')) p = `/${p}`;
  p = stripActionPrefix(p);
  // Only what lies below the site's drive becomes a drive path: `/sites/{id}/drive` itself is described as is.
  p = p.replace(/^\/sites\/[^/]+\/drive(?=\/)/, '/drives/SITE-DRIVE');
  p = p.replace(/^\/sites\/[^/]+\/drives\/([^/]+)(?=\/|$)/, '/drives/$1');
  // root:/path: or items/{id}:/path: (trailing colon optional when nothing follows)
  p = p.replace(/^\/drives\/([^/]+)\/(root|items\/[^/:]+):[^:]*(?::|$)/, '/drives/$1/items/ADDRESSED');
  p = p.replace(/^\/drives\/([^/]+)\/root\/(.+)$/, '/drives/$1/items/ROOT/$2');
  p = p.replace(/^\/users\/([^/]+)\/calendar\/events/, '/users/$1/events');
  p = p.replace(/^\/(me|users\/[^/]+)\/mailFolders\/[^/]+\/messages/, '/$1/messages');
  return p.replace(/\/+$/, '') || '/';
}

export class GraphContract {
  private readonly ajv: Ajv;
  private readonly operations: Operation[] = [];
  private readonly spec: JsonObject;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(specPath = SPEC_PATH) {
    if (!existsSync(specPath)) throw new Error(`The Graph OpenAPI description is missing at ${specPath} (see tenant/contract/openapi/README.md).`);
    this.spec = JSON.parse(readFileSync(specPath, 'utf8')) as JsonObject;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, discriminator: false });
    const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
    addFormats(this.ajv);
    for (const f of ['int64', 'int32', 'int16', 'int8', 'double', 'float', 'decimal', 'base64url', 'binary', 'byte']) this.ajv.addFormat(f, true);
    this.ajv.addSchema({ $id: 'graph', components: toJsonSchema(this.spec.components ?? {}) } as object);
    const paths = this.spec.paths;
    if (!isObject(paths)) throw new Error('The description has no paths.');
    for (const [template, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      const normalised = stripActionPrefix(template);
      const regex = new RegExp(`^${normalised.split('/').map((seg) => (/^\{[^}]+\}$/.test(seg) ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`);
      for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
        const op = item[method];
        if (isObject(op)) this.operations.push({ method: method.toUpperCase(), template, regex, op });
      }
    }
  }

  /** The description's operation for an actual request, e.g. ('GET', '/v1.0/me/events?$top=5'). */
  findOperation(method: string, rawPath: string): { template: string; op: JsonObject } | undefined {
    const p = normalisePath(rawPath);
    const m = method.toUpperCase();
    // Literal segments beat parameters: /drives/{id}/root before /drives/{id}/items/{id}.
    const candidates = this.operations.filter((o) => o.method === m && o.regex.test(p));
    candidates.sort((a, b) => (b.template.match(/\{/g)?.length ?? 0) < (a.template.match(/\{/g)?.length ?? 0) ? 1 : -1);
    const found = candidates[0];
    return found ? { template: found.template, op: found.op } : undefined;
  }

  private deref(obj: Json | undefined): JsonObject | undefined {
    let current = obj;
    for (let i = 0; i < 5 && isObject(current) && typeof current.$ref === 'string'; i++) {
      const parts = current.$ref.replace(/^#\//, '').split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      let target: Json | undefined = this.spec;
      for (const part of parts) target = isObject(target) ? target[part] : undefined;
      current = target;
    }
    return isObject(current) ? current : undefined;
  }

  private validator(key: string, schema: Json): ValidateFunction {
    const cached = this.cache.get(key);
    if (cached) return cached;
    // Local refs point into the components we registered as 'graph'.
    const rewritten = JSON.parse(JSON.stringify(toJsonSchema(schema)).replace(/"#\/components\//g, '"graph#/components/')) as object;
    const fn = this.ajv.compile(rewritten);
    this.cache.set(key, fn);
    return fn;
  }

  private check(key: string, schema: Json, body: unknown, where: string): string[] {
    const fn = this.validator(key, schema);
    if (fn(body)) return [];
    return (fn.errors ?? []).slice(0, 20).map((e) => `${where} ${e.instancePath || '/'}: ${e.message ?? 'invalid'}${e.params && 'allowedValues' in e.params ? ` (${String((e.params as { allowedValues: unknown[] }).allowedValues.join(', '))})` : ''}`);
  }

  validateRequest(method: string, rawPath: string, body: unknown): string[] {
    const found = this.findOperation(method, rawPath);
    if (!found) return [`${method} ${normalisePath(rawPath)} is not an operation of the Graph v1.0 subset description.`];
    const requestBody = this.deref(found.op.requestBody);
    if (!requestBody) return body === undefined || body === null || body === '' ? [] : [`${method} ${found.template} takes no request body.`];
    const content = this.deref(requestBody.content);
    const jsonContent = content ? this.deref(content['application/json']) : undefined;
    if (!jsonContent) return []; // binary uploads (PUT .../content) are not JSON
    if (body === undefined) return requestBody.required === true ? [`${method} ${found.template} requires a body.`] : [];
    return this.check(`req ${method} ${found.template}`, jsonContent.schema ?? {}, body, 'request body');
  }

  validateResponse(method: string, rawPath: string, status: number, body: unknown): string[] {
    const found = this.findOperation(method, rawPath);
    if (!found) return [`${method} ${normalisePath(rawPath)} is not an operation of the Graph v1.0 subset description.`];
    const deviation = knownDeviation(method, found.template, status);
    if (deviation === 'no-body') return body === undefined || body === null || body === '' ? [] : [`${status} from ${found.template} should have no body.`];
    const responses = this.deref(found.op.responses) ?? {};
    let key = deviation ?? String(status);
    if (!(key in responses)) key = `${String(status)[0]}XX`;
    if (!(key in responses)) key = 'default';
    const response = this.deref(responses[key]);
    if (!response) return [`${method} ${found.template} does not describe status ${status}.`];
    const content = this.deref(response.content);
    const jsonContent = content ? this.deref(content['application/json']) : undefined;
    if (!jsonContent) {
      if (status === 302) return [];
      return body === undefined || body === null || body === '' ? [] : [`${status} from ${found.template} is described without a body but one was sent.`];
    }
    if (body === undefined || body === null || body === '') return [`${status} from ${found.template} should have a JSON body.`];
    return this.check(`res ${method} ${found.template} ${key}`, jsonContent.schema ?? {}, body, `response ${status} body`);
  }
}

/** Where the description is known to be wrong (see openapi/README.md), the documented behaviour wins. */
function knownDeviation(method: string, template: string, status: number): string | 'no-body' | undefined {
  const t = stripActionPrefix(template);
  if (method === 'POST' && t.endsWith('/sendMail') && status === 202) return 'no-body';
  if (method === 'PUT' && t.endsWith('/content') && (status === 200 || status === 201)) return 'DRIVEITEM';
  if (method === 'GET' && t.endsWith('/content') && status === 302) return 'no-body';
  return undefined;
}

let shared: GraphContract | undefined;
function contract(): GraphContract {
  if (!shared) {
    shared = new GraphContract();
    patchDriveItemDeviation(shared);
  }
  return shared;
}

/** PUT .../content answers with the driveItem (the description's 204 is a generator bug). */
function patchDriveItemDeviation(c: GraphContract): void {
  const internals = c as unknown as { spec: JsonObject };
  const paths = internals.spec.paths;
  if (!isObject(paths)) return;
  const item = paths['/drives/{drive-id}/items/{driveItem-id}/content'];
  if (!isObject(item) || !isObject(item.put) || !isObject(item.put.responses)) return;
  item.put.responses.DRIVEITEM = { content: { 'application/json': { schema: { $ref: '#/components/schemas/microsoft.graph.driveItem' } } }, description: 'driveItem' };
}

/** Problems with a request the app sends; [] when it conforms. */
export function validateRequest(method: string, path: string, body: unknown): string[] {
  return contract().validateRequest(method, path, body);
}

/** Problems with a response Graph (or the local tenant) gave; [] when it conforms. */
export function validateResponse(method: string, path: string, status: number, body: unknown): string[] {
  return contract().validateResponse(method, path, status, body);
}

/** Whether the description covers `method path` at all (e.g. /users and $batch are not in the subset). */
export function isDescribed(method: string, path: string): boolean {
  return contract().findOperation(method, path) !== undefined;
}
