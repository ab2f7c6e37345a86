// Routes under /sites/{site-id}/lists: lists, columns, items, fields, versions and delta. Each checks the
// token's scope, then the user's SharePoint permissions on the list or item (sharepoint/security.ts):
// what the user may not read is absent or 404; writing without the right is 403.
import { GraphError, notFound } from '../http/graphError.js';
import { empty, json, type Reply, type RequestContext } from '../http/types.js';
import { SITE_ID } from '../seed.js';
import { listChain, listItemChain, webChain, type Right, type ScopeChain } from '../sharepoint/security.js';
import { currentUser, ifMatchFails, parseBody, readJsonObject, requireScope } from './common.js';
import { MANAGE, READ, WRITE, columnJson, columnSchema, createListSchema, itemBodySchema, parseExpandFields, type ListRecord, type ListService } from './lists.js';
import { applySelect, evaluate, parseFilter, readPath } from './odata.js';


export function handleLists(ctx: RequestContext, lists: ListService, segments: string[]): Reply {
  const [listKey, sub, itemKey, tail, ...extra] = segments;
  const user = currentUser(ctx);
  const m = ctx.method;
  const security = lists.security;
  const requireWrite = (scopes: string[], chain: ScopeChain, right: Right = 'write'): void => {
    requireScope(ctx, scopes);
    if (!security.can(user, chain, right)) throw new GraphError(403, 'accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.');
  };
  if (!listKey) {
    if (m === 'GET') {
      requireScope(ctx, READ);
      const expand = (ctx.query.get('$expand') ?? '').toLowerCase().includes('columns');
      const filterText = ctx.query.get('$filter');
      const ast = filterText ? parseFilter(filterText, 'invalidRequest') : undefined;
      const rows = lists
        .all()
        .filter((l) => security.mayOpen(user, listChain(l.id)))
        .map((l) => lists.listJson(l, expand))
        .filter((row) => !ast || evaluate(ast, (p) => readPath(row, p)));
      return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#sites('${SITE_ID}')/lists`, value: rows.map((row) => applySelect(row, ctx.query.get('$select'))) });
    }
    if (m === 'POST') {
      requireWrite(MANAGE, webChain(), 'manageLists');
      const list = lists.createList(parseBody(createListSchema, readJsonObject(ctx)), user);
      return json(201, lists.listJson(list, true));
    }
    throw new GraphError(405, 'BadRequest', `${m} is not supported on lists.`);
  }
  const found = lists.find(listKey);
  // A list the user has no role on does not exist for them. Limited Access (given by SharePoint to someone
  // granted one item of it) is enough to reach it: its items then come back trimmed to those they may read.
  const list = found && security.mayOpen(user, listChain(found.id)) ? found : undefined;
  if (!list) {
    requireScope(ctx, READ);
    throw notFound('The specified list was not found.');
  }
  if (!sub) {
    if (m === 'GET') {
      requireScope(ctx, READ);
      return json(200, applySelect(lists.listJson(list, (ctx.query.get('$expand') ?? '').toLowerCase().includes('columns')), ctx.query.get('$select')));
    }
    if (m === 'DELETE') {
      requireWrite(MANAGE, listChain(list.id), 'manageLists');
      lists.deleteList(list);
      return empty(204);
    }
    throw new GraphError(405, 'BadRequest', `${m} is not supported on a list here.`);
  }
  if (sub === 'columns' && !itemKey) {
    if (m === 'GET') {
      requireScope(ctx, READ);
      return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#sites('${SITE_ID}')/lists('${list.id}')/columns`, value: lists.columnsOf(list).map((c) => applySelect(columnJson(c), ctx.query.get('$select'))) });
    }
    if (m === 'POST') {
      requireWrite(MANAGE, listChain(list.id), 'manageLists');
      return json(201, columnJson(lists.addColumnTo(list, parseBody(columnSchema, readJsonObject(ctx)))));
    }
  }
  if (sub === 'items') {
    if (!itemKey) {
      if (m === 'GET') {
        requireScope(ctx, READ);
        return lists.query(ctx, list, user);
      }
      if (m === 'POST') {
        requireWrite(WRITE, listChain(list.id));
        const body = parseBody(itemBodySchema, readJsonObject(ctx));
        const item = lists.createItem(list, body.fields, user);
        return json(201, lists.itemJson(list, item, ''));
      }
    }
    if (itemKey === 'delta' || itemKey === 'microsoft.graph.delta()' || itemKey === 'delta()') {
      requireScope(ctx, READ);
      return lists.delta(ctx, list, user);
    }
    if (itemKey && tail === 'versions' && m === 'GET') return itemVersions(ctx, lists, list, itemKey, extra, user);
    if (itemKey && extra.length === 0) {
      const item = lists.item(list, itemKey);
      const chain = listItemChain(list.id, item.id);
      if (!security.can(user, chain, 'read')) throw notFound('The specified list item was not found.');
      const etags = [`"${item.guid},${item.version}"`, `${item.guid},${item.version}`];
      if (!tail) {
        if (m === 'GET') {
          requireScope(ctx, READ);
          return json(200, applySelect(lists.itemJson(list, item, parseExpandFields(ctx.query.get('$expand'))), ctx.query.get('$select'), ['id', '@odata.etag', 'fields']));
        }
        if (m === 'PATCH') {
          requireWrite(WRITE, chain);
          const body = parseBody(itemBodySchema, readJsonObject(ctx));
          if (ifMatchFails(ctx, etags)) throw itemPreconditionFailed(ctx, etags[0] ?? '');
          return json(200, lists.itemJson(list, lists.updateFields(list, item, body.fields, user), ''));
        }
        if (m === 'DELETE') {
          requireWrite(WRITE, chain);
          if (ifMatchFails(ctx, etags)) throw itemPreconditionFailed(ctx, etags[0] ?? '');
          lists.deleteItem(list, item);
          return empty(204);
        }
      }
      if (tail === 'fields') {
        if (m === 'GET') {
          requireScope(ctx, READ);
          return json(200, applySelect(lists.fieldsJson(list, item), ctx.query.get('$select'), ['@odata.etag', 'id']));
        }
        if (m === 'PATCH') {
          requireWrite(WRITE, chain);
          const fields = readJsonObject(ctx);
          if (ifMatchFails(ctx, etags)) throw itemPreconditionFailed(ctx, etags[0] ?? '');
          lists.updateFields(list, item, fields, user);
          return json(200, lists.fieldsJson(list, item));
        }
      }
    }
  }
  throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${segments.join('/')}'.`);
}

