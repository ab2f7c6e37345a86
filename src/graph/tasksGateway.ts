import type { Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import { DomainError } from '../domain/errors';
import type { FollowUpStatus } from '../domain/followUp';
import type { FollowUpTask, Person } from '../domain/model';
import { answerOrThrow, BATCH_LIMIT, runBatch } from './batch';
import { IdSchema } from './graphSchemas';
import { graphCall, graphSend } from './graphCall';
import { lazySchema } from '../domain/lazySchema';

/**
 * Oppfølgingspunkter as tasks in Microsoft 365 (delegated `Tasks.ReadWrite`, asked for the first
 * time the feature is used):
 *
 * - **Planner** when the committee has a plan: `POST /planner/tasks` assigned to the person
 *   (`plannerAssignment` by their directory id), then the link back to the sak as a reference in the
 *   task's details (`PATCH …/details` with the details' If-Match eTag). The person sees it in
 *   Planner, Teams and To Do («Assigned to me») and completes it there.
 * - **To Do** otherwise: Graph lets a delegated app reach only the signed-in user's own To Do lists
 *   (another user's answer 403, and To Do has no assignment), so the task goes into the recording
 *   user's own list «Møtebok – oppfølging», titled with the responsible person's name, with the sak
 *   as a linked resource. An honest reminder for the referent, not a task in the person's list.
 *
 * Status is read from Graph each time; nothing of it is stored in the meeting.
 */

/** Everything the task needs to say. */
export interface FollowUpTaskInput {
  what: string;
  who: Person;
  due?: string;
  /** The link back to the sak (https) and how it is shown: "Sak 2026.03 Samhandlingsavtalen". */
  link: { webUrl: string; title: string };
  /** The konklusjon it came from, for the task's notes. */
  notes?: string;
}

export interface FollowUpTasks {
  /** Makes the task: in the plan when `planId` is given, else in the signed-in user's To Do. */
  create(input: FollowUpTaskInput, planId: string | undefined): Promise<FollowUpTask>;
  /** The status of each task, by task id; tasks that cannot be read are `unknown`. Batched (20 a request). */
  statuses(tasks: readonly FollowUpTask[]): Promise<Map<string, FollowUpStatus>>;
}

/** Our To Do list's name: found again by it, so one list holds every point. */
export const TODO_LIST_NAME = 'Møtebok – oppfølging';

const PlannerTaskSchema = lazySchema(() =>
  v.looseObject({
    id: v.string(),
    percentComplete: v.optional(v.nullable(v.number())),
    completedDateTime: v.optional(v.nullable(v.string())),
  }),
);
const DetailsSchema = lazySchema(() => v.looseObject({ '@odata.etag': v.string() }));
const TodoListsSchema = lazySchema(() => v.looseObject({ value: v.array(v.looseObject({ id: v.string(), displayName: v.optional(v.nullable(v.string())) })) }));
const TodoTaskSchema = lazySchema(() =>
  v.looseObject({
    id: v.string(),
    status: v.string(),
    completedDateTime: v.optional(v.nullable(v.object({ dateTime: v.string(), timeZone: v.string() }))),
  }),
);
const MeSchema = lazySchema(() => v.looseObject({ id: v.string() }));

/**
 * A reference's key in plannerTaskDetails is the URL itself, percent-encoded, with '.', ':', '@'
 * and '#' encoded too (Microsoft's "plannerExternalReferences" page).
 */
export function plannerReferenceKey(url: string): string {
  return encodeURIComponent(url).replace(/\./g, '%2E').replace(/:/g, '%3A').replace(/@/g, '%40').replace(/#/g, '%23');
}

/** A due date as Planner's DateTimeOffset: noon UTC keeps the same calendar day in every European zone. */
function plannerDue(date: string): string {
  return `${date}T12:00:00Z`;
}

export function plannerStatus(task: v.InferOutput<ReturnType<typeof PlannerTaskSchema>>): FollowUpStatus {
  if (task.percentComplete === 100) return { state: 'completed', ...(task.completedDateTime ? { completedAt: task.completedDateTime } : {}) };
  return { state: 'open', percentComplete: task.percentComplete ?? 0 };
}

export function todoStatus(task: v.InferOutput<ReturnType<typeof TodoTaskSchema>>): FollowUpStatus {
  if (task.status !== 'completed') return { state: 'open', percentComplete: task.status === 'inProgress' ? 50 : 0 };
  // To Do answers its times in the zone it names (UTC unless Prefer says otherwise), without an offset.
  const at = task.completedDateTime;
  return { state: 'completed', ...(at ? { completedAt: at.timeZone === 'UTC' ? `${at.dateTime.replace(/\.\d+$/, '')}Z` : at.dateTime } : {}) };
}

export class TasksGateway implements FollowUpTasks {
  /** `client` carries Tasks.ReadWrite; `me` the sign-in scope (whose To Do list it is). */
  constructor(
    private readonly client: Client,
    private readonly me: () => Client,
  ) {}

  async create(input: FollowUpTaskInput, planId: string | undefined): Promise<FollowUpTask> {
    return planId ? this.createInPlanner(input, planId) : this.createInTodo(input);
  }

  private async createInPlanner(input: FollowUpTaskInput, planId: string): Promise<FollowUpTask> {
    const assignee = input.who.directoryId;
    if (!assignee) throw new DomainError('followUpWho', { key: 'followUp.noDirectoryId', values: { name: input.who.name } });
    const task = await graphCall(PlannerTaskSchema(), () =>
      this.client.api('/planner/tasks').post({
        planId,
        title: input.what,
        ...(input.due ? { dueDateTime: plannerDue(input.due) } : {}),
        assignments: { [assignee]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } },
      }),
    );
    // The link back to the sak lives in the task's details, which have their own eTag.
    const details = await graphCall(DetailsSchema(), () => this.client.api(`/planner/tasks/${encodeURIComponent(task.id)}/details`).get());
    await graphSend(() =>
      this.client
        .api(`/planner/tasks/${encodeURIComponent(task.id)}/details`)
        .header('If-Match', details['@odata.etag'])
        .patch({
          ...(input.notes ? { description: input.notes } : {}),
          references: { [plannerReferenceKey(input.link.webUrl)]: { '@odata.type': '#microsoft.graph.plannerExternalReference', alias: input.link.title, type: 'Other' } },
        }),
    );
    return { kind: 'planner', taskId: task.id, planId };
  }

  private async createInTodo(input: FollowUpTaskInput): Promise<FollowUpTask> {
    const [me, lists] = await Promise.all([graphCall(MeSchema(), () => this.me().api('/me').select('id').get()), graphCall(TodoListsSchema(), () => this.client.api('/me/todo/lists').get())]);
    const listId =
      lists.value.find((l) => l.displayName === TODO_LIST_NAME)?.id ?? (await graphCall(IdSchema(), () => this.client.api('/me/todo/lists').post({ displayName: TODO_LIST_NAME }))).id;
    const task = await graphCall(TodoTaskSchema(), () =>
      this.client.api(`/me/todo/lists/${encodeURIComponent(listId)}/tasks`).post({
        title: `${input.what} (ansvarlig: ${input.who.name})`,
        ...(input.notes ? { body: { content: input.notes, contentType: 'text' } } : {}),
        ...(input.due ? { dueDateTime: { dateTime: `${input.due}T00:00:00`, timeZone: 'W. Europe Standard Time' } } : {}),
        linkedResources: [{ webUrl: input.link.webUrl, applicationName: 'Møtebok', displayName: input.link.title }],
      }),
    );
    return { kind: 'todo', taskId: task.id, listId, ownerId: me.id };
  }

  async statuses(tasks: readonly FollowUpTask[]): Promise<Map<string, FollowUpStatus>> {
    const result = new Map<string, FollowUpStatus>();
    const todoOwners = tasks.some((t) => t.kind === 'todo') ? (await graphCall(MeSchema(), () => this.me().api('/me').select('id').get())).id : undefined;
    // A To Do task in someone else's list cannot be read with a delegated token: unknown, without asking.
    const readable = tasks.filter((t) => t.kind === 'planner' || t.ownerId === todoOwners);
    for (const t of tasks) if (!readable.includes(t)) result.set(t.taskId, { state: 'unknown' });
    for (let i = 0; i < readable.length; i += BATCH_LIMIT) {
      const chunk = readable.slice(i, i + BATCH_LIMIT);
      const answers = await runBatch(
        this.client,
        chunk.map((t, n) => ({
          id: String(n),
          method: 'GET' as const,
          url: t.kind === 'planner' ? `/planner/tasks/${encodeURIComponent(t.taskId)}` : `/me/todo/lists/${encodeURIComponent(t.listId)}/tasks/${encodeURIComponent(t.taskId)}`,
        })),
      );
      chunk.forEach((t, n) => {
        try {
          result.set(t.taskId, t.kind === 'planner' ? plannerStatus(answerOrThrow(answers, String(n), PlannerTaskSchema())) : todoStatus(answerOrThrow(answers, String(n), TodoTaskSchema())));
        } catch {
          // Deleted in Planner, or the person lost access to the plan: say so rather than guess.
          result.set(t.taskId, { state: 'unknown' });
        }
      });
    }
    return result;
  }
}
