// Microsoft Planner and Microsoft To Do: the subset Møtebok's follow-up (oppfølgingspunkt) uses.
// Planner (learn.microsoft.com/graph/api/resources/planner-overview): plans belong to a Microsoft 365
// group and only the group's members may read or change them; every write of a task or its details
// needs the If-Match eTag of the last read (412 when stale); PATCH answers 204, or 200 with the task
// under `Prefer: return=representation`. To Do (resources/todo-overview): lists live in the user's
// mailbox, and with delegated permissions only the signed-in user's own lists can be reached —
// another user's answer 403 (Microsoft Q&A 794955/1183167: "we can get todo tasks list only for the
// current signed in user"). Nobody can assign a To Do task to someone else.
import { GraphError } from '../http/graphError.js';
import { empty, json, type Reply, type RequestContext } from '../http/types.js';
import { findUser, GROUPS, type TenantUser } from '../seed.js';
import type { Store } from '../store/store.js';
import { currentUser, newGuid, parseBody, readJsonObject, requireScope } from './common.js';
import { z } from 'zod';

/** The committee's plan in the seeded tenant: owned by the group "Partnerskapsmøtet medlemmer". */
export const SEED_PLANS: readonly { id: string; title: string; groupId: string }[] = [
  { id: 'pM0ppf0lgingHelsefellesskap1', title: 'Partnerskapsmøtet – oppfølging', groupId: 'c3d4e5f6-0002-4c00-8000-00000000c002' },
];

const READ_SCOPES = ['Tasks.Read', 'Tasks.ReadWrite', 'Group.Read.All', 'Group.ReadWrite.All'] as const;
const WRITE_SCOPES = ['Tasks.ReadWrite', 'Group.ReadWrite.All'] as const;
const TODO_READ_SCOPES = ['Tasks.Read', 'Tasks.ReadWrite'] as const;
const TODO_WRITE_SCOPES = ['Tasks.ReadWrite'] as const;
const NO_ACCESS = 'You do not have the required permissions to access this item.';

interface Identity { user: { id: string; displayName: string } }
interface StoredAssignment { assignedBy: Identity; assignedDateTime: string; orderHint: string }
interface StoredTask {
  id: string; planId: string; bucketId: string | null; title: string; orderHint: string; percentComplete: number; priority: number;
  startDateTime: string | null; dueDateTime: string | null; createdDateTime: string; completedDateTime: string | null;
  completedBy: Identity | null; createdBy: Identity; assignments: Record<string, StoredAssignment>; version: number;
  details: {
    description: string;
    references: Record<string, { alias: string | null; type: string | null; previewPriority: string; lastModifiedBy: Identity; lastModifiedDateTime: string }>;
    version: number;
  };
}
interface PlannerDoc { tasks: StoredTask[] }
interface StoredTodoTask {
  id: string; title: string; body: { content: string; contentType: 'text' | 'html' }; status: string; importance: string;
  dueDateTime: { dateTime: string; timeZone: string } | null; completedDateTime: { dateTime: string; timeZone: string } | null;
  createdDateTime: string; lastModifiedDateTime: string; version: number;
  linkedResources: { id: string; webUrl: string | null; applicationName: string | null; displayName: string | null; externalId: string | null }[];
}
interface StoredTodoList { id: string; displayName: string; wellknownListName: 'defaultList' | 'none'; tasks: StoredTodoTask[]; version: number }
interface TodoDoc { lists: Record<string, StoredTodoList[]> }

const identity = (u: TenantUser): Identity => ({ user: { id: u.id, displayName: u.displayName } });
/** Planner's eTags are weak and opaque: W/"<base64>". */
const plannerEtag = (id: string, version: number): string => `W/"${Buffer.from(`${version}-${id}`).toString('base64')}"`;
const dateTime = z.iso.datetime({ offset: true }).nullable();

const AssignmentSchema = z
  .object({ '@odata.type': z.literal('#microsoft.graph.plannerAssignment', { error: 'Each assignment needs "@odata.type": "#microsoft.graph.plannerAssignment"' }), orderHint: z.string({ error: 'Each assignment needs an orderHint' }) })
  .nullable();
