import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { LOCAL_TENANT } from '../config/appConfig';
import { graphCall } from './graphCall';
import { collectionOf } from './graphSchemas';
import { contractProblems } from './testing/contract';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';
import { sentRequests } from './testing/requestRecords';

const SITE = LOCAL_TENANT.siteId;

describe('Klargjør SharePoint-området against the local tenant', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());

  it('creates the three lists with indexed query columns on an empty site, and changes nothing on a second run', async () => {
    const repository = harness.repositoryFor(harness.user(SECRETARY));
    const first = await repository.provision();
    expect(first.createdLists.sort()).toEqual(['MotebokAgendaItems', 'MotebokCommittees', 'MotebokMeetings']);

    const before = harness.records.length;
    const second = await harness.repositoryFor(harness.user(SECRETARY)).provision();
    expect(second).toEqual({ createdLists: [], createdColumns: [] });
    const writes = sentRequests(harness.records.slice(before)).filter((request) => request.method !== 'GET');
    expect(writes).toEqual([]);
  });

  it('indexes every column the app queries on, so big lists stay under the list view threshold', async () => {
    const repository = harness.repositoryFor(harness.user(SECRETARY));
    await repository.ensureProvisioned();
    const client = harness.clientsFor(harness.user(SECRETARY))(['Sites.ReadWrite.All']);
    const indexed = async (list: 'MotebokCommittees' | 'MotebokMeetings' | 'MotebokAgendaItems') => {
      const id = await repository.lists.listId(list);
      const columns = await graphCall(collectionOf(v.object({ name: v.string(), indexed: v.optional(v.boolean()) })), () => client.api(`/sites/${SITE}/lists/${id}/columns`).get());
      return columns.value.filter((column) => column.indexed).map((column) => column.name);
    };
    expect(await indexed('MotebokCommittees')).toEqual(expect.arrayContaining(['CommitteeId']));
    expect(await indexed('MotebokMeetings')).toEqual(expect.arrayContaining(['MeetingId', 'CommitteeId', 'MeetingDate', 'Status']));
    expect(await indexed('MotebokAgendaItems')).toEqual(expect.arrayContaining(['ItemId', 'MeetingId', 'CaseNumber', 'MeetingYear', 'CommitteeYear', 'FollowUpCount']));
  });

  it('sent only request bodies that are valid against the Graph v1.0 OpenAPI description', () => {
    expect(harness.records.length).toBeGreaterThan(0);
    expect(contractProblems(harness.records)).toEqual([]);
  });
});
