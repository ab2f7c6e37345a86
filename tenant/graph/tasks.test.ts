import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempTenant, type TempTenant } from '../testing/fixture.js';
import { checkedGraph } from '../testing/checkedGraph.js';
import { graph, passwordToken } from '../testing/tenantClient.js';
import { MEMBERS_GROUP_ID } from '../seed.js';
import { SEED_PLANS } from './tasks.js';

let t: TempTenant;
let hilde: string;
let per: string;
let perId: string;
let observer: string;
let noTasksScope: string;
const PLAN = SEED_PLANS[0]?.id ?? '';

interface TaskJson { id: string; '@odata.etag': string; title: string; percentComplete: number; completedDateTime: string | null; completedBy: { user: { id: string } } | null; assignments: Record<string, { orderHint: string; assignedBy: { user: { id: string } } }>; dueDateTime: string | null }
interface ErrorBody { error: { code: string; message: string } }

const assignTo = (id: string) => ({ [id]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } });

beforeAll(async () => {
  t = await startTempTenant();
  perId = t.tenant.info.users.find((u) => u.mail === 'per.christian.voss@siv.example.no')?.id ?? '';
  hilde = await passwordToken(t.tenant, 'hilde.kari.maugesten@siv.example.no', ['Tasks.ReadWrite']);
  per = await passwordToken(t.tenant, 'per.christian.voss@siv.example.no', ['Tasks.ReadWrite']);
  observer = await passwordToken(t.tenant, 'observator@larvik.kommune.example.no', ['Tasks.ReadWrite']);
  noTasksScope = await passwordToken(t.tenant, 'hilde.kari.maugesten@siv.example.no', ['User.Read']);
});
afterAll(async () => t.dispose());

describe('Planner', () => {
  it("lists the committee group's plan to its members and refuses others", async () => {
    const plans = await checkedGraph(t.tenant, hilde, `/groups/${MEMBERS_GROUP_ID}/planner/plans`);
    expect(plans.status).toBe(200);
    expect((plans.json() as { value: { id: string; owner: string }[] }).value).toEqual([expect.objectContaining({ id: PLAN, owner: MEMBERS_GROUP_ID })]);
    expect((await checkedGraph(t.tenant, observer, `/planner/plans/${PLAN}`)).status).toBe(403);
  });

  it('needs Tasks.ReadWrite (or a Group scope) for every call', async () => {
    const res = await graph(t.tenant, noTasksScope, '/planner/tasks', { method: 'POST', body: { planId: PLAN, title: 'x' } });
    expect(res.status).toBe(403);
    expect((await graph(t.tenant, noTasksScope, `/planner/plans/${PLAN}`)).status).toBe(403);
  });

  it('creates a task assigned to a member, who finds it under /me/planner/tasks and completes it with the eTag he read', async () => {
    const created = await checkedGraph(t.tenant, hilde, '/planner/tasks', { method: 'POST', body: { planId: PLAN, title: 'Lag plan for samhandling', dueDateTime: '2026-09-01T10:00:00Z', assignments: assignTo(perId) } });
    expect(created.status).toBe(201);
    const task = created.json() as TaskJson;
    expect(task.assignments[perId]?.assignedBy.user.id).not.toBe(perId);
    expect(task.assignments[perId]?.orderHint.trim()).not.toBe('!');
    expect(created.headers.etag).toBe(task['@odata.etag']);

    const mine = (await checkedGraph(t.tenant, per, '/me/planner/tasks')).json() as { value: TaskJson[] };
    const seen = mine.value.find((x) => x.id === task.id);
    expect(seen?.percentComplete).toBe(0);
    const done = await checkedGraph(t.tenant, per, `/planner/tasks/${task.id}`, { method: 'PATCH', body: { percentComplete: 100 }, headers: { 'If-Match': seen?.['@odata.etag'] ?? '', Prefer: 'return=representation' } });
    expect(done.status).toBe(200);
    const after = done.json() as TaskJson;
    expect(after.completedBy?.user.id).toBe(perId);
    expect(after.completedDateTime).not.toBeNull();
    // Hilde's copy of the eTag is stale now.
    const stale = await checkedGraph(t.tenant, hilde, `/planner/tasks/${task.id}`, { method: 'PATCH', body: { title: 'Endret' }, headers: { 'If-Match': task['@odata.etag'] } });
    expect(stale.status).toBe(412);
    const missing = await graph(t.tenant, hilde, `/planner/tasks/${task.id}`, { method: 'PATCH', body: { title: 'Endret' } });
    expect(missing.status).toBe(400);
    const plain = await checkedGraph(t.tenant, hilde, `/planner/tasks/${task.id}`, { method: 'PATCH', body: { title: 'Endret' }, headers: { 'If-Match': after['@odata.etag'] } });
    expect(plain.status).toBe(204);
    expect(((await checkedGraph(t.tenant, hilde, `/planner/tasks/${task.id}`)).json() as TaskJson).title).toBe('Endret');
  });

  it('refuses an assignment without its @odata.type, and a reference key that is not an encoded URL', async () => {
    const bad = await graph(t.tenant, hilde, '/planner/tasks', { method: 'POST', body: { planId: PLAN, title: 'x', assignments: { [perId]: { orderHint: ' !' } } } });
    expect(bad.status).toBe(400);
    expect((bad.json() as ErrorBody).error.message).toContain('plannerAssignment');
    const task = (await checkedGraph(t.tenant, hilde, '/planner/tasks', { method: 'POST', body: { planId: PLAN, title: 'Med lenke' } })).json() as TaskJson;
    const details = await checkedGraph(t.tenant, hilde, `/planner/tasks/${task.id}/details`);
    const etag = (details.json() as { '@odata.etag': string })['@odata.etag'];
    const unencoded = await graph(t.tenant, hilde, `/planner/tasks/${task.id}/details`, { method: 'PATCH', body: { references: { 'https://x.example/a': { '@odata.type': '#microsoft.graph.plannerExternalReference', alias: 'Sak' } } }, headers: { 'If-Match': etag } });
    expect(unencoded.status).toBe(400);
    const key = encodeURIComponent('https://x.example/a').replace(/\./g, '%2E');
    const ok = await checkedGraph(t.tenant, hilde, `/planner/tasks/${task.id}/details`, { method: 'PATCH', body: { references: { [key]: { '@odata.type': '#microsoft.graph.plannerExternalReference', alias: 'Sak 2026.03' } } }, headers: { 'If-Match': etag, Prefer: 'return=representation' } });
    expect(ok.status).toBe(200);
    expect(Object.keys((ok.json() as { references: object }).references)).toEqual([key]);
  });
});