const TaskWritable = {
  title: z.string().min(1).max(255),
  bucketId: z.string().nullable(),
  orderHint: z.string(),
  percentComplete: z.number().int().min(0).max(100),
  priority: z.number().int().min(0).max(10),
  startDateTime: dateTime,
  dueDateTime: dateTime,
  assignments: z.record(z.string(), AssignmentSchema),
};
const CreateTaskSchema = z.strictObject({ '@odata.type': z.string().optional(), planId: z.string({ error: 'planId is required' }), ...TaskWritable, title: TaskWritable.title }).partial({ bucketId: true, orderHint: true, percentComplete: true, priority: true, startDateTime: true, dueDateTime: true, assignments: true });
const UpdateTaskSchema = z.strictObject(TaskWritable).partial();
const UpdateDetailsSchema = z.strictObject({
  description: z.string().max(32000),
  references: z.record(z.string(), z.union([z.null(), z.object({ '@odata.type': z.literal('#microsoft.graph.plannerExternalReference'), alias: z.string().nullable().optional(), type: z.string().nullable().optional(), previewPriority: z.string().optional() })])),
}).partial();

const TodoDateSchema = z.strictObject({ dateTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/), timeZone: z.string().min(1) });
const TodoWritable = {
  title: z.string().max(255),
  body: z.strictObject({ content: z.string(), contentType: z.enum(['text', 'html']) }),
  status: z.enum(['notStarted', 'inProgress', 'completed', 'waitingOnOthers', 'deferred']),
  importance: z.enum(['low', 'normal', 'high']),
  dueDateTime: TodoDateSchema.nullable(),
  linkedResources: z.array(
    z.strictObject({
      webUrl: z.string().optional(),
      applicationName: z.string().optional(),
      displayName: z.string().optional(),
      externalId: z.string().optional(),
    }),
  ),
};
const TodoTaskSchema = z.strictObject(TodoWritable).partial();

export class TaskService {
  constructor(private readonly store: Store, private readonly now: () => Date = () => new Date()) {}

  private planner(): PlannerDoc {
    return this.store.doc<PlannerDoc>('planner', () => ({ tasks: [] }));
  }
  private todo(): TodoDoc {
    return this.store.doc<TodoDoc>('todo', () => ({ lists: {} }));
  }

