import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SCOPES } from '../auth/scopes';
import { SEED_PLANS } from '../../tenant/graph/tasks';
import { graphCall, graphSend } from './graphCall';
import { collectionOf } from './graphSchemas';
import { plannerReferenceKey, TasksGateway, TODO_LIST_NAME } from './tasksGateway';
import { contractProblems } from './testing/contract';
import { SECRETARY, startHarness, type Harness, type TenantUserInfo } from './testing/localTenant';

const PLAN = SEED_PLANS[0]!.id;
const TaskSchema = v.looseObject({ id: v.string(), title: v.string(), '@odata.etag': v.string(), dueDateTime: v.nullable(v.string()) });

describe('Oppfølgingspunkter as tasks, against the local tenant', () => {
  let harness: Harness;
  let referent: TenantUserInfo;
  let member: TenantUserInfo;
  const gatewayFor = (user: TenantUserInfo) => new TasksGateway(harness.clientsFor(user)(SCOPES.tasks), () => harness.clientsFor(user)(SCOPES.signIn));
  const person = (user: TenantUserInfo) => ({ name: user.displayName, email: user.mail, directoryId: user.id });
  const link = { webUrl: 'https://localhost:3000/workspace.html#sak-2026.03', title: 'Sak 2026.03 Samhandlingsavtalen' };

  beforeAll(async () => {
    harness = await startHarness();
    referent = harness.user(SECRETARY);
    member = harness.user('per.christian.voss');
  }, 120_000);
  afterAll(async () => harness?.close());

  it('makes a Planner task assigned to the member with the link to the sak; he sees it with his own token, completes it, and the referent reads it as completed', async () => {
    const task = await gatewayFor(referent).create({ what: 'Lag plan for samhandling', who: person(member), due: '2026-09-01', link, notes: 'Konklusjon 1' }, PLAN);
    expect(task).toEqual({ kind: 'planner', taskId: expect.any(String), planId: PLAN });

    const memberClient = harness.clientsFor(member)(SCOPES.tasks);
    const mine = await graphCall(collectionOf(TaskSchema), () => memberClient.api('/me/planner/tasks').get());
    const seen = mine.value.find((t) => t.id === task.taskId);
    expect(seen?.title).toBe('Lag plan for samhandling');
    expect(seen?.dueDateTime?.slice(0, 10)).toBe('2026-09-01');
    const details = await graphCall(v.looseObject({ references: v.record(v.string(), v.looseObject({ alias: v.string() })) }), () => memberClient.api(`/planner/tasks/${task.taskId}/details`).get());
    expect(details.references[plannerReferenceKey(link.webUrl)]?.alias).toBe(link.title);

    expect((await gatewayFor(referent).statuses([task])).get(task.taskId)).toEqual({ state: 'open', percentComplete: 0 });
    await graphSend(() => memberClient.api(`/planner/tasks/${task.taskId}`).header('If-Match', seen!['@odata.etag']).patch({ percentComplete: 100 }));
    const status = (await gatewayFor(referent).statuses([task])).get(task.taskId);
    expect(status).toEqual({ state: 'completed', completedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
  }, 60_000);

  it('without a plan, puts the task in the referent’s own To Do list naming the responsible person; only she can read its status', async () => {
    const task = await gatewayFor(referent).create({ what: 'Send brev til kommunene', who: person(member), link }, undefined);
    expect(task).toMatchObject({ kind: 'todo', ownerId: referent.id });
    const again = await gatewayFor(referent).create({ what: 'Og enda en', who: person(member), link }, undefined);
    expect(again.kind === 'todo' && task.kind === 'todo' && again.listId === task.listId).toBe(true);

    const lists = await graphCall(collectionOf(v.looseObject({ displayName: v.string() })), () => harness.clientsFor(referent)(SCOPES.tasks).api('/me/todo/lists').get());
    expect(lists.value.filter((l) => l.displayName === TODO_LIST_NAME)).toHaveLength(1);
    expect((await gatewayFor(referent).statuses([task])).get(task.taskId)).toEqual({ state: 'open', percentComplete: 0 });
    expect((await gatewayFor(member).statuses([task])).get(task.taskId)).toEqual({ state: 'unknown' });
  }, 60_000);

  it('a task that is gone reads as unknown, and every request it sent matches the Graph description', async () => {
    const statuses = await gatewayFor(referent).statuses([{ kind: 'planner', taskId: 'finnes-ikke', planId: PLAN }]);
    expect(statuses.get('finnes-ikke')).toEqual({ state: 'unknown' });
    expect(contractProblems(harness.records)).toEqual([]);
  }, 60_000);
});