describe('To Do', () => {
  it("reaches only the signed-in user's own lists", async () => {
    const lists = (await checkedGraph(t.tenant, hilde, '/me/todo/lists')).json() as { value: { id: string; wellknownListName: string }[] };
    expect(lists.value.map((l) => l.wellknownListName)).toEqual(['defaultList']);
    const other = await graph(t.tenant, hilde, `/users/${perId}/todo/lists`);
    expect(other.status).toBe(403);
    expect((other.json() as ErrorBody).error.code).toBe('ErrorAccessDenied');
  });

  it('creates a list and a task with a linked resource, and completes it', async () => {
    const list = (await checkedGraph(t.tenant, hilde, '/me/todo/lists', { method: 'POST', body: { displayName: 'Møtebok – oppfølging' } })).json() as { id: string };
    const created = await checkedGraph(t.tenant, hilde, `/me/todo/lists/${list.id}/tasks`, {
      method: 'POST',
      body: { title: 'Følg opp (ansvarlig: Per Christian Voss)', dueDateTime: { dateTime: '2026-09-01T00:00:00', timeZone: 'W. Europe Standard Time' }, linkedResources: [{ webUrl: 'https://localhost/sak', applicationName: 'Møtebok', displayName: 'Sak 2026.03' }] },
    });
    expect(created.status).toBe(201);
    const task = created.json() as { id: string; status: string; linkedResources: { displayName: string }[] };
    expect(task.status).toBe('notStarted');
    expect(task.linkedResources[0]?.displayName).toBe('Sak 2026.03');
    const done = await checkedGraph(t.tenant, hilde, `/me/todo/lists/${list.id}/tasks/${task.id}`, { method: 'PATCH', body: { status: 'completed' } });
    expect((done.json() as { status: string; completedDateTime: { timeZone: string } }).completedDateTime.timeZone).toBe('UTC');
  });
});