  // ── Planner ──────────────────────────────────────────────────────────────────────────────────
  private plan(id: string) {
    const plan = SEED_PLANS.find((p) => p.id === id);
    if (!plan) throw new GraphError(404, 'NotFound', 'The requested item is not found.');
    return plan;
  }
  private canUse(user: TenantUser, planId: string): boolean {
    const plan = this.plan(planId);
    return GROUPS.find((g) => g.id === plan.groupId)?.memberIds.includes(user.id) ?? false;
  }
  private checkPlan(user: TenantUser, planId: string): void {
    if (!this.canUse(user, planId)) throw new GraphError(403, 'Forbidden', NO_ACCESS);
  }
  private task(user: TenantUser, id: string): StoredTask {
    const task = this.planner().tasks.find((t) => t.id === id);
    if (!task) throw new GraphError(404, 'NotFound', 'The requested item is not found.');
    this.checkPlan(user, task.planId);
    return task;
  }
  private taskJson(ctx: RequestContext, t: StoredTask): Record<string, unknown> {
    const assignments: Record<string, unknown> = {};
    for (const [id, a] of Object.entries(t.assignments)) assignments[id] = { '@odata.type': '#microsoft.graph.plannerAssignment', ...a };
    const { version, details, ...rest } = t;
    return {
      '@odata.context': `${ctx.origin}/v1.0/$metadata#planner/tasks/$entity`, '@odata.etag': plannerEtag(t.id, version), ...rest,
      assigneePriority: '', hasDescription: details.description.length > 0, previewType: 'automatic', referenceCount: Object.keys(details.references).length,
      checklistItemCount: 0, activeChecklistItemCount: 0, conversationThreadId: null, appliedCategories: {}, assignments,
    };
  }
  private detailsJson(ctx: RequestContext, t: StoredTask): Record<string, unknown> {
    const references: Record<string, unknown> = {};
    for (const [url, r] of Object.entries(t.details.references)) references[url] = { '@odata.type': '#microsoft.graph.plannerExternalReference', ...r };
    return { '@odata.context': `${ctx.origin}/v1.0/$metadata#planner/tasks('${t.id}')/details/$entity`, '@odata.etag': plannerEtag(`${t.id}-details`, t.details.version), id: t.id, description: t.details.description, previewType: 'automatic', references, checklist: {} };
  }
  /** Planner refuses a write without If-Match, and with an eTag that is no longer current. */
  private checkIfMatch(ctx: RequestContext, current: string): void {
    const ifMatch = ctx.headers['if-match'];
    if (!ifMatch) throw new GraphError(400, 'BadRequest', 'The If-Match header must be specified for this kind of request.');
    if (ifMatch !== '*' && ifMatch !== current) throw new GraphError(412, 'PreconditionFailed', 'The request is not valid: the resource has changed since it was read (If-Match does not match the current ETag).');
  }
  private applyAssignments(user: TenantUser, task: StoredTask, changes: Record<string, z.infer<typeof AssignmentSchema>>): void {
    for (const [userId, value] of Object.entries(changes)) {
      if (value === null) {
        delete task.assignments[userId];
        continue;
      }
      const assignee = findUser(userId);
      if (!assignee || assignee.id !== userId) throw new GraphError(400, 'BadRequest', `The assignment key '${userId}' is not the id of a user.`);
      // " !" asks the service to place it first; other hints are kept as given.
      const orderHint = value.orderHint.trim() === '!' ? `8585${Date.now().toString(36)}` : value.orderHint;
      task.assignments[userId] = { assignedBy: identity(user), assignedDateTime: this.now().toISOString(), orderHint };
    }
    if (Object.keys(task.assignments).length > 20) throw new GraphError(403, 'Forbidden', 'MaximumAssigneesInTasks: a task can have at most 20 assignees.');
  }
  private setProgress(user: TenantUser, task: StoredTask, percentComplete: number): void {
    task.percentComplete = percentComplete;
    task.completedDateTime = percentComplete === 100 ? this.now().toISOString() : null;
    task.completedBy = percentComplete === 100 ? identity(user) : null;
  }

  createTask(ctx: RequestContext): Reply {
    requireScope(ctx, WRITE_SCOPES);
    const user = currentUser(ctx);
    const body = parseBody(CreateTaskSchema, readJsonObject(ctx), 'BadRequest');
    this.checkPlan(user, body.planId);
    const task: StoredTask = {
      id: newGuid().replace(/-/g, '').slice(0, 28), planId: body.planId, bucketId: body.bucketId ?? null, title: body.title, orderHint: body.orderHint ?? `8585${Date.now().toString(36)}`,
      percentComplete: 0, priority: body.priority ?? 5, startDateTime: body.startDateTime ?? null, dueDateTime: body.dueDateTime ?? null,
      createdDateTime: this.now().toISOString(), completedDateTime: null, completedBy: null, createdBy: identity(user), assignments: {}, version: 1,
      details: { description: '', references: {}, version: 1 },
    };
    this.applyAssignments(user, task, body.assignments ?? {});
    if (body.percentComplete !== undefined) this.setProgress(user, task, body.percentComplete);
    this.planner().tasks.push(task);
    this.store.touch('planner');
    return json(201, this.taskJson(ctx, task), { ETag: plannerEtag(task.id, task.version) });
  }

  getTask(ctx: RequestContext, id: string): Reply {
    requireScope(ctx, READ_SCOPES);
    const task = this.task(currentUser(ctx), id);
    return json(200, this.taskJson(ctx, task), { ETag: plannerEtag(task.id, task.version) });
  }

