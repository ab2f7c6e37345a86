import type { Client } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { TasksGateway } from './tasksGateway';

/** A client that must not be asked: the refusal comes before any request. */
const noRequests = new Proxy({}, { get: () => { throw new Error('no request expected'); } }) as Client;

describe('a Planner task for someone the directory does not know', () => {
  it('is refused as data naming the person, worded by the screens (followUp.noDirectoryId), before any request', async () => {
    const gateway = new TasksGateway(noRequests, () => noRequests);
    const input = { what: 'Send svar', who: { name: 'Tobias Iveland', email: 'tobias@example.no' }, link: { webUrl: 'https://contoso.example/sak', title: 'Sak 2026.03' } };
    await expect(gateway.create(input, 'plan-1')).rejects.toMatchObject({ name: 'DomainError', code: 'followUpWho', reason: { key: 'followUp.noDirectoryId', values: { name: 'Tobias Iveland' } } });
  });
});