/**
 * `…/items/{id}/versions` (newest first), `…/versions/{version-id}` and `…/versions/{version-id}/fields`:
 * read with Sites.Read.All like the item itself. `fields` only with `$expand=fields` (a navigation
 * property, as Microsoft's "Get a ListItemVersion" example asks for it).
 */
function itemVersions(ctx: RequestContext, lists: ListService, list: ListRecord, itemKey: string, rest: string[], user: ReturnType<typeof currentUser>): Reply {
  requireScope(ctx, READ);
  const item = lists.item(list, itemKey);
  // A version is read with the item's own rights: an item the user may not read has no history for them either.
  if (!lists.security.can(user, listItemChain(list.id, item.id), 'read')) throw notFound('The specified list item was not found.');
  const [versionKey, part, ...more] = rest;
  const expand = parseExpandFields(ctx.query.get('$expand') ?? ctx.query.get('expand'));
  if (!versionKey) {
    const value = lists.versionsOf(item).map((v) => applySelect(lists.versionJson(list, item, v, expand), ctx.query.get('$select'), ['id', 'fields']));
    return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#sites('${SITE_ID}')/lists('${list.id}')/items('${item.id}')/versions`, value });
  }
  const version = lists.version(item, versionKey);
  if (!part) return json(200, applySelect(lists.versionJson(list, item, version, expand), ctx.query.get('$select'), ['id', 'fields']));
  if (part === 'fields' && more.length === 0) return json(200, applySelect(lists.versionFieldsJson(list, item, version), ctx.query.get('$select'), ['id']));
  throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${rest.join('/')}'.`);
}

function itemPreconditionFailed(ctx: RequestContext, current: string): GraphError {
  return new GraphError(412, 'preconditionFailed', `The request ETag value '${ctx.headers['if-match'] ?? ''}' does not match the object's ETag value '${current}'.`);
}