  updateTask(ctx: RequestContext, id: string): Reply {
    requireScope(ctx, WRITE_SCOPES);
    const user = currentUser(ctx);
    const task = this.task(user, id);
    this.checkIfMatch(ctx, plannerEtag(task.id, task.version));
    const body = parseBody(UpdateTaskSchema, readJsonObject(ctx), 'BadRequest');
    const { assignments, percentComplete, ...plain } = body;
    Object.assign(task, plain);
    if (assignments) this.applyAssignments(user, task, assignments);
    if (percentComplete !== undefined) this.setProgress(user, task, percentComplete);
    task.version += 1;
    this.store.touch('planner');
    const etagHeader = { ETag: plannerEtag(task.id, task.version) };
    if ((ctx.headers.prefer ?? '').includes('return=representation')) return json(200, this.taskJson(ctx, task), { ...etagHeader, 'Preference-Applied': 'return=representation' });
    return empty(204, etagHeader);
  }

  getDetails(ctx: RequestContext, id: string): Reply {
    requireScope(ctx, READ_SCOPES);
    const task = this.task(currentUser(ctx), id);
    return json(200, this.detailsJson(ctx, task), { ETag: plannerEtag(`${task.id}-details`, task.details.version) });
  }

  updateDetails(ctx: RequestContext, id: string): Reply {
    requireScope(ctx, WRITE_SCOPES);
    const user = currentUser(ctx);
    const task = this.task(user, id);
    this.checkIfMatch(ctx, plannerEtag(`${task.id}-details`, task.details.version));
    const body = parseBody(UpdateDetailsSchema, readJsonObject(ctx), 'BadRequest');
    if (body.description !== undefined) task.details.description = body.description;
    for (const [key, ref] of Object.entries(body.references ?? {})) {
      // Reference keys are URLs with '%', '.', ':', '@' and '#' percent-encoded (plannerExternalReferences).
      if (/[.:@#]/.test(key)) throw new GraphError(400, 'BadRequest', `The reference key '${key}' must be an encoded URL (encode '.', ':', '@' and '#').`);
      if (ref === null) delete task.details.references[key];
      else task.details.references[key] = { alias: ref.alias ?? null, type: ref.type ?? null, previewPriority: ref.previewPriority ?? ' !', lastModifiedBy: identity(user), lastModifiedDateTime: this.now().toISOString() };
    }
    task.details.version += 1;
    this.store.touch('planner');
    const etagHeader = { ETag: plannerEtag(`${task.id}-details`, task.details.version) };
    if ((ctx.headers.prefer ?? '').includes('return=representation')) return json(200, this.detailsJson(ctx, task), etagHeader);
    return empty(204, etagHeader);
  }

  private planJson(plan: (typeof SEED_PLANS)[number]): Record<string, unknown> {
    return {
      '@odata.etag': plannerEtag(plan.id, 1), id: plan.id, title: plan.title, owner: plan.groupId, createdDateTime: '2026-01-05T08:00:00Z',
      container: { containerId: plan.groupId, type: 'group', url: `https://graph.microsoft.com/v1.0/groups/${plan.groupId}` },
    };
  }

  getPlan(ctx: RequestContext, id: string): Reply {
    requireScope(ctx, READ_SCOPES);
    const plan = this.plan(id);
    this.checkPlan(currentUser(ctx), plan.id);
    return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#planner/plans/$entity`, ...this.planJson(plan) });
  }

  listPlanTasks(ctx: RequestContext, id: string): Reply {
    requireScope(ctx, READ_SCOPES);
    this.checkPlan(currentUser(ctx), this.plan(id).id);
    return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#planner/plans('${id}')/tasks`, value: this.planner().tasks.filter((t) => t.planId === id).map((t) => this.taskJson(ctx, t)) });
  }

  listGroupPlans(ctx: RequestContext, groupId: string): Reply {
    requireScope(ctx, READ_SCOPES);
    const group = GROUPS.find((g) => g.id === groupId);
    if (!group) throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`);
    if (!group.memberIds.includes(currentUser(ctx).id)) throw new GraphError(403, 'Forbidden', NO_ACCESS);
    return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#groups('${groupId}')/planner/plans`, value: SEED_PLANS.filter((p) => p.groupId === groupId).map((p) => this.planJson(p)) });
  }

