// Routes under /sites/{site-id}/lists: lists, columns, items, fields and delta, with the site's
// rights (members of the secretariat group write; everyone else on the site reads).
import { GraphError, notFound } from '../http/graphError.js';
import { empty, json, type Reply, type RequestContext } from '../http/types.js';
import { SITE_ID, canWriteSite } from '../seed.js';
import { currentUser, ifMatchFails, parseBody, readJsonObject, requireScope } from './common.js';
import { MANAGE, READ, WRITE, columnJson, columnSchema, createListSchema, itemBodySchema, parseExpandFields, type ListService } from './lists.js';
import { applySelect, evaluate, parseFilter, readPath } from './odata.js';


export function handleLists(ctx: RequestContext, lists: ListService, segments: string[]): Reply {
  const [listKey, sub, itemKey, tail, ...extra] = segments;
  const user = currentUser(ctx);
  const m = ctx.method;
  const requireWrite = (scopes: string[]): void => {
    requireScope(ctx, scopes);
    if (!canWriteSite(user)) throw new GraphError(403, 'accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.');
  };
  if (!listKey) {
    if (m === 'GET') {
      requireScope(ctx, READ);
      const expand = (ctx.query.get('$expand') ?? '').toLowerCase().includes('columns');
      const filterText = ctx.query.get('$filter');
      const ast = filterText ? parseFilter(filterText, 'invalidRequest') : undefined;
      const rows = lists.all().map((l) => lists.listJson(l, expand)).filter((row) => !ast || evaluate(ast, (p) => readPath(row, p)));
      return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#sites('${SITE_ID}')/lists`, value: rows.map((row) => applySelect(row, ctx.query.get('$select'))) });
    }
    if (m === 'POST') {
      requireWrite(MANAGE);
      const list = lists.createList(parseBody(createListSchema, readJsonObject(ctx)), user);
      return json(201, lists.listJson(list, true));
    }
    throw new GraphError(405, 'BadRequest', `${m} is not supported on lists.`);
  }
  const list = lists.find(listKey);
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
      requireWrite(MANAGE);
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
      requireWrite(MANAGE);
      return json(201, columnJson(lists.addColumnTo(list, parseBody(columnSchema, readJsonObject(ctx)))));
    }
  }
  if (sub === 'items') {
    if (!itemKey) {
      if (m === 'GET') {
        requireScope(ctx, READ);
        return lists.query(ctx, list);
      }
      if (m === 'POST') {
        requireWrite(WRITE);
        const body = parseBody(itemBodySchema, readJsonObject(ctx));
        const item = lists.createItem(list, body.fields, user);
        return json(201, lists.itemJson(list, item, ''));
      }
    }
    if (itemKey === 'delta' || itemKey === 'microsoft.graph.delta()' || itemKey === 'delta()') {
      requireScope(ctx, READ);
      return lists.delta(ctx, list);
    }
    if (itemKey && extra.length === 0) {
      const item = lists.item(list, itemKey);
      const etags = [`"${item.guid},${item.version}"`, `${item.guid},${item.version}`];
      if (!tail) {
        if (m === 'GET') {
          requireScope(ctx, READ);
          return json(200, applySelect(lists.itemJson(list, item, parseExpandFields(ctx.query.get('$expand'))), ctx.query.get('$select'), ['id', '@odata.etag', 'fields']));
        }
        if (m === 'PATCH') {
          requireWrite(WRITE);
          const body = parseBody(itemBodySchema, readJsonObject(ctx));
          if (ifMatchFails(ctx, etags)) throw itemPreconditionFailed(ctx, etags[0] ?? '');
          return json(200, lists.itemJson(list, lists.updateFields(list, item, body.fields, user), ''));
        }
        if (m === 'DELETE') {
          requireWrite(WRITE);
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
          requireWrite(WRITE);
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

function itemPreconditionFailed(ctx: RequestContext, current: string): GraphError {
  return new GraphError(412, 'preconditionFailed', `The request ETag value '${ctx.headers['if-match'] ?? ''}' does not match the object's ETag value '${current}'.`);
}