  /** /me/planner/tasks: the tasks assigned to the user, in plans the user can still reach. */
  myTasks(ctx: RequestContext, owner: TenantUser): Reply {
    requireScope(ctx, READ_SCOPES);
    const user = currentUser(ctx);
    if (owner.id !== user.id) throw new GraphError(403, 'Forbidden', NO_ACCESS);
    const mine = this.planner().tasks.filter((t) => t.assignments[user.id] && this.canUse(user, t.planId));
    return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#users('${user.id}')/planner/tasks`, value: mine.map((t) => this.taskJson(ctx, t)) });
  }

  // ── To Do ────────────────────────────────────────────────────────────────────────────────────
  private listsOf(ctx: RequestContext, owner: TenantUser, write: boolean): StoredTodoList[] {
    requireScope(ctx, write ? TODO_WRITE_SCOPES : TODO_READ_SCOPES, 'ErrorAccessDenied');
    const user = currentUser(ctx);
    // Delegated: only the signed-in user's own mailbox (To Do has no shared or delegated access through Graph).
    if (owner.id !== user.id) throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    if (owner.userType === 'Guest') throw new GraphError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
    const doc = this.todo();
    let lists = doc.lists[owner.id];
    if (!lists) {
      lists = [{ id: `AAMk${newGuid().replace(/-/g, '')}=`, displayName: 'Tasks', wellknownListName: 'defaultList', tasks: [], version: 1 }];
      doc.lists[owner.id] = lists;
      this.store.touch('todo');
    }
    return lists;
  }
  private listJson(l: StoredTodoList): Record<string, unknown> {
    return { '@odata.etag': `W/"${Buffer.from(`${l.version}-${l.id}`).toString('base64')}"`, id: l.id, displayName: l.displayName, isOwner: true, isShared: false, wellknownListName: l.wellknownListName };
  }
  private todoJson(t: StoredTodoTask): Record<string, unknown> {
    const { version, ...rest } = t;
    return { '@odata.etag': `W/"${Buffer.from(`${version}-${t.id}`).toString('base64')}"`, ...rest, isReminderOn: false, hasAttachments: false, categories: [], bodyLastModifiedDateTime: t.lastModifiedDateTime };
  }

  handleTodo(ctx: RequestContext, owner: TenantUser, tail: string[]): Reply {
    const [listsSeg, listId, tasksSeg, taskId, extra] = tail;
    if (listsSeg !== 'lists' || extra !== undefined) throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${listsSeg ?? 'todo'}'.`);
    const write = ctx.method !== 'GET';
    const lists = this.listsOf(ctx, owner, write);
    if (!listId) {
      if (ctx.method === 'GET') return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#users('${owner.id}')/todo/lists`, value: lists.map((l) => this.listJson(l)) });
      if (ctx.method === 'POST') {
        const body = parseBody(z.strictObject({ displayName: z.string().min(1).max(255) }), readJsonObject(ctx), 'invalidRequest');
        const list: StoredTodoList = { id: `AAMk${newGuid().replace(/-/g, '')}=`, displayName: body.displayName, wellknownListName: 'none', tasks: [], version: 1 };
        lists.push(list);
        this.store.touch('todo');
        return json(201, { '@odata.context': `${ctx.origin}/v1.0/$metadata#users('${owner.id}')/todo/lists/$entity`, ...this.listJson(list) });
      }
      throw new GraphError(405, 'ErrorInvalidRequest', `${ctx.method} is not supported here.`);
    }
    const list = lists.find((l) => l.id === decodeURIComponent(listId));
    if (!list) throw new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    if (!tasksSeg) {
      if (ctx.method === 'GET') return json(200, this.listJson(list));
      throw new GraphError(405, 'ErrorInvalidRequest', `${ctx.method} is not supported here.`);
    }
    if (tasksSeg !== 'tasks') throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${tasksSeg}'.`);
    if (!taskId) {
      if (ctx.method === 'GET') return json(200, { '@odata.context': `${ctx.origin}/v1.0/$metadata#users('${owner.id}')/todo/lists('${list.id}')/tasks`, value: list.tasks.map((t) => this.todoJson(t)) });
      if (ctx.method === 'POST') {
        const body = parseBody(TodoTaskSchema.required({ title: true }), readJsonObject(ctx), 'invalidRequest');
        const now = this.now().toISOString();
        const task: StoredTodoTask = {
          id: `AAkAL${newGuid().replace(/-/g, '')}=`, title: body.title, body: body.body ?? { content: '', contentType: 'text' }, status: body.status ?? 'notStarted', importance: body.importance ?? 'normal',
          dueDateTime: body.dueDateTime ?? null, completedDateTime: null, createdDateTime: now, lastModifiedDateTime: now, version: 1,
          linkedResources: (body.linkedResources ?? []).map((r) => ({
            id: newGuid(),
            webUrl: r.webUrl ?? null,
            applicationName: r.applicationName ?? null,
            displayName: r.displayName ?? null,
            externalId: r.externalId ?? null,
          })),
        };
        this.setTodoStatus(task, task.status);
        list.tasks.push(task);
        this.store.touch('todo');
        return json(201, { '@odata.context': `${ctx.origin}/v1.0/$metadata#users('${owner.id}')/todo/lists('${list.id}')/tasks/$entity`, ...this.todoJson(task) });
      }
      throw new GraphError(405, 'ErrorInvalidRequest', `${ctx.method} is not supported here.`);
    }
    const task = list.tasks.find((t) => t.id === decodeURIComponent(taskId));
    if (!task) throw new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    if (ctx.method === 'GET') return json(200, this.todoJson(task));
    if (ctx.method === 'PATCH') {
      const { status, ...plain } = parseBody(TodoTaskSchema.omit({ linkedResources: true }), readJsonObject(ctx), 'invalidRequest');
      Object.assign(task, plain);
      if (status) this.setTodoStatus(task, status);
      task.lastModifiedDateTime = this.now().toISOString();
      task.version += 1;
      this.store.touch('todo');
      return json(200, this.todoJson(task));
    }
    if (ctx.method === 'DELETE') {
      list.tasks.splice(list.tasks.indexOf(task), 1);
      this.store.touch('todo');
      return empty(204);
    }
    throw new GraphError(405, 'ErrorInvalidRequest', `${ctx.method} is not supported here.`);
  }

  private setTodoStatus(task: StoredTodoTask, status: string): void {
    task.status = status;
    task.completedDateTime = status === 'completed' ? { dateTime: this.now().toISOString().replace(/Z$/, '0000'), timeZone: 'UTC' } : null;
  }
}

/** Routes /planner/… and /groups/{id}/planner/plans. */
export function handlePlanner(ctx: RequestContext, tasks: TaskService, segments: string[]): Reply {
  const [kind, id, sub, extra] = segments;
  const key = decodeURIComponent(id ?? '');
  if (kind === 'tasks' && !id && ctx.method === 'POST') return tasks.createTask(ctx);
  if (kind === 'tasks' && id && !sub && !extra) {
    if (ctx.method === 'GET') return tasks.getTask(ctx, key);
    if (ctx.method === 'PATCH') return tasks.updateTask(ctx, key);
  }
  if (kind === 'tasks' && id && sub === 'details' && !extra) {
    if (ctx.method === 'GET') return tasks.getDetails(ctx, key);
    if (ctx.method === 'PATCH') return tasks.updateDetails(ctx, key);
  }
  if (kind === 'plans' && id && ctx.method === 'GET' && !extra) {
    if (!sub) return tasks.getPlan(ctx, key);
    if (sub === 'tasks') return tasks.listPlanTasks(ctx, key);
  }
  throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${kind ?? 'planner'}'.`);
}
